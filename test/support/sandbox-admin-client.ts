// Home: test/support, because the tests are its main users; scripts/bench imports test/support already.

/** A request log entry as `GET /_sandbox/requests` lists it (docs/sandbox.md, admin endpoints). */
export interface LoggedRequest {
  method: string;
  path: string;
  status: number;
  startedAt: string;
  endedAt: string;
  batchId?: string;
}

/** What an admin endpoint answered: its status and its JSON body (undefined when empty). */
export interface AdminAnswer {
  status: number;
  body: unknown;
}

/**
 * The one client for the Graph sandbox's admin endpoints (`/_sandbox/...`, docs/sandbox.md):
 * tokens, tenant reset, fault rules and the request log. Used by the conversation, e2e and sandbox
 * tests and by the benchmark.
 */
export class SandboxAdminClient {
  /** `origin` is the sandbox's address, e.g. http://127.0.0.1:5001. */
  constructor(readonly origin: string) {}

  /** Calls an admin endpoint as is and returns what it answered, whatever the status. */
  async call(method: string, path: string, body?: unknown): Promise<AdminAnswer> {
    const response = await fetch(`${this.origin}${path}`, {
      method,
      headers: { 'content-type': 'application/json' },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    const text = await response.text();
    return { status: response.status, body: text ? JSON.parse(text) : undefined };
  }

  /** A bearer token for a user (directory id or userPrincipalName), optionally expiring in `expiresIn` seconds. */
  async token(user: string, expiresIn?: number): Promise<string> {
    const answer = await this.call('POST', '/_sandbox/token', {
      user,
      ...(expiresIn !== undefined ? { expiresIn } : {}),
    });
    if (answer.status !== 200) throw new Error(`sandbox token for ${user}: ${answer.status}`);
    return (answer.body as { access_token: string }).access_token;
  }

  /** Reloads the tenant file, forgetting every change (a fresh tenant for the next case). */
  async reset(): Promise<void> {
    expectOk(await this.call('POST', '/_sandbox/reset'), 'reset');
  }

  /** Adds a fault rule and returns the answer as is (201 with the rule, or 400 for a bad rule). */
  async addFault(rule: Record<string, unknown>): Promise<AdminAnswer> {
    return await this.call('POST', '/_sandbox/faults', rule);
  }

  /** The active fault rules, each with how often it fired (`fired`). */
  async faults(): Promise<(Record<string, unknown> & { id: string; fired: number })[]> {
    const answer = await this.call('GET', '/_sandbox/faults');
    expectOk(answer, 'list faults');
    return (answer.body as { value: (Record<string, unknown> & { id: string; fired: number })[] }).value;
  }

  /** Removes every fault rule. */
  async clearFaults(): Promise<void> {
    expectOk(await this.call('DELETE', '/_sandbox/faults'), 'clear faults');
  }

  /** Replaces all fault rules by one that delays every Graph call (batch envelopes and entries) by `ms`. */
  async setLatency(ms: number): Promise<void> {
    await this.clearFaults();
    if (ms > 0) expectOk(await this.addFault({ latencyMs: ms }), 'add latency rule');
  }

  /** The Graph requests the sandbox served since the log was last cleared. */
  async requests(): Promise<LoggedRequest[]> {
    const answer = await this.call('GET', '/_sandbox/requests');
    expectOk(answer, 'read request log');
    return (answer.body as { value: LoggedRequest[] }).value;
  }

  /** Clears the request log. */
  async clearRequests(): Promise<void> {
    expectOk(await this.call('DELETE', '/_sandbox/requests'), 'clear log');
  }
}

function expectOk(answer: AdminAnswer, what: string): void {
  if (answer.status >= 300)
    throw new Error(`sandbox ${what}: ${answer.status} ${JSON.stringify(answer.body)}`);
}
