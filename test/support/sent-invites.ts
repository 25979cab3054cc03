import type { LossyGraphProxy } from './lossy-graph-proxy';

/** The body of one `invite` call as the bot sent it (docs/graph-notes.md §1.2). */
export interface SentInvite {
  path: string;
  recipients: { email?: string; objectId?: string; alias?: string }[];
  roles: string[];
  sendInvitation: boolean;
  message?: string;
}

/** Every `invite` call that went through the proxy, in order, read from its JSON body. */
export function sentInvites(proxy: LossyGraphProxy | undefined): SentInvite[] {
  if (!proxy) throw new Error('start the harness with lossyProxy: true to see what was sent');
  return proxy.sent
    .filter((r) => r.method === 'POST' && /\/invite(\?|$)/.test(r.path))
    .map((r) => ({ path: r.path, ...(JSON.parse(r.body) as Omit<SentInvite, 'path'>) }));
}
