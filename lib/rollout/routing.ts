/**
 * ingress-nginx's canary decision for one request (balancer.lua route_to_alternative_balancer):
 * header first, then cookie, then weight.
 */
import type { CanaryRules } from "./types";

export interface RequestInput {
  headers?: Record<string, string>;
  cookies?: Record<string, string>;
}

export type RouteDecision = { to: "stable" | "canary"; via: "header" | "cookie" | "weight" };

function headerValue(headers: Record<string, string> | undefined, name: string): string | undefined {
  if (!headers) return undefined;
  // HTTP header names are case-insensitive (nginx reads them as $http_x_canary).
  const wanted = name.toLowerCase();
  for (const key of Object.keys(headers)) if (key.toLowerCase() === wanted) return headers[key];
  return undefined;
}

export function routeWithReason(rules: CanaryRules, request: RequestInput, random: () => number): RouteDecision {
  return decide(rules, rules.weight ?? 0, request, random);
}

/** The decision with the weight passed apart, so a hot loop need not copy the rules per request. */
export function decide(rules: CanaryRules, weight: number, request: RequestInput, random: () => number): RouteDecision {
  if (rules.header) {
    const value = headerValue(request.headers, rules.header);
    if (value !== undefined) {
      if (rules.headerValue !== undefined && rules.headerValue.length > 0) {
        if (value === rules.headerValue) return { to: "canary", via: "header" };
        // A different value falls through to the cookie and the weight.
      } else if (value === "always") return { to: "canary", via: "header" };
      else if (value === "never") return { to: "stable", via: "header" };
    }
  }
  if (rules.cookie) {
    const value = request.cookies?.[rules.cookie];
    if (value === "always") return { to: "canary", via: "cookie" };
    if (value === "never") return { to: "stable", via: "cookie" };
  }
  const total = rules.weightTotal ?? 100;
  // math.random(total) gives an integer in [1, total]; the canary wins when it is <= weight.
  const draw = Math.floor(random() * total) + 1;
  return { to: draw <= weight ? "canary" : "stable", via: "weight" };
}

export function routeRequest(rules: CanaryRules, request: RequestInput, random: () => number): "stable" | "canary" {
  return routeWithReason(rules, request, random).to;
}
