import { noticeCard } from '../../cards/notice-card';
import type { Versioned } from '../../state/request-store';
import * as words from '../../wording/timed-access';
import { extendAccessEnd } from '../access/access-end';
import { listDueEnd, unlistDoneEnd } from '../access/due-ends';
import { endAccess, withEndState } from '../access/end-access';
import { readEndInputs } from '../access/read-end-inputs';
import { changedAccessCardFor, timedAccessFacts } from '../access/timed-access-cards';
import type { ActionClick, ActionHandler, ActionReply } from '../action-reply';
import { claimRequest, settleClaim, storeClaim } from '../claimed-share';
import type { ChatTurn } from '../ports/chat-turn';
import type { FlowDeps } from '../ports/flow-deps';
import { currentCard } from '../request-guard';
import type { AccessEndState, ShareRequestRecord } from '../share-request';
import { replayCurrent } from './confirm-share';
import { restored } from './undo-share';

/** The end states each click acts on; any other answers that there is no end to act on. */
const scheduledOrWaiting: readonly AccessEndState[] = ['scheduled', 'waitingForSharer'];

/** Handles Extend on the reminder: the new end from its date and time inputs, with a fresh reminder. */
export const extendAccess: ActionHandler = async (turn, request, click, deps) => {
  const record = request.value;
  if (!hasEnd(record, scheduledOrWaiting)) return noEndReply();
  const facts = timedAccessFacts(record);
  const chosen = readEndInputs(click.inputs, facts.timeZone ?? turn.timeZone);
  if (chosen.kind !== 'at') return { refusal: words.extendNeedsDateRefusal };
  const now = deps.now().getTime();
  if (chosen.at <= now) return { refusal: words.extendInPastRefusal };
  const extended = extendAccessEnd(record, chosen.at, now);
  await listDueEnd(extended, deps);
  if (!(await deps.requests.replace(extended, request.eTag))) return await replayCurrent(record.id, deps);
  await showOnResultCard(turn, extended);
  const after = timedAccessFacts(extended);
  return {
    card: noticeCard({
      ...words.extendedNotice(after.names, after.itemName, after.when, after.zoneKnown),
      tone: 'good',
    }),
  };
};

/** Handles Let it end on the reminder: nothing changes, the card says when access ends. */
export const letAccessEnd: ActionHandler = async (_turn, request) => {
  const record = request.value;
  if (!hasEnd(record, ['scheduled'])) return noEndReply();
  const facts = timedAccessFacts(record);
  return {
    card: noticeCard({
      ...words.letItEndNotice(facts.names, facts.itemName, facts.when, facts.zoneKnown),
      tone: 'info',
    }),
  };
};

/** Handles End now on the reminder and Remove now on the message sent when Sharebot could not end it. */
export const endAccessNow: ActionHandler = async (turn, request, click, deps) =>
  await endOnClick(turn, request, click, deps, { from: scheduledOrWaiting, force: false });

/** Handles Remove anyway on the question about a permission someone changed. */
export const removeChangedAccess: ActionHandler = async (turn, request, click, deps) =>
  await endOnClick(turn, request, click, deps, { from: ['changed'], force: true });

/** Handles Keep access on that question: the end is dropped, the access stays. */
export const keepChangedAccess: ActionHandler = async (turn, request, _click, deps) => {
  const record = request.value;
  if (!hasEnd(record, ['changed'])) return noEndReply();
  const kept = withEndState(record, 'kept');
  if (!(await deps.requests.replace(kept, request.eTag))) return await replayCurrent(record.id, deps);
  await unlistDoneEnd(kept, deps);
  await showOnResultCard(turn, kept);
  const facts = timedAccessFacts(kept);
  return { card: noticeCard({ ...words.keptNotice(facts.names, facts.itemName), tone: 'info' }) };
};

/**
 * Ends timed access on the sharer's click with the clicker's token (the router checked the clicker
 * is the sharer): claimed like an Undo, so a second click or the due-end pass cannot run it twice.
 */
async function endOnClick(
  turn: ChatTurn,
  request: Versioned<ShareRequestRecord>,
  click: ActionClick,
  deps: FlowDeps,
  options: { from: readonly AccessEndState[]; force: boolean },
): Promise<ActionReply> {
  const record = request.value;
  if (!hasEnd(record, options.from)) return noEndReply();
  const port = await click.graph();
  // Claimed without the click's turn: the stored card id stays the result card's, which is replaced.
  const claimed = withEndState(claimRequest(record, deps, undefined, 'undoing'), 'ending');
  if (!(await storeClaim(claimed, request.eTag, deps))) return await replayCurrent(record.id, deps);
  let refusal: string | undefined;
  const retry = (r: ShareRequestRecord) =>
    withEndState(restored(r, r.createdPermissionIds, deps), record.accessEnd?.state ?? 'scheduled');
  const stored = await settleClaim(
    claimed,
    async (r) => {
      const attempt = await endAccess(r, port, deps, { planned: false, force: options.force });
      if (attempt.kind === 'retry' || attempt.kind === 'refused') {
        refusal = attempt.reason;
        return retry(r);
      }
      return attempt.record;
    },
    deps,
    retry,
  );
  if (refusal !== undefined) return { refusal };
  if (stored.accessEnd?.state === 'changed') return { card: changedAccessCardFor(stored) };
  await showOnResultCard(turn, stored);
  const outcome = stored.outcome;
  if (outcome?.kind !== 'ended') return await replayCurrent(record.id, deps);
  return {
    card: noticeCard({ ...words.accessEndedNotice(outcome.names, outcome.itemName, false), tone: 'good' }),
  };
}

/** Replaces the share's result card (its end changed), unless that is the card clicked. */
async function showOnResultCard(turn: ChatTurn, record: ShareRequestRecord): Promise<void> {
  if (!record.cardActivityId || record.cardActivityId === turn.cardActivityId) return;
  await turn.replaceCard(record.cardActivityId, currentCard(record));
}

function hasEnd(record: ShareRequestRecord, states: readonly AccessEndState[]): boolean {
  return record.accessEnd !== undefined && states.includes(record.accessEnd.state);
}

function noEndReply(): ActionReply {
  return { card: noticeCard({ ...words.noEndToActOnNotice, tone: 'info' }) };
}
