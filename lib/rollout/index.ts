/** Public surface of the rollout simulator (pure, deterministic, no React/DOM). */
export type * from "./types";
export { resolveRollingUpdate, validateRollingUpdate, explainRollingUpdate, parseIntOrPercent } from "./numbers";
export { simulate, initialFrame } from "./simulate";
export { summarize } from "./summary";
export { routeRequest, routeWithReason, type RequestInput, type RouteDecision } from "./routing";
export { endpointsOf, serve, REQUEST_SAMPLE, type Endpoints } from "./traffic";
export { seededRandom } from "./random";
export { canaryPodsFor, DEFAULT_CANARY_STEPS } from "./canary";
export { MAX_TICKS } from "./scenario";
export { MAX_REPLICAS } from "./numbers";
export * from "./params";
export * from "./lesson-presets";
