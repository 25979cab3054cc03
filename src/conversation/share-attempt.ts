import type { ResultLineView } from '../cards/models';
import type { DriveItemInfo } from '../domain/item';
import type { Role } from '../domain/role';
import {
  type GraphFailure,
  type GraphPort,
  GraphRequestError,
  type InviteRecipient,
  type InviteResult,
  mayHaveActed,
  toFailure,
} from '../graph/port';
import * as clickWords from '../wording/clicks';
import { describeFailure } from '../wording/failures';
import * as words from '../wording/share-outcomes';
import { scheduleAccessEnd } from './access/access-end';
import { checkAccess } from './check-access';
import { groupCoveredGrants } from './group-access';
import type { FlowDeps } from './ports/flow-deps';
import { graphFailureFields } from './ports/log';
import { addressOf } from './prepare-confirmation';
import { byRole, roleOf } from './recipient-role';
import type { InviteAttempt, RecipientGrant, ResolvedRecipient, ShareRequestRecord } from './share-request';
import { moveTo } from './share-states';

/**
 * Invites the recipients of a claimed (`sharing`) request who do not have access yet (nor the role
 * asked through a group on the item) and returns
 * the request as it really ended. Nobody is invited twice: when an earlier call may have acted
 * (its answer was lost), the item's access is read first and only people still missing are
 * invited. A failure after which Graph may have acted is never reported before reading the access
 * (docs/graph-notes.md §5.2).
 */
export async function inviteMissing(
  claimed: ShareRequestRecord,
  port: GraphPort,
  deps: FlowDeps,
): Promise<ShareRequestRecord> {
  // Whoever a group on the item already gives the role asked is not invited again.
  let record = withGrants(claimed, groupCoveredGrants(claimed));
  if (record.attempts.some((a) => a.result === 'uncertain')) {
    const check = await checkAccess(record, port);
    if (!check.ok) return unknown(record, deps);
    record = withGrants(record, check.grants);
  }
  const missing = missingIndexes(record);
  if (missing.length === 0) return settled(record, deps);
  // One call per role (docs/graph-notes.md §1.2: one `roles` array for all of a call's recipients),
  // each its own attempt. A lost answer is read for that call's people before the next call; a
  // refusal ends the round (the people left are offered "Share with the others").
  for (const group of byRole(record, missing)) {
    const call = await inviteGroup(record, group.recipients, group.role, port, deps);
    record = call.record;
    if (!call.failure) continue;
    if (!mayHaveActed(call.failure)) return afterRefusal(record, group.recipients, call.failure, deps);
    const check = await checkAccess(record, port);
    if (!check.ok) return unknown(record, deps);
    record = withGrants(record, check.grants);
  }
  if (record.grants.length === 0) return backToConfirming(record, words.nothingSharedAfterCheckNote, deps);
  return settled(record, deps);
}

/** One invite call for `recipients` with `role`, recorded as an attempt; the failure when it failed. */
async function inviteGroup(
  record: ShareRequestRecord,
  recipients: number[],
  role: Role,
  port: GraphPort,
  deps: FlowDeps,
): Promise<{ record: ShareRequestRecord; failure?: GraphFailure }> {
  const startedAt = deps.now().getTime();
  let result: InviteResult;
  try {
    result = await port.invite(inviteRequest(record, recipients, role));
  } catch (error) {
    const failure = toFailure(error);
    if (!(error instanceof GraphRequestError)) {
      deps.log('error', 'invite failed unexpectedly', { requestId: record.id, error: String(error) });
    }
    const uncertain = mayHaveActed(failure);
    deps.log('warn', uncertain ? 'invite outcome unknown, reading access' : 'invite refused', {
      requestId: record.id,
      ...graphFailureFields(failure),
    });
    const attempt: InviteAttempt = {
      at: startedAt,
      recipients,
      result: uncertain
        ? 'uncertain'
        : failure.kind === 'throttled' || failure.kind === 'unavailable'
          ? 'notProcessed'
          : 'refused',
      graphRequestId: failure.requestId,
      status: failure.status,
    };
    return { record: { ...record, attempts: [...record.attempts, attempt] }, failure };
  }
  const attempt: InviteAttempt = {
    at: startedAt,
    recipients,
    result: 'granted',
    graphRequestId: result.requestId,
  };
  const grants = grantsFromInvite(record, recipients, result);
  return { record: withGrants({ ...record, attempts: [...record.attempts, attempt] }, grants) };
}

/**
 * Settles a `sharing` request by reading the item's access only, never inviting: "Check again"
 * and the recovery of a request whose process died while sharing.
 */
export async function settleByReading(
  claimed: ShareRequestRecord,
  port: GraphPort,
  deps: FlowDeps,
): Promise<ShareRequestRecord> {
  const viaGroup = withGrants(claimed, groupCoveredGrants(claimed));
  const check = await checkAccess(viaGroup, port);
  if (!check.ok) return unknown(claimed, deps);
  const record = withGrants(viaGroup, check.grants);
  if (record.grants.length === 0) return backToConfirming(record, words.nothingSharedAfterCheckNote, deps);
  return settled(record, deps, { checked: true });
}

/** The request as it stands when reading the access could not tell what happened. */
export function unknown(record: ShareRequestRecord, deps: FlowDeps): ShareRequestRecord {
  const itemName = record.item?.name ?? 'the item';
  return moveTo(
    record,
    'unknown',
    { outcome: { kind: 'unknown', itemName }, lease: undefined },
    deps.now().getTime(),
  );
}

/** A refused call (Graph did not act): partly shared when others got access, else retry or not shared. */
function afterRefusal(
  tried: ShareRequestRecord,
  refused: number[],
  failure: GraphFailure,
  deps: FlowDeps,
): ShareRequestRecord {
  const external = refused.some((index) => tried.recipients[index]?.external);
  const text = describeFailure(failure, { externalRecipients: external });
  if (tried.grants.length > 0) return settled(tried, deps, { missingReason: text.text });
  if (text.retryable) return backToConfirming(tried, text.text, deps);
  return moveTo(
    tried,
    'notShared',
    { outcome: { kind: 'notShared', title: text.title, text: text.text }, lease: undefined },
    deps.now().getTime(),
  );
}

/**
 * Everyone granted: shared; some: partly shared (with why the rest is missing, when known). An end
 * Graph cannot carry is scheduled in the ledger for the permissions the share created.
 * `checked`: the outcome was read from the item's access (also implied by an uncertain attempt).
 */
function settled(
  record: ShareRequestRecord,
  deps: FlowDeps,
  options: { missingReason?: string; checked?: boolean } = {},
): ShareRequestRecord {
  const at = deps.now().getTime();
  const lines = [...record.grants].sort((a, b) => a.recipient - b.recipient).map((g) => g.line);
  const checked = options.checked === true || record.attempts.some((a) => a.result === 'uncertain');
  const missingReason = options.missingReason;
  const missing = missingIndexes(record);
  if (missing.length === 0) {
    const shared = moveTo(
      record,
      'shared',
      { outcome: { kind: 'shared', lines, checked }, lease: undefined },
      at,
    );
    return scheduleAccessEnd(shared, at);
  }
  const missingNames = missing.map((index) => record.recipients[index].person.displayName);
  const partly = moveTo(
    record,
    'partlyShared',
    { outcome: { kind: 'partlyShared', lines, missingNames, reason: missingReason }, lease: undefined },
    at,
  );
  return scheduleAccessEnd(partly, at);
}

function backToConfirming(record: ShareRequestRecord, note: string, deps: FlowDeps): ShareRequestRecord {
  const confirmation = { ...record.confirmation, permissionsUnreadable: false, onlyNote: note };
  return moveTo(
    record,
    'confirming',
    { confirmation, outcome: undefined, lease: undefined },
    deps.now().getTime(),
  );
}

/** Adds grants, and the permissions among them that did not exist before the request (what Undo removes). */
function withGrants(record: ShareRequestRecord, grants: RecipientGrant[]): ShareRequestRecord {
  if (grants.length === 0) return record;
  const existing = new Set(record.existingPermissions.map((p) => p.id));
  const created = new Set(record.createdPermissionIds);
  for (const grant of grants) {
    if (grant.permissionId && !existing.has(grant.permissionId)) created.add(grant.permissionId);
  }
  return { ...record, grants: [...record.grants, ...grants], createdPermissionIds: [...created] };
}

function missingIndexes(record: ShareRequestRecord): number[] {
  const granted = new Set(record.grants.map((g) => g.recipient));
  return record.recipients.map((_, index) => index).filter((index) => !granted.has(index));
}

function inviteRequest(record: ShareRequestRecord, missing: number[], role: Role) {
  const item = record.item as DriveItemInfo;
  return {
    item: addressOf(item),
    recipients: missing.map((index) => toInviteRecipient(record.recipients[index])),
    roles: [role],
    // Always require sign-in: a folder refuses requireSignIn false, and both false is invalid (docs/graph-notes.md §1.3).
    requireSignIn: true,
    sendInvitation: record.notify,
    message: record.notify && record.message ? record.message : undefined,
    expirationDateTime: record.expiration && item.driveType === 'personal' ? record.expiration.at : undefined,
    password: record.password && item.driveType === 'personal' ? record.password : undefined,
  };
}

/** Users by address (UPN or primary SMTP), groups by mail when they have one (docs/graph-notes.md §4.3). */
function toInviteRecipient(recipient: ResolvedRecipient): InviteRecipient {
  const person = recipient.person;
  const email = person.email ?? person.userPrincipalName;
  if (email) return { email };
  if (person.id) return { objectId: person.id };
  return { alias: person.displayName };
}

/** One grant per invited recipient; Graph answers one permission per recipient, in order (docs/graph-notes.md §1.6). */
function grantsFromInvite(
  record: ShareRequestRecord,
  invited: number[],
  result: InviteResult,
): RecipientGrant[] {
  const item = record.item as DriveItemInfo;
  return invited.map((recipientIndex, position) => {
    const recipient = record.recipients[recipientIndex];
    const permission = matchPermission(recipient, result, position);
    return {
      recipient: recipientIndex,
      permissionId: permission?.id,
      line: resultLine(record, recipientIndex, permission, item),
    };
  });
}

function resultLine(
  record: ShareRequestRecord,
  index: number,
  permission: InviteResult['permissions'][number] | undefined,
  item: DriveItemInfo,
): ResultLineView {
  const recipient = record.recipients[index] as ResolvedRecipient;
  const granted: Role =
    permission?.roles.includes('write') || permission?.roles.includes('owner')
      ? 'write'
      : permission
        ? 'read'
        : roleOf(record, index);
  const failure = permission?.notificationError;
  return {
    displayName: recipient.person.displayName,
    email: recipient.person.email,
    role: granted,
    link: permission?.link?.webUrl ?? item.webUrl,
    emailSent: record.notify && !failure,
    warning: failure ? (failure.localizedMessage ?? clickWords.invitationEmailFailed) : undefined,
  };
}

function matchPermission(recipient: ResolvedRecipient, result: InviteResult, position: number) {
  const email = recipient.person.email?.toLowerCase();
  const byIdentity = result.permissions.find(
    (p) =>
      (recipient.person.id && p.grantee?.id === recipient.person.id) ||
      (email && (p.grantee?.email?.toLowerCase() === email || p.invitationEmail?.toLowerCase() === email)),
  );
  return byIdentity ?? result.permissions[position];
}
