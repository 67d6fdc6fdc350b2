/**
 * Requests of one tick, served from a frame's snapshot. Only Ready, non-terminating pods are
 * endpoints; behind a plain Service each request goes to a random Ready endpoint; a request with
 * no endpoint fails (503); a request served by a broken version fails with its error.
 */
import { decide, type RequestInput } from "./routing";
import type { CanaryRules, Frame, PodView, RequestView, TrafficConfig, TrafficCounts } from "./types";

export const REQUEST_SAMPLE = 20;

export interface Endpoints {
  stable: PodView[];
  canary: PodView[];
  /** Canary routing applies (Canary strategy, canary not promoted/aborted). */
  ingress: boolean;
  weight: number;
}

/** Who can serve requests in this frame. */
export function endpointsOf(frame: Frame): Endpoints {
  const ready = frame.pods.filter((p) => p.phase === "Ready");
  if (frame.canary) {
    const c = frame.canary;
    const stable = ready.filter((p) => p.version === c.stableVersion);
    const live = c.status !== "promoted" && c.status !== "aborted";
    const canary = live ? ready.filter((p) => p.version !== c.stableVersion) : [];
    return { stable, canary, ingress: live, weight: canary.length > 0 ? c.weight : 0 };
  }
  if (frame.serviceSelector) {
    const rs = frame.serviceSelector === "green" ? "web-green" : "web-blue";
    return { stable: ready.filter((p) => p.rs === rs), canary: [], ingress: false, weight: 0 };
  }
  return { stable: ready, canary: [], ingress: false, weight: 0 };
}

interface Routed {
  pod: PodView | null;
  route: RequestView["route"];
  via: RequestView["via"];
}

/** Core of serve(): writes into `out` so the hot loop allocates nothing per request. */
function route(ep: Endpoints, rules: CanaryRules, request: RequestInput, random: () => number, out: Routed): void {
  let group = ep.stable;
  out.route = undefined;
  out.via = undefined;
  if (ep.ingress) {
    const decision = decide(rules, ep.weight, request, random);
    // A canary backend without Ready endpoints is left out of the ingress, so such requests go to stable.
    out.route = decision.to === "canary" && ep.canary.length > 0 ? "canary" : "stable";
    out.via = out.route === decision.to ? decision.via : undefined;
    group = out.route === "canary" ? ep.canary : ep.stable;
  }
  const pickDraw = random();
  out.pod = group.length === 0 ? null : group[Math.min(group.length - 1, Math.floor(pickDraw * group.length))];
}

/** Serves one request against fixed endpoints. Draws one random number, two behind the canary ingress. */
export function serve(ep: Endpoints, rules: CanaryRules, request: RequestInput, random: () => number, id: number): RequestView {
  const out: Routed = { pod: null, route: undefined, via: undefined };
  route(ep, rules, request, random, out);
  const pod = out.pod;
  if (!pod) return { id, to: null, version: null, ok: false, route: out.route, via: out.via };
  return { id, to: pod.id, version: pod.version, ok: pod.healthy, route: out.route, via: out.via };
}

/** Fills frame.traffic and frame.requests for this tick. */
export function runTraffic(frame: Frame, cfg: TrafficConfig, rules: CanaryRules, random: () => number): void {
  const ep = endpointsOf(frame);
  const counts: TrafficCounts = { v1: 0, v2: 0, failed: 0 };
  const sample: RequestView[] = [];
  const headerShare = cfg.headerShare ?? 0;
  const cookieShare = cfg.cookieShare ?? 0;
  // The four possible requests, built once.
  const headers = rules.header ? { [rules.header]: rules.headerValue || "always" } : undefined;
  const cookies = rules.cookie ? { [rules.cookie]: "always" } : undefined;
  const requests: RequestInput[] = [{}, { headers }, { cookies }, { headers, cookies }];
  const out: Routed = { pod: null, route: undefined, via: undefined };
  for (let i = 0; i < cfg.requestsPerTick; i++) {
    const withHeader = random() < headerShare ? 1 : 0;
    const withCookie = random() < cookieShare ? 2 : 0;
    route(ep, rules, requests[withHeader + withCookie], random, out);
    const pod = out.pod;
    if (!pod || !pod.healthy) counts.failed++;
    else counts[pod.version]++;
    if (i < REQUEST_SAMPLE) {
      sample.push(
        pod
          ? { id: i, to: pod.id, version: pod.version, ok: pod.healthy, route: out.route, via: out.via }
          : { id: i, to: null, version: null, ok: false, route: out.route, via: out.via },
      );
    }
  }
  frame.traffic = counts;
  frame.requests = sample;
}
