import { claimForSharing, completeClaim } from '../claimed-share';
import type { ConversationReopener } from '../ports/conversations';
import type { FlowDeps } from '../ports/flow-deps';
import { settleByReading, unknown } from '../share-attempt';
import type { ShareRequestRecord } from '../share-request';

/** What one recovery pass did. */
export interface RecoveryPass {
  /** Requests found `sharing` past their lease and settled by this instance. */
  settled: number;
  /** Listed requests that were no longer sharing, unlisted. */
  unlisted: number;
}

/**
 * Finds shares whose process died while sharing (their lease ran out), takes each over with an
 * eTag write (so one instance does it), reads the item's access, stores what really happened and
 * replaces the "Sharing…" card in the conversation. Reading only, never inviting: whether the lost
 * invite happened is what the access list shows.
 */
export async function recoverStuckShares(deps: FlowDeps, chats: ConversationReopener): Promise<RecoveryPass> {
  const pass: RecoveryPass = { settled: 0, unlisted: 0 };
  for (const id of await deps.inFlight.list()) {
    const stored = await deps.requests.get(id);
    if (stored?.value.status !== 'sharing') {
      await deps.inFlight.remove(id);
      pass.unlisted += 1;
      continue;
    }
    if ((stored.value.lease?.until ?? 0) > deps.now().getTime()) continue;
    const claimed = claimForSharing(stored.value, deps);
    if (!(await deps.requests.replace(claimed, stored.eTag))) continue;
    deps.log('info', 'recovering a share left sharing', { requestId: id });
    await settleInConversation(claimed, deps, chats);
    pass.settled += 1;
  }
  return pass;
}

async function settleInConversation(
  claimed: ShareRequestRecord,
  deps: FlowDeps,
  chats: ConversationReopener,
): Promise<void> {
  const reference = claimed.conversation;
  if (!reference) {
    await completeClaim(claimed, async (r) => unknown(r, deps), deps);
    return;
  }
  await chats.reopen(reference, async (turn) => {
    const access = await turn.openGraph();
    const card = await completeClaim(
      claimed,
      async (r) => (access.ok ? await settleByReading(r, access.port, deps) : unknown(r, deps)),
      deps,
    );
    if (claimed.cardActivityId) await turn.replaceCard(claimed.cardActivityId, card);
  });
}
