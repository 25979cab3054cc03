import type { TenantRuntime } from '../graph-runtime';
import type { GraphRequest, GraphResponse, SandboxCall } from '../http/graph-exchange';

/** Where a request came from, for the request log. */
export interface CallOrigin {
  batchId?: string;
  batchEntryId?: string;
}

/** Serves one inner request through the whole pipeline; `$batch` gets it so it need not import the pipeline. */
export type ServeInnerRequest = (req: GraphRequest, origin: CallOrigin) => Promise<GraphResponse>;

/** A route handler: gets the tenant, the call, the regex captures (decoded) and the inner-request server. */
export type RouteHandler = (
  rt: TenantRuntime,
  call: SandboxCall,
  params: string[],
  serveInner: ServeInnerRequest,
) => Promise<GraphResponse> | GraphResponse;

/**
 * A method + path pattern (matched on the raw path below /v1.0) and its handler. Method `*` hands
 * every method to the handler, which answers the ones the resource does not support itself.
 */
export interface Route {
  method: string;
  pattern: RegExp;
  handler: RouteHandler;
}

/** Finds the route for a call: a handler, 'method' when only the method is wrong, or undefined. */
export function matchRoute(
  routes: Route[],
  call: SandboxCall,
): { route: Route; params: string[] } | 'method' | undefined {
  let pathMatched = false;
  for (const route of routes) {
    const m = route.pattern.exec(call.path);
    if (!m) continue;
    pathMatched = true;
    if (route.method !== '*' && route.method !== call.method) continue;
    return { route, params: m.slice(1).map((p) => decodeURIComponent(p ?? '')) };
  }
  return pathMatched ? 'method' : undefined;
}
