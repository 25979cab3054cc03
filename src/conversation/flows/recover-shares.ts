import { type ClaimedStatus, claimRequest, settleClaim } from '../claimed-share';
import type { ConversationReopener } from '../ports/conversations';
import type { FlowDeps } from '../ports/flow-deps';
import { currentCard } from '../request-guard';
import { settleByReading, unknown } from '../share-attempt';
import type { ShareRequestRecord } from '../share-request';
import { restored, settleUndo } from './undo-share';

/** What one recovery pass did. */
export interface RecoveryPass {
  /** Requests found claimed past their lease and settled by this instance. */
  settled: number;
  /** Listed requests that were no longer claimed, unlisted. */
  unlisted: number;
}

const claimedStatuses: readonly string[] = ['sharing', 'undoing'] satisfies ClaimedStatus[];

/**
 * Finds requests whose process died while sharing or undoing (their lease ran out), takes each
 * over with an eTag write (so one instance does it), finishes it and replaces its card in the
 * conversation. A share is settled by reading the item's access only, never by inviting: whether
 * the lost invite happened is what the access list shows. An undo the person confirmed is
 * finished (removing a permission twice is harmless).
 */
export async function recoverStuckShares(deps: FlowDeps, chats: ConversationReopener): Promise<RecoveryPass> {
  const pass: RecoveryPass = { settled: 0, unlisted: 0 };
  for (const id of await deps.inFlight.list()) {
    const stored = await deps.requests.get(id);
    if (!stored || !claimedStatuses.includes(stored.value.status)) {
      await deps.inFlight.remove(id);
      pass.unlisted += 1;
      continue;
    }
    if ((stored.value.lease?.until ?? 0) > deps.now().getTime()) continue;
    // A timed share's end is finished by the due-end pass (flows/end-timed-access.ts), which checks
    // each permission's role before removing it; an Undo of it is finished here as any other.
    if (stored.value.accessEnd?.state === 'ending') continue;
    const status = stored.value.status as ClaimedStatus;
    const claimed = claimRequest(stored.value, deps, undefined, status);
    if (!(await deps.requests.replace(claimed, stored.eTag))) continue;
    deps.log('info', 'recovering a request left unfinished', { requestId: id, status });
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
  const fallback = (record: ShareRequestRecord) =>
    record.status === 'undoing' ? restored(record, record.createdPermissionIds, deps) : unknown(record, deps);
  const reference = claimed.conversation;
  if (!reference) {
    await settleClaim(claimed, async (record) => fallback(record), deps, fallback);
    return;
  }
  await chats.reopen(reference, async (turn) => {
    const access = await turn.openGraph();
    const stored = await settleClaim(
      claimed,
      async (record) => {
        if (!access.ok) return fallback(record);
        if (record.status === 'undoing') return (await settleUndo(record, access.port, deps)).record;
        return await settleByReading(record, access.port, deps);
      },
      deps,
      fallback,
    );
    if (claimed.cardActivityId) await turn.replaceCard(claimed.cardActivityId, currentCard(stored));
  });
}
