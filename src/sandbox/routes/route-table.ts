import type { TenantRuntime } from '../graph-runtime';
import type { GraphCall, GraphResponse } from '../http/graph-exchange';

/** A route handler: gets the tenant, the call and the regex captures (decoded). */
export type RouteHandler = (
  rt: TenantRuntime,
  call: GraphCall,
  params: string[],
) => Promise<GraphResponse> | GraphResponse;

/** A method + path pattern (matched on the raw path below /v1.0) and its handler. */
export interface Route {
  method: string;
  pattern: RegExp;
  handler: RouteHandler;
}

/** Finds the route for a call: a handler, 'method' when only the method is wrong, or undefined. */
export function matchRoute(
  routes: Route[],
  call: GraphCall,
): { route: Route; params: string[] } | 'method' | undefined {
  let pathMatched = false;
  for (const route of routes) {
    const m = route.pattern.exec(call.path);
    if (!m) continue;
    pathMatched = true;
    if (route.method !== call.method) continue;
    return { route, params: m.slice(1).map((p) => decodeURIComponent(p ?? '')) };
  }
  return pathMatched ? 'method' : undefined;
}
