import { groupConfirmCard } from '../../cards/group-confirm-card';
import { groupResultCard, groupUndoConfirmCard } from '../../cards/group-result-card';
import { noticeCard } from '../../cards/notice-card';
import * as words from '../../wording/clicks';
import * as confirmationWords from '../../wording/confirmation';
import { tokenRefusalReply } from '../../wording/replies';
import type { ActionHandler, ActionReply } from '../action-reply';
import { claimRequest, settleClaim, storeClaim } from '../claimed-share';
import { groupConfirmModel, groupResultModel, loadGroup } from '../group-share';
import { inviteMissing, unknown } from '../share-attempt';
import type { ShareRequestRecord } from '../share-request';
import { grantedStatuses, moveTo } from '../share-states';
import { answerWithinBudget, applyInputs } from './confirm-share';
import { removeCreatedAccess, restored } from './undo-share';

/**
 * Share on a card for several items: applies the card's inputs to every member, claims each (so a
 * second click or another instance cannot invite again), and invites on each item as one share
 * does, in parallel. Answers with one line per item; a slow Graph gets "Sharing…" first. A card
 * whose members are no longer waiting shows how they ended.
 */
export const confirmGroup: ActionHandler = async (turn, request, click, deps) => {
  const group = await loadGroup(request.value, deps);
  if (group.some((member) => member.value.status !== 'confirming'))
    return replayGroup(group.map((m) => m.value));
  const chosen = group.map((member) => ({
    ...member,
    value: applyInputs(member.value, click.inputs, undefined),
  }));
  const first = chosen[0]?.value as ShareRequestRecord;
  if (!first.notify && first.message) {
    // The message only travels in the invitation email (docs/graph-notes.md §1.2): never drop it unsaid.
    const model = {
      ...groupConfirmModel(chosen.map((m) => m.value)),
      note: confirmationWords.messageWithoutEmailNote,
    };
    return { card: groupConfirmCard(model) };
  }
  const port = await click.graph();
  const claimed: ShareRequestRecord[] = [];
  for (const member of chosen) {
    const claim = claimRequest(member.value, deps, turn);
    if (await storeClaim(claim, member.eTag, deps)) claimed.push(claim);
  }
  if (claimed.length === 0) return replayGroup((await loadGroup(first, deps)).map((m) => m.value));
  const work = Promise.all(
    claimed.map((claim) =>
      settleClaim(
        claim,
        (record) => inviteMissing(record, port, deps),
        deps,
        (record) => unknown(record, deps),
      ),
    ),
  ).then(async () => groupResultCard(groupResultModel((await loadGroup(first, deps)).map((m) => m.value))));
  return await answerWithinBudget(work, turn, deps, words.sharingNowNotice(`${claimed.length} items`));
};

/** Cancel on a card for several items: every member still waiting is cancelled; nothing is shared. */
export const cancelGroup: ActionHandler = async (_turn, request, _click, deps) => {
  const group = await loadGroup(request.value, deps);
  const now = deps.now().getTime();
  for (const member of group) {
    if (member.value.status !== 'confirming') continue;
    await deps.requests.replace(
      moveTo(member.value, 'cancelled', { outcome: { kind: 'cancelled' } }, now),
      member.eTag,
    );
  }
  return { card: noticeCard({ ...words.cancelledNotice, tone: 'info' }) };
};

/** Undo on the result of several items: asks first. */
export const askUndoGroup: ActionHandler = async (_turn, request, _click, deps) => {
  const group = (await loadGroup(request.value, deps)).map((m) => m.value);
  const granted = group.filter(
    (m) => grantedStatuses.includes(m.status) && m.createdPermissionIds.length > 0,
  );
  if (granted.length === 0) return replayGroup(group);
  return { card: groupUndoConfirmCard(request.value.group?.id ?? request.value.id, granted.length) };
};

/** "Keep it" on that question: the result again. */
export const keepGroup: ActionHandler = async (_turn, request, _click, deps) =>
  replayGroup((await loadGroup(request.value, deps)).map((m) => m.value));

/**
 * "Yes, remove" on the Undo of several items: on every item, exactly the permissions this share
 * created, through the same claimed removal as Undo on one item. Items whose removal Graph refused
 * keep their access and say so on their line.
 */
export const undoGroup: ActionHandler = async (turn, request, _click, deps) => {
  const group = await loadGroup(request.value, deps);
  const granted = group.filter(
    (m) => grantedStatuses.includes(m.value.status) && m.value.createdPermissionIds.length > 0,
  );
  if (granted.length === 0) return replayGroup(group.map((m) => m.value));
  const access = await turn.openGraph();
  if (!access.ok) return { refusal: words.undoFailedRefusal(tokenRefusalReply(access, 'accessKept')) };
  const refusals: string[] = [];
  await Promise.all(
    granted.map(async (member) => {
      const claim = claimRequest(member.value, deps, turn, 'undoing');
      if (!(await storeClaim(claim, member.eTag, deps))) return;
      await settleClaim(
        claim,
        async (record) => {
          const removal = await removeCreatedAccess(record, access.port, deps);
          if (removal.refusal) refusals.push(removal.refusal);
          return removal.record;
        },
        deps,
        (record) => restored(record, record.createdPermissionIds, deps),
      );
    }),
  );
  // A refused removal keeps that item's line as shared; the clicker reads why in the refusal.
  if (refusals[0] !== undefined) return { refusal: refusals[0] };
  return {
    card: groupResultCard(groupResultModel((await loadGroup(request.value, deps)).map((m) => m.value))),
  };
};

/** The card showing where every member stands now. */
function replayGroup(members: readonly ShareRequestRecord[]): ActionReply {
  if (members.every((m) => m.status === 'cancelled'))
    return { card: noticeCard({ ...words.cancelledNotice, tone: 'info' }) };
  return { card: groupResultCard(groupResultModel(members)) };
}
