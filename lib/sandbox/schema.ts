/** zod schema for a persisted session: anything that does not match is ignored, not trusted. */
import { z } from "zod";

const defKey = z.enum(["node-slim", "hello", "api-tester"]);
const recipe = z.object({ def: defKey, created: z.number().finite(), form: z.enum(["registry", "docker-archive"]) });
const archiveImage = z.object({ def: defKey, created: z.number().finite(), repoTags: z.array(z.string().max(300)).max(50) });
const name = z.string().min(1).max(300);

const file = z.discriminatedUnion("kind", [
  z.object({ kind: z.literal("text"), content: z.string().max(100_000), mtime: z.number(), mode: z.string().max(12) }),
  z.object({ kind: z.literal("docker-archive"), images: z.array(archiveImage).max(20), size: z.number().nonnegative(), mtime: z.number(), mode: z.string().max(12) }),
  z.object({ kind: z.literal("oci-archive"), images: z.array(z.object({ name, recipe })).max(20), size: z.number().nonnegative(), mtime: z.number(), mode: z.string().max(12) }),
]);

export const stateSchema = z.object({
  version: z.literal(1),
  user: z.string().min(1).max(64),
  scenario: z.enum(["mission1", "mission2"]),
  clock: z.number().finite(),
  rng: z.number().int().nonnegative(),
  files: z.record(z.string().max(300), file),
  docker: z.object({
    images: z.array(z.object({ def: defKey, created: z.number().finite(), repoTags: z.array(name).max(50), repoDigests: z.array(name).max(50) })).max(50),
    loggedInAs: z.string().max(64).nullable(),
    buildCache: z.record(z.string().max(50), z.number().finite()),
  }),
  containerd: z.object({
    namespaces: z.array(z.string().max(100)).max(20),
    images: z.record(z.string().max(100), z.record(name, z.object({ recipe, labels: z.record(z.string().max(100), z.string().max(100)) }))),
  }),
  hub: z.record(name, z.object({ tags: z.record(z.string().max(128), recipe), layers: z.array(z.string().max(200)).max(100) })),
  pulls: z.array(z.object({ at: z.number().finite(), auth: z.boolean() })).max(500).default([]),
  history: z.array(z.string().max(2000)).max(1000),
  seen: z.object({
    dockerImageList: z.number().int().nonnegative(),
    ctrNsList: z.number().int().nonnegative(),
    ctrImageList: z.record(z.string().max(100), z.number().int().nonnegative()),
    lsFiles: z.array(z.string().max(300)).max(200),
    inspectArch: z.number().int().nonnegative(),
    lsLhArchives: z.array(z.string().max(300)).max(200),
    dockerListedApiTester: z.number().int().nonnegative(),
    ctrListedApiTesterSizes: z.array(z.string().max(20)).max(500),
    dockerListedApiTesterSizes: z.array(z.string().max(20)).max(500),
    events: z.array(z.string().max(400)).max(300),
  }),
});
