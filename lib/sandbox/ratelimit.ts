/**
 * Docker Hub's pull limit as documented today: anonymous clients 100 pulls per 6 hours (per
 * IPv4 address or IPv6 /64), authenticated free accounts 200 per 6 hours. Over the limit the
 * registry answers HTTP 429 `toomanyrequests`. Counted on the simulated clock.
 */
import type { SandboxState } from "./state";

export const WINDOW_MS = 6 * 3600 * 1000;
export const LIMITS = { anonymous: 100, authenticated: 200 } as const;
export const TOO_MANY =
  "toomanyrequests: You have reached your pull rate limit. You may increase the limit by authenticating and upgrading: https://www.docker.com/increase-rate-limit";

/** True when one more pull would exceed the limit. */
export function overPullLimit(s: SandboxState, auth: boolean): boolean {
  const since = s.clock - WINDOW_MS;
  const used = s.pulls.filter((p) => p.at > since && p.auth === auth).length;
  return used >= (auth ? LIMITS.authenticated : LIMITS.anonymous);
}

export function recordPull(s: SandboxState, auth: boolean): void {
  s.pulls.push({ at: s.clock, auth });
  if (s.pulls.length > 450) s.pulls.splice(0, s.pulls.length - 450);
}
