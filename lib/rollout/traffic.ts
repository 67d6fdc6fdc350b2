/**
 * Requests of one tick, served from a frame's snapshot. Only Ready, non-terminating pods are
 * endpoints; behind a plain Service each request goes to a random Ready endpoint; a request with
 * no endpoint fails (503); a request served by a broken version fails with its error.
 */
import { routeWithReason, type RequestInput } from "./routing";
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

/** Serves one request against fixed endpoints. Draws exactly two random numbers. */
export function serve(
  ep: Endpoints,
  rules: CanaryRules,
  request: RequestInput,
  random: () => number,
  id: number,
): RequestView {
  const routeDraw = random();
  const pickDraw = random();
  let group = ep.stable;
  let route: RequestView["route"];
  let via: RequestView["via"];
  if (ep.ingress) {
    const decision = routeWithReason({ ...rules, weight: ep.weight }, request, () => routeDraw);
    // A canary backend without Ready endpoints is left out of the ingress, so such requests go to stable.
    route = decision.to === "canary" && ep.canary.length > 0 ? "canary" : "stable";
    via = route === decision.to ? decision.via : undefined;
    group = route === "canary" ? ep.canary : ep.stable;
  }
  if (group.length === 0) return { id, to: null, version: null, ok: false, route, via };
  const pod = group[Math.min(group.length - 1, Math.floor(pickDraw * group.length))];
  return { id, to: pod.id, version: pod.version, ok: pod.healthy, route, via };
}

/** Fills frame.traffic and frame.requests for this tick. */
export function runTraffic(frame: Frame, cfg: TrafficConfig, rules: CanaryRules, random: () => number): void {
  const ep = endpointsOf(frame);
  const counts: TrafficCounts = { v1: 0, v2: 0, failed: 0 };
  const sample: RequestView[] = [];
  const headerShare = cfg.headerShare ?? 0;
  const cookieShare = cfg.cookieShare ?? 0;
  for (let i = 0; i < cfg.requestsPerTick; i++) {
    const withHeader = random() < headerShare;
    const withCookie = random() < cookieShare;
    const request: RequestInput = {};
    if (withHeader && rules.header) request.headers = { [rules.header]: rules.headerValue || "always" };
    if (withCookie && rules.cookie) request.cookies = { [rules.cookie]: "always" };
    const r = serve(ep, rules, request, random, i);
    if (!r.ok || r.version === null) counts.failed++;
    else counts[r.version]++;
    if (i < REQUEST_SAMPLE) sample.push(r);
  }
  frame.traffic = counts;
  frame.requests = sample;
}
