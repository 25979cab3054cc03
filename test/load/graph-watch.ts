import type { LossyGraphProxy, ProxyExchange } from '../support/lossy-graph-proxy';

/** Two invites of one share request that both gave the same person access: a second invitation email. */
export interface DuplicateInvite {
  /** The invitation message, which names the share request (the load conversations write it). */
  request: string;
  recipient: string;
  granted: number;
}

const invitePath = /\/invite(\?|$)/;

/**
 * Watches every Graph call the bot processes make through the proxy: how many calls and `$batch`
 * entries, how many answers the proxy lost, and each invite the sandbox granted, keyed by share
 * request (the message the load conversation typed) and recipient. The sandbox's own request log
 * has no bodies, so only the proxy can tell which request an invite belonged to and whom it
 * invited; it sees the sandbox's real status before it loses an answer.
 */
export class GraphWatch {
  /** HTTP requests to Graph (not the sandbox's token endpoint). */
  requests = 0;
  /** Graph operations: requests, with each `$batch` entry counted on its own. */
  operations = 0;
  /** Invite calls, and how many of them the sandbox granted. */
  invites = 0;
  grantedInvites = 0;
  /** Answers the proxy lost, by how. */
  readonly lost = new Map<string, number>();
  private readonly grants = new Map<string, number>();

  constructor(proxy: LossyGraphProxy) {
    proxy.observe((exchange) => this.saw(exchange));
  }

  /** Every (request, recipient) the sandbox granted more than once. */
  duplicates(): DuplicateInvite[] {
    return [...this.grants]
      .filter(([, granted]) => granted > 1)
      .map(([key, granted]) => {
        const [request, recipient] = JSON.parse(key) as [string, string];
        return { request, recipient, granted };
      });
  }

  /** All answers the proxy lost. */
  get lostTotal(): number {
    return [...this.lost.values()].reduce((sum, n) => sum + n, 0);
  }

  private saw(exchange: ProxyExchange): void {
    if (!exchange.path.startsWith('/v1.0/')) return;
    this.requests += 1;
    this.operations += 1 + batchEntries(exchange);
    if (exchange.lost) this.lost.set(exchange.lost, (this.lost.get(exchange.lost) ?? 0) + 1);
    if (exchange.method !== 'POST' || !invitePath.test(exchange.path)) return;
    this.invites += 1;
    if (exchange.graphStatus !== 200 && exchange.graphStatus !== 207) return;
    this.grantedInvites += 1;
    const body = JSON.parse(exchange.requestBody.toString('utf8')) as {
      message?: string;
      recipients?: { email?: string; objectId?: string; alias?: string }[];
    };
    for (const recipient of body.recipients ?? []) {
      const who = (recipient.email ?? recipient.objectId ?? recipient.alias ?? '?').toLowerCase();
      const key = JSON.stringify([body.message ?? '(no message)', who]);
      this.grants.set(key, (this.grants.get(key) ?? 0) + 1);
    }
  }
}

function batchEntries(exchange: ProxyExchange): number {
  if (exchange.method !== 'POST' || !/^\/v1\.0\/\$batch/.test(exchange.path)) return 0;
  try {
    const body = JSON.parse(exchange.requestBody.toString('utf8')) as { requests?: unknown[] };
    return body.requests?.length ?? 0;
  } catch {
    return 0;
  }
}
