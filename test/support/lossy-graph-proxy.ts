import { once } from 'node:events';
import http from 'node:http';
import type { AddressInfo } from 'node:net';

/** How the proxy loses an answer after Graph (the sandbox) has already acted on the request. */
export type LossMode =
  /** Graph acts, the caller gets 504 Gateway Timeout instead of Graph's answer. */
  | { kind: 'gateway504' }
  /** Graph acts, then the connection is dropped before any answer. */
  | { kind: 'dropSocket' }
  /** Graph acts, and its answer is held back for `ms` (past the caller's timeout). */
  | { kind: 'delayAnswer'; ms: number }
  /** The request never reaches Graph: the caller gets 504 at once. */
  | { kind: 'gateway504BeforeGraph' };

/**
 * A rule: requests whose method and path match lose their answer `times` times (default once;
 * `Infinity` for ever). With `fraction`, only that share of matching requests (0..1, drawn with
 * Math.random) lose theirs, and only those count against `times`.
 */
export interface LossRule {
  method: string;
  /** Matched against the path and query (e.g. /\/invite$/). */
  path: RegExp;
  mode: LossMode;
  times?: number;
  /** How many matching requests the rule lets by before it applies (default none); an older rule may still take them. */
  skip?: number;
  fraction?: number;
}

/** A request the bot sent through the proxy. */
export interface SentRequest {
  method: string;
  path: string;
  body: string;
}

/** One request the proxy passed on (or lost before Graph), as the observers of `observe` see it. */
export interface ProxyExchange {
  method: string;
  /** Path and query as the caller sent them. */
  path: string;
  requestBody: Buffer;
  /** The sandbox's own status, before any loss; undefined when the request never reached it. */
  graphStatus?: number;
  graphBody?: Buffer;
  /** How the caller's answer was lost, if it was. */
  lost?: LossMode['kind'];
}

/**
 * An HTTP proxy between the bot and the sandbox that forwards every call, and for matching calls
 * lets the sandbox act but loses its answer: the faults a network or gateway adds after the
 * service did its work, which the sandbox's own fault rules (applied before routing) cannot show.
 */
export class LossyGraphProxy {
  private readonly server: http.Server;
  private rules: (LossRule & { left: number; toSkip: number })[] = [];
  private readonly held = new Set<NodeJS.Timeout>();
  private readonly observers: ((exchange: ProxyExchange) => void)[] = [];
  /** How many answers were lost so far. */
  lost = 0;
  /** Every request forwarded or lost, in order, with its body as text: what the bot sent to Graph. */
  readonly sent: SentRequest[] = [];
  /** The proxy's origin, e.g. http://127.0.0.1:40123; set once started. */
  url = '';

  private constructor(private readonly target: URL) {
    this.server = http.createServer((req, res) => {
      this.forward(req, res).catch(() => res.destroy());
    });
  }

  /** Starts a proxy for `targetOrigin` on a free loopback port. */
  static async start(targetOrigin: string): Promise<LossyGraphProxy> {
    const proxy = new LossyGraphProxy(new URL(targetOrigin));
    proxy.server.listen(0, '127.0.0.1');
    await once(proxy.server, 'listening');
    proxy.url = `http://127.0.0.1:${(proxy.server.address() as AddressInfo).port}`;
    return proxy;
  }

  /** Adds a rule; the newest matching rule with uses left applies. */
  lose(rule: LossRule): void {
    this.rules.unshift({ ...rule, left: rule.times ?? 1, toSkip: rule.skip ?? 0 });
  }

  /** Removes every rule and forgets the requests seen so far. */
  clear(): void {
    this.rules = [];
    this.sent.length = 0;
  }

  /** Calls `observer` once per request, when the sandbox answered it (or it was lost before). */
  observe(observer: (exchange: ProxyExchange) => void): void {
    this.observers.push(observer);
  }

  /** Stops listening and drops held answers. */
  async close(): Promise<void> {
    for (const timer of this.held) clearTimeout(timer);
    this.server.closeAllConnections();
    await new Promise<void>((resolve) => this.server.close(() => resolve()));
  }

  private takeRule(method: string, path: string): LossMode | undefined {
    let taken: LossMode | undefined;
    for (const rule of this.rules) {
      if (rule.left <= 0 || rule.method !== method || !rule.path.test(path)) continue;
      if (rule.toSkip > 0) {
        rule.toSkip -= 1;
        continue;
      }
      if (taken) continue;
      if (rule.fraction !== undefined && Math.random() >= rule.fraction) continue;
      rule.left -= 1;
      taken = rule.mode;
    }
    return taken;
  }

  private async forward(req: http.IncomingMessage, res: http.ServerResponse): Promise<void> {
    const body = Buffer.concat(await req.toArray());
    const method = req.method ?? 'GET';
    const path = req.url ?? '/';
    this.sent.push({ method, path, body: body.toString('utf8') });
    const mode = this.takeRule(method, path);
    if (mode?.kind === 'gateway504BeforeGraph') {
      this.lost += 1;
      this.tell({ method, path, requestBody: body, lost: mode.kind });
      answer504(res);
      return;
    }
    const answer = await fetch(new URL(req.url ?? '/', this.target), {
      method: req.method,
      headers: forwardedHeaders(req),
      body: body.length > 0 ? body : undefined,
    });
    const answerBody = Buffer.from(await answer.arrayBuffer());
    this.tell({
      method,
      path,
      requestBody: body,
      graphStatus: answer.status,
      graphBody: answerBody,
      lost: mode?.kind,
    });
    if (!mode) {
      send(res, answer.status, responseHeaders(answer), answerBody);
      return;
    }
    this.lost += 1;
    if (mode.kind === 'gateway504') {
      answer504(res);
    } else if (mode.kind === 'dropSocket') {
      res.socket?.destroy();
    } else {
      const timer = setTimeout(() => {
        this.held.delete(timer);
        send(res, answer.status, responseHeaders(answer), answerBody);
      }, mode.ms);
      this.held.add(timer);
    }
  }

  private tell(exchange: ProxyExchange): void {
    for (const observer of this.observers) observer(exchange);
  }
}

/** Writes an answer. Not chained: restify, loaded in the same test process, patches writeHead. */
function send(
  res: http.ServerResponse,
  status: number,
  headers: Record<string, string>,
  body: Buffer | string,
) {
  res.writeHead(status, headers);
  res.end(body);
}

function answer504(res: http.ServerResponse): void {
  send(res, 504, { 'content-type': 'application/json' }, gatewayTimeoutBody);
}

const gatewayTimeoutBody = JSON.stringify({
  error: { code: 'gatewayTimeout', message: 'The gateway did not receive a timely answer.' },
});

function forwardedHeaders(req: http.IncomingMessage): Record<string, string> {
  const headers: Record<string, string> = {};
  for (const [name, value] of Object.entries(req.headers)) {
    if (value === undefined || name === 'host' || name === 'content-length' || name === 'connection')
      continue;
    headers[name] = Array.isArray(value) ? value.join(', ') : value;
  }
  return headers;
}

function responseHeaders(answer: Response): Record<string, string> {
  const headers: Record<string, string> = {};
  answer.headers.forEach((value, name) => {
    if (name !== 'content-length' && name !== 'transfer-encoding' && name !== 'content-encoding') {
      headers[name] = value;
    }
  });
  return headers;
}
