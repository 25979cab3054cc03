import type { LoggedRequest } from './graph-traffic';

/**
 * The sandbox admin calls the benchmark needs (docs/sandbox.md, admin endpoints): latency rules
 * and the full request log with timestamps.
 */
export class SandboxAdmin {
  constructor(private readonly origin: string) {}

  /** Replaces all fault rules by one that delays every Graph call (batch envelopes and entries) by `ms`. */
  async setLatency(ms: number): Promise<void> {
    await this.expect(await fetch(`${this.origin}/_sandbox/faults`, { method: 'DELETE' }), 'clear faults');
    if (ms <= 0) return;
    const response = await fetch(`${this.origin}/_sandbox/faults`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ latencyMs: ms }),
    });
    await this.expect(response, 'add latency rule');
  }

  /** The Graph requests served since the log was last cleared. */
  async requests(): Promise<LoggedRequest[]> {
    const response = await fetch(`${this.origin}/_sandbox/requests`);
    await this.expect(response, 'read request log', false);
    return ((await response.json()) as { value: LoggedRequest[] }).value;
  }

  /** Forgets the request log. */
  async clearRequests(): Promise<void> {
    await this.expect(await fetch(`${this.origin}/_sandbox/requests`, { method: 'DELETE' }), 'clear log');
  }

  private async expect(response: Response, what: string, drain = true): Promise<void> {
    if (!response.ok) throw new Error(`sandbox ${what}: ${response.status} ${await response.text()}`);
    if (drain) await response.arrayBuffer();
  }
}
