/**
 * The sandbox's whole world as plain JSON (so it can be serialized, validated and restored):
 * Docker's image store, containerd's namespaces, the simulated Docker Hub, the working
 * directory, the shell history, a simulated clock and the RNG state that seeds every timing.
 */
import { imageCreated, type ImageDefKey, type Recipe } from "./content";

export type Scenario = "mission1" | "mission2";

export interface DockerImage {
  def: ImageDefKey;
  created: number;
  /** Familiar refs, e.g. `myid/hello:1.0.0`. */
  repoTags: string[];
  /** `repo@sha256:…` once pushed or pulled. */
  repoDigests: string[];
}

export interface CtrImage {
  recipe: Recipe;
  labels: Record<string, string>;
}

export type FileEntry =
  | { kind: "text"; content: string; mtime: number; mode: string }
  | { kind: "docker-archive"; images: { def: ImageDefKey; created: number; repoTags: string[] }[]; size: number; mtime: number; mode: string }
  | { kind: "oci-archive"; images: { name: string; recipe: Recipe }[]; size: number; mtime: number; mode: string };

export interface HubRepo {
  /** tag → content as the registry serves it. */
  tags: Record<string, Recipe>;
  /** Layer keys whose blobs the repository already holds (for "Layer already exists"). */
  layers: string[];
}

/** Read-only commands leave a trace so objectives like "list the images" can tick. */
export interface Observations {
  dockerImageList: number;
  ctrNsList: number;
  /** Namespaces whose image list was printed, with the count of hello rows seen last time. */
  ctrImageList: Record<string, number>;
  lsFiles: string[];
  inspectArch: number;
  lsLhArchives: string[];
  dockerListedApiTester: number;
  ctrListedApiTesterSizes: string[];
  dockerListedApiTesterSizes: string[];
  /** Milestones such as `docker-pull:myid/hello:1.0.0` (unique, bounded). */
  events: string[];
}

export interface SandboxState {
  version: 1;
  user: string;
  scenario: Scenario;
  /** Simulated wall clock, epoch ms. */
  clock: number;
  /** mulberry32 state. */
  rng: number;
  files: Record<string, FileEntry>;
  docker: {
    images: DockerImage[];
    loggedInAs: string | null;
    /** Content key → creation time, so a fully cached rebuild keeps its IMAGE ID. */
    buildCache: Record<string, number>;
  };
  containerd: {
    /** Namespaces that exist (something was written to them). */
    namespaces: string[];
    images: Record<string, Record<string, CtrImage>>;
  };
  hub: Record<string, HubRepo>;
  /** Recent image pulls from Docker Hub (for its rate limit), oldest first, bounded. */
  pulls: { at: number; auth: boolean }[];
  history: string[];
  seen: Observations;
}

/** 2025-06-17 10:00 KST — the day the notes' missions were done. */
export const START_CLOCK = Date.UTC(2025, 5, 17, 1, 0, 0);

export function initialState(user: string, scenario: Scenario, seed = 1): SandboxState {
  return {
    version: 1,
    user,
    scenario,
    clock: START_CLOCK,
    rng: seed >>> 0,
    files: {},
    docker: { images: [], loggedInAs: null, buildCache: {} },
    containerd: { namespaces: ["k8s.io"], images: { "k8s.io": {} } },
    hub: {
      [`${user}/hello`]: { tags: {}, layers: [] },
      "library/node": { tags: { slim: { def: "node-slim", created: imageCreated("node-slim", 0), form: "registry" } }, layers: [] },
      "1pro/api-tester": { tags: { latest: { def: "api-tester", created: imageCreated("api-tester", 0), form: "registry" } }, layers: [] },
    },
    pulls: [],
    history: [],
    seen: {
      dockerImageList: 0,
      ctrNsList: 0,
      ctrImageList: {},
      lsFiles: [],
      inspectArch: 0,
      lsLhArchives: [],
      dockerListedApiTester: 0,
      ctrListedApiTesterSizes: [],
      dockerListedApiTesterSizes: [],
      events: [],
    },
  };
}

/** Record a milestone once (objectives read these for commands that only read state). */
export function note(state: SandboxState, event: string): void {
  const events = state.seen.events;
  if (events.includes(event)) return;
  events.push(event);
  if (events.length > 300) events.splice(0, events.length - 300);
}

/** mulberry32: tiny, seedable, good enough for jittering timings. Mutates state.rng. */
export function nextRandom(state: SandboxState): number {
  let t = (state.rng = (state.rng + 0x6d2b79f5) >>> 0);
  t = Math.imul(t ^ (t >>> 15), t | 1);
  t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
  return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
}

/** A random integer in [lo, hi]. */
export const randInt = (s: SandboxState, lo: number, hi: number) => lo + Math.floor(nextRandom(s) * (hi - lo + 1));
