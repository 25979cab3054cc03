import type { AdaptiveCard } from '../../cards/adaptive-card';
import { confirmCard } from '../../cards/confirm-card';
import { ConfirmInputs, type ResultLineView } from '../../cards/models';
import { noticeCard } from '../../cards/notice-card';
import type { DriveItemInfo } from '../../domain/item';
import { maxInviteMessageLength } from '../../domain/limits';
import type { Role } from '../../domain/role';
import { type GraphPort, GraphRequestError, type InviteRecipient, type InviteResult } from '../../graph/port';
import * as words from '../../wording/clicks';
import { describeFailure } from '../../wording/failures';
import type { ActionHandler, ActionInputs, ActionReply } from '../action-reply';
import type { ChatTurn } from '../ports/chat-turn';
import type { FlowDeps } from '../ports/flow-deps';
import { realTimers } from '../ports/timers';
import { addressOf, buildConfirmModel } from '../prepare-confirmation';
import { currentCard } from '../request-guard';
import type { ResolvedRecipient, ShareRequestRecord } from '../share-request';

/** Handles Cancel on the confirmation card. */
export const cancelShare: ActionHandler = async (_turn, request, _click, deps) => {
  const cancelled: ShareRequestRecord = {
    ...request.value,
    status: 'cancelled',
    outcome: { kind: 'cancelled' },
  };
  const stored = await deps.requests.replace(cancelled, request.eTag);
  return stored ? { card: currentCard(cancelled) } : await replayCurrent(request.value.id, deps);
};

/**
 * Handles Share on the confirmation card: applies the card's inputs, claims the request (so a
 * second click cannot invite again), and invites. If Graph is slower than the invoke budget, it
 * answers "Sharing…" at once and replaces the card when the invite finishes (docs/teams-notes.md §T4).
 */
export const confirmShare: ActionHandler = async (turn, request, click, deps) => {
  const requestId = request.value.id;
  const record = applyInputs(request.value, click.inputs);
  if (record.message && record.message.length > maxInviteMessageLength) {
    const settings = {
      timeZone: turn.timeZone,
      permissionsUnreadable: false,
      onlyNote: tooLongNote(record.message.length),
    };
    return { card: confirmCard(buildConfirmModel(record, settings)) };
  }
  const port = await click.graph();
  const claimed: ShareRequestRecord = { ...record, status: 'sharing' };
  if (!(await deps.requests.replace(claimed, request.eTag))) return await replayCurrent(requestId, deps);

  const work = share(claimed, port, turn, deps);
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
  return {
    card: noticeCard({
      ...words.sharingNowNotice(record.item?.name),
      tone: 'info',
    }),
  };
};

/** Runs the invite and records the outcome; returns the card that shows it. Never throws for Graph errors. */
async function share(
  record: ShareRequestRecord,
  port: GraphPort,
  turn: ChatTurn,
  deps: FlowDeps,
): Promise<AdaptiveCard> {
  const item = record.item as DriveItemInfo;
  let result: InviteResult;
  try {
    result = await port.invite({
      item: addressOf(item),
      recipients: record.recipients.map(toInviteRecipient),
      roles: [record.role],
      // Always require sign-in: a folder refuses requireSignIn false, and both false is invalid (docs/graph-notes.md §1.3).
      requireSignIn: true,
      sendInvitation: record.notify,
      message: record.notify && record.message ? record.message : undefined,
      expirationDateTime:
        record.expiration && item.driveType === 'personal' ? record.expiration.at : undefined,
      password: record.password && item.driveType === 'personal' ? record.password : undefined,
    });
  } catch (error) {
    if (!(error instanceof GraphRequestError)) {
      deps.log('error', 'invite failed unexpectedly', { requestId: record.id, error: String(error) });
    }
    return await recordFailure(record, error, turn, deps);
  }
  const existingIds = new Set(record.existingPermissions.map((p) => p.id));
  const lines = resultLines(record, result, item);
  const shared: ShareRequestRecord = {
    ...record,
    status: 'shared',
    outcome: { kind: 'shared', lines },
    createdPermissionIds: result.permissions.map((p) => p.id).filter((id) => !existingIds.has(id)),
  };
  await saveOutcome(shared, deps);
  return currentCard(shared);
}

/** One result line per recipient; Graph answers one permission per recipient, in order (docs/graph-notes.md §1.6). */
function resultLines(
  record: ShareRequestRecord,
  result: InviteResult,
  item: DriveItemInfo,
): ResultLineView[] {
  return record.recipients.map((recipient, index) => {
    const permission = matchPermission(recipient, result, index);
    const granted: Role =
      permission?.roles.includes('write') || permission?.roles.includes('owner')
        ? 'write'
        : permission
          ? 'read'
          : record.role;
    const failure = permission?.notificationError;
    return {
      displayName: recipient.person.displayName,
      email: recipient.person.email,
      role: granted,
      link: permission?.link?.webUrl ?? item.webUrl,
      emailSent: record.notify && !failure,
      warning: failure ? (failure.localizedMessage ?? words.invitationEmailFailed) : undefined,
    };
  });
}

function matchPermission(recipient: ResolvedRecipient, result: InviteResult, index: number) {
  const email = recipient.person.email?.toLowerCase();
  const byIdentity = result.permissions.find(
    (p) =>
      (recipient.person.id && p.grantee?.id === recipient.person.id) ||
      (email && (p.grantee?.email?.toLowerCase() === email || p.invitationEmail?.toLowerCase() === email)),
  );
  return byIdentity ?? result.permissions[index];
}

/** Users by address (UPN or primary SMTP), groups by mail when they have one (docs/graph-notes.md §4.3). */
function toInviteRecipient(recipient: ResolvedRecipient): InviteRecipient {
  const person = recipient.person;
  const email = person.email ?? person.userPrincipalName;
  if (email) return { email };
  if (person.id) return { objectId: person.id };
  return { alias: person.displayName };
}

async function recordFailure(
  record: ShareRequestRecord,
  error: unknown,
  turn: ChatTurn,
  deps: FlowDeps,
): Promise<AdaptiveCard> {
  const failure =
    error instanceof GraphRequestError
      ? error.failure
      : { kind: 'unknown' as const, status: 0, code: '', message: 'unexpected' };
  const text = describeFailure(failure);
  if (text.retryable) {
    // Throttled or unreachable: nothing happened, so the person may simply try again later.
    const confirmation = { timeZone: turn.timeZone, permissionsUnreadable: false, onlyNote: text.text };
    await saveOutcome({ ...record, status: 'confirming', confirmation, outcome: undefined }, deps);
    return confirmCard(buildConfirmModel(record, confirmation));
  }
  const failed: ShareRequestRecord = {
    ...record,
    status: 'failed',
    outcome: { kind: 'failed', title: text.title, text: text.text },
  };
  await saveOutcome(failed, deps);
  return currentCard(failed);
}

/** Stores the outcome of a claimed request; only the claimer writes while it is `sharing`. */
async function saveOutcome(record: ShareRequestRecord, deps: FlowDeps): Promise<void> {
  const current = await deps.requests.get(record.id);
  if (current) await deps.requests.replace(record, current.eTag);
}

/** Reads the card's inputs: only known roles, a boolean notify, and a trimmed message. */
function applyInputs(record: ShareRequestRecord, inputs: ActionInputs): ShareRequestRecord {
  const role = inputs[ConfirmInputs.role];
  const notify = inputs[ConfirmInputs.notify];
  const message = inputs[ConfirmInputs.message];
  return {
    ...record,
    role: role === 'read' || role === 'write' ? role : record.role,
    notify: notify === undefined ? record.notify : notify === true || notify === 'true',
    message: typeof message === 'string' ? message.trim() || undefined : record.message,
  };
}

function tooLongNote(length: number): string {
  return words.messageTooLongNote(length);
}

async function replayCurrent(requestId: string, deps: FlowDeps): Promise<ActionReply> {
  const stored = await deps.requests.get(requestId);
  return stored ? { card: currentCard(stored.value) } : { refusal: words.requestGoneRefusal };
}
