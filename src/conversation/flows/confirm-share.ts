import type { AdaptiveCard } from '../../cards/adaptive-card';
import { confirmCard } from '../../cards/confirm-card';
import { ConfirmInputs, recipientRoleInput } from '../../cards/models';
import { noticeCard } from '../../cards/notice-card';
import { maxInviteMessageLength } from '../../domain/limits';
import type { Role } from '../../domain/role';
import * as words from '../../wording/clicks';
import * as confirmationWords from '../../wording/confirmation';
import * as timedWords from '../../wording/timed-access';
import { type EndInput, readEndInputs } from '../access/read-end-inputs';
import type { ActionHandler, ActionInputs, ActionReply } from '../action-reply';
import { claimRequest, completeClaim, storeClaim } from '../claimed-share';
import type { ChatTurn } from '../ports/chat-turn';
import type { FlowDeps } from '../ports/flow-deps';
import { realTimers } from '../ports/timers';
import { buildConfirmModel } from '../prepare-confirmation';
import { roleOf, rolesDiffer } from '../recipient-role';
import { currentCard } from '../request-guard';
import { inviteMissing } from '../share-attempt';
import type { ShareRequestRecord } from '../share-request';
import { moveTo } from '../share-states';

/** Handles Cancel on the confirmation card. */
export const cancelShare: ActionHandler = async (_turn, request, _click, deps) => {
  const cancelled = moveTo(
    request.value,
    'cancelled',
    { outcome: { kind: 'cancelled' } },
    deps.now().getTime(),
  );
  const stored = await deps.requests.replace(cancelled, request.eTag);
  return stored ? { card: currentCard(cancelled) } : await replayCurrent(request.value.id, deps);
};

/**
 * Handles Share on the confirmation card, and "Share with the others" on a partly done share:
 * applies the card's inputs, claims the request (so a second click cannot invite again), and
 * invites whoever has no access yet. If Graph is slower than the invoke budget, it answers
 * "Sharing…" at once and replaces the card when the invite finishes (docs/teams-notes.md §T4).
 */
export const confirmShare: ActionHandler = async (turn, request, click, deps) => {
  const zone = request.value.confirmation?.timeZone ?? turn.timeZone;
  const chosenEnd = request.value.status === 'confirming' ? readEndInputs(click.inputs, zone) : undefined;
  const record =
    request.value.status === 'confirming'
      ? applyInputs(request.value, click.inputs, chosenEnd)
      : request.value;
  const endPassed =
    record.expiration !== undefined && Date.parse(record.expiration.at) <= deps.now().getTime();
  if (request.value.status === 'confirming' && (chosenEnd?.kind === 'invalid' || endPassed)) {
    const settings = { timeZone: zone, permissionsUnreadable: false, onlyNote: timedWords.endInPastNote };
    return { card: confirmCard(buildConfirmModel(record, settings)) };
  }
  if (record.message && record.message.length > maxInviteMessageLength) {
    const settings = {
      timeZone: turn.timeZone,
      permissionsUnreadable: false,
      onlyNote: words.messageTooLongNote(record.message.length),
    };
    return { card: confirmCard(buildConfirmModel(record, settings)) };
  }
  if (request.value.status === 'confirming' && !record.notify && record.message) {
    // The message only travels in the invitation email (docs/graph-notes.md §1.2): never drop it unsaid.
    const settings = {
      timeZone: turn.timeZone,
      permissionsUnreadable: false,
      onlyNote: confirmationWords.messageWithoutEmailNote,
    };
    return { card: confirmCard(buildConfirmModel(record, settings)) };
  }
  const port = await click.graph();
  const claimed = claimRequest(record, deps, turn);
  if (!(await storeClaim(claimed, request.eTag, deps))) return await replayCurrent(record.id, deps);
  const work = completeClaim(claimed, (r) => inviteMissing(r, port, deps), deps);
  return await answerWithinBudget(work, turn, deps, words.sharingNowNotice(record.item?.name));
};

/**
 * Answers the click with the finished card if `work` ends within the invoke budget; otherwise
 * with a notice at once, replacing the card through a proactive update when the work ends.
 */
export async function answerWithinBudget(
  work: Promise<AdaptiveCard>,
  turn: ChatTurn,
  deps: FlowDeps,
  notice: words.NoticeWords,
): Promise<ActionReply> {
  const budget = (deps.timers ?? realTimers).after(deps.invokeBudgetMs);
  const first = await Promise.race([work, budget.elapsed.then(() => 'slow' as const)]);
  budget.cancel();
  if (first !== 'slow') return { card: first };
  const activityId = turn.cardActivityId;
  const update = activityId ? turn.laterUpdater(activityId) : undefined;
  deps.background.track(
    work.then(async (card) => {
      if (update) await update(card);
    }),
  );
  return { card: noticeCard({ ...notice, tone: 'info' }) };
}

/**
 * Reads the card's inputs (the group card's too): only known roles (one for all, or one per person when the card offered
 * that), a boolean notify, a trimmed message, and the end (empty date: no end).
 */
export function applyInputs(
  record: ShareRequestRecord,
  inputs: ActionInputs,
  end: EndInput | undefined,
): ShareRequestRecord {
  const notify = inputs[ConfirmInputs.notify];
  const message = inputs[ConfirmInputs.message];
  return {
    ...withChosenRoles(record, inputs),
    notify: notify === undefined ? record.notify : notify === true || notify === 'true',
    message: typeof message === 'string' ? message.trim() || undefined : record.message,
    expiration: chosenExpiration(record, end),
  };
}

/** The end the card's inputs chose; the asked one when they were not sent or did not change it. */
function chosenExpiration(
  record: ShareRequestRecord,
  end: EndInput | undefined,
): ShareRequestRecord['expiration'] {
  if (!end || end.kind === 'notSent' || end.kind === 'invalid') return record.expiration;
  if (end.kind === 'none') return undefined;
  const asked = record.expiration ? Date.parse(record.expiration.at) : undefined;
  // The inputs carry minutes only: an asked end ("for 30 minutes") is kept to the second.
  if (asked !== undefined && Math.abs(asked - end.at) < 60_000) return record.expiration;
  return { at: new Date(end.at).toISOString(), words: '' };
}

/**
 * The roles the card's choices ask for. A card with a choice per person reads each one (a missing
 * or unknown value keeps that person's role); a card with one choice gives everyone that role.
 */
function withChosenRoles(record: ShareRequestRecord, inputs: ActionInputs): ShareRequestRecord {
  const known = (value: unknown): Role | undefined =>
    value === 'read' || value === 'write' ? value : undefined;
  if (rolesDiffer(record)) {
    const recipients = record.recipients.map((recipient, index) => ({
      ...recipient,
      role: known(inputs[recipientRoleInput(index)]) ?? roleOf(record, index),
    }));
    return { ...record, recipients };
  }
  const chosen =
    known(inputs[ConfirmInputs.role]) ?? (record.recipients.length > 0 ? roleOf(record, 0) : record.role);
  return {
    ...record,
    role: chosen,
    recipients: record.recipients.map(({ role: _own, ...recipient }) => recipient),
  };
}

/** The card of a request another click changed first, or a refusal when it is gone. */
export async function replayCurrent(requestId: string, deps: FlowDeps): Promise<ActionReply> {
  const stored = await deps.requests.get(requestId);
  return stored ? { card: currentCard(stored.value) } : { refusal: words.requestGoneRefusal };
}
