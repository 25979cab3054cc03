import { type FaultRuleInput, faultRuleProblem } from '../faults/fault-rules';
import type { SandboxHost } from '../sandbox-host';

/** An admin answer: status and JSON body (none for 204). */
export interface AdminResponse {
  status: number;
  body?: unknown;
}

function adminError(status: number, code: string, message: string): AdminResponse {
  return { status, body: { error: { code, message } } };
}

const defaultTokenLifetime = 3600;

function issueToken(host: SandboxHost, body: Record<string, unknown>): AdminResponse {
  if (typeof body.user !== 'string' || body.user.trim() === '') {
    return adminError(400, 'invalidRequest', 'Send {"user": "<user id or userPrincipalName>"}.');
  }
  const user = host.runtime().index.user(body.user.trim());
  if (!user)
    return adminError(
      404,
      'userNotFound',
      `No user "${body.user}" in the sandbox tenant; use a user id or userPrincipalName from the tenant file.`,
    );
  const expiresIn = body.expiresIn === undefined ? defaultTokenLifetime : Number(body.expiresIn);
  if (!Number.isFinite(expiresIn) || expiresIn < 0)
    return adminError(400, 'invalidRequest', 'expiresIn must be a number of seconds >= 0.');
  return {
    status: 200,
    body: {
      access_token: host.tokens.issue(user.id, expiresIn),
      expires_in: expiresIn,
      token_type: 'Bearer',
    },
  };
}

function addFaults(host: SandboxHost, body: Record<string, unknown>): AdminResponse {
  const inputs = (Array.isArray(body.rules) ? body.rules : [body]) as FaultRuleInput[];
  for (const input of inputs) {
    const problem = faultRuleProblem(input);
    if (problem) return adminError(400, 'invalidRequest', problem);
    if (input.user) {
      const user = host.runtime().index.user(input.user);
      if (!user) return adminError(404, 'userNotFound', `No user "${input.user}" in the sandbox tenant.`);
      input.user = user.id;
    }
  }
  const rules = inputs.map((input) => host.faults.add(input));
  return { status: 201, body: Array.isArray(body.rules) ? { rules } : rules[0] };
}

/** One admin endpoint: method, path pattern below the host, and its handler. */
interface AdminRoute {
  method: string;
  pattern: RegExp;
  handler: (
    host: SandboxHost,
    body: Record<string, unknown>,
    params: string[],
  ) => Promise<AdminResponse> | AdminResponse;
}

function sandboxStatus(host: SandboxHost): AdminResponse {
  const rt = host.runtime();
  return {
    status: 200,
    body: {
      tenant: rt.model.tenant.displayName,
      users: rt.model.users.length,
      drives: rt.model.drives.length,
    },
  };
}

/** The second, separate route table: the loopback-only `/_sandbox` admin endpoints. */
const adminRoutes: AdminRoute[] = [
  { method: 'GET', pattern: /^\/_sandbox$/, handler: sandboxStatus },
  { method: 'POST', pattern: /^\/_sandbox\/token$/, handler: issueToken },
  {
    method: 'GET',
    pattern: /^\/_sandbox\/faults$/,
    handler: (host) => ({ status: 200, body: { value: host.faults.list() } }),
  },
  { method: 'POST', pattern: /^\/_sandbox\/faults$/, handler: addFaults },
  {
    method: 'DELETE',
    pattern: /^\/_sandbox\/faults$/,
    handler: (host) => {
      host.faults.clear();
      return { status: 204 };
    },
  },
  {
    method: 'DELETE',
    pattern: /^\/_sandbox\/faults\/([^/]+)$/,
    handler: (host, _body, [id]) =>
      host.faults.remove(id) ? { status: 204 } : adminError(404, 'itemNotFound', 'No such fault rule.'),
  },
  {
    method: 'GET',
    pattern: /^\/_sandbox\/requests$/,
    handler: (host) => ({ status: 200, body: { value: host.log.list() } }),
  },
  {
    method: 'DELETE',
    pattern: /^\/_sandbox\/requests$/,
    handler: (host) => {
      host.log.clear();
      return { status: 204 };
    },
  },
  {
    method: 'POST',
    pattern: /^\/_sandbox\/reset$/,
    handler: async (host) => ({ status: 200, body: await host.reset() }),
  },
];

/** Serves `/_sandbox/*` from the admin route table: token, faults, requests, reset and a status page. */
export async function serveAdmin(
  host: SandboxHost,
  method: string,
  path: string,
  body: unknown,
): Promise<AdminResponse> {
  const json = (body && typeof body === 'object' ? body : {}) as Record<string, unknown>;
  const trimmed = path.replace(/\/$/, '');
  for (const route of adminRoutes) {
    const m = route.method === method ? route.pattern.exec(trimmed) : null;
    if (m) return route.handler(host, json, m.slice(1));
  }
  return adminError(404, 'itemNotFound', `No sandbox admin endpoint ${method} ${path}.`);
}
