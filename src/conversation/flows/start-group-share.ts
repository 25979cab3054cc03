import { groupConfirmCard } from '../../cards/group-confirm-card';
import { type GraphPort, GraphRequestError } from '../../graph/port';
import * as words from '../../wording/several-items';
import type { ShareStarted } from '../context/recent-shares';
import { groupConfirmModel } from '../group-share';
import { newShareRecord } from '../new-share-record';
import type { ItemRef, ParsedMessage } from '../parse/parsed-request';
import type { ChatTurn } from '../ports/chat-turn';
import type { FlowDeps } from '../ports/flow-deps';
import { graphFailureFields } from '../ports/log';
import { prepareConfirmation } from '../prepare-confirmation';
import type { RoledQuery } from '../resolve/recipient-roles';
import { describeItemRef } from '../resolve/resolve-item';
import { resolveShare } from '../resolve/resolve-share';
import type { ShareRequestRecord } from '../share-request';

/** A parsed share request. */
type ShareIntent = Extract<ParsedMessage, { intent: 'share' }>;

/**
 * "share report.xlsx and budget.xlsx with Ana": up to five items with the same people (checked and
 * found by startShare, as for one item), on one
 * card. Each item becomes an ordinary share record of its own (the ledger, claims, recovery, Undo
 * and the history work per item), grouped under the first one's id. Every item must be clear:
 * one that matches several, or none, is named in the answer and nothing is shared, so the card
 * never carries a guess. The items are found in parallel (one `$batch` each).
 */
export async function startGroupShare(
  turn: ChatTurn,
  request: ShareIntent,
  items: readonly ItemRef[],
  port: GraphPort,
  queries: RoledQuery[],
  deps: FlowDeps,
): Promise<ShareStarted | undefined> {
  const resolutions = await Promise.all(
    items.map((item) =>
      resolveShare(turn, port, item, queries).then(
        (resolution) => ({ resolution }),
        (error: unknown) => {
          if (!(error instanceof GraphRequestError)) throw error;
          return { failure: error };
        },
      ),
    ),
  );
  const unclear: words.UnclearItem[] = [];
  const drafts: ShareRequestRecord[] = [];
  for (const [index, outcome] of resolutions.entries()) {
    const item = items[index] as ItemRef;
    const label = describeItemRef(item);
    if ('failure' in outcome) {
      deps.log(
        'warn',
        'Graph failed while resolving one of several items',
        graphFailureFields(outcome.failure.failure),
      );
      unclear.push({ words: label, why: 'failed' });
      continue;
    }
    const resolution = outcome.resolution;
    if (!resolution.ok) {
      unclear.push({ words: label, why: 'text' in resolution ? 'notFound' : 'failed' });
      continue;
    }
    const share = resolution.share;
    if (!share.item) {
      unclear.push({
        words: label,
        why: share.fileChoices ? 'several' : 'notFound',
        count: share.fileChoices?.length,
      });
      continue;
    }
    if (share.pending.length > 0) {
      await turn.sendText(words.peopleUnclearForSeveralReply);
      return;
    }
    drafts.push(newShareRecord(turn, request, item, share, deps));
  }
  if (unclear.length > 0) {
    await turn.sendText(words.unclearItemsReply(unclear));
    return;
  }
  const now = deps.now().getTime();
  // Each item's details and current access, read in parallel; each record is then `confirming`.
  const prepared = await Promise.all(
    drafts.map((draft) => prepareConfirmation(draft, port, turn.timeZone, now)),
  );
  const [first] = prepared;
  if (!first) return;
  const group = { id: first.id, members: prepared.map((record) => record.id) };
  const members = prepared.map((record) => ({ ...record, group }));
  for (const member of members) await deps.requests.create(member);
  const cardActivityId = await turn.sendCard(groupConfirmCard(groupConfirmModel(members)));
  return { record: members[0] as ShareRequestRecord, cardActivityId };
}
