import type { AdaptiveCard } from '../../cards/adaptive-card';
import { noticeCard } from '../../cards/notice-card';
import type { DriveItemInfo } from '../../domain/item';
import type { PermissionInfo } from '../../domain/permission';
import type { Role } from '../../domain/role';
import { type GraphFailure, type GraphPort, GraphRequestError, mayHaveActed } from '../../graph/port';
import { requestGoneRefusal } from '../../wording/clicks';
import { describeFailure } from '../../wording/failures';
import { tokenRefusalReply } from '../../wording/replies';
import * as words from '../../wording/role-changes';
import { findRoleSubject, sendRoleFailure } from '../access/find-role-subject';
import type { RoleChangeAsk } from '../access/read-role-change';
import type { RoleChangeActionHandler } from '../access/role-change-action-handler';
import { currentRoleChangeCard } from '../access/role-change-card-for-record';
import { moveRoleChange, type RoleChangeRecord } from '../access/role-change-request';
import { findRoleTarget, judgePermission, type RoleTarget, roleOfPermission } from '../access/role-target';
import type { ActionReply } from '../action-reply';
import { lastShare } from '../context/last-share';
import { itemAgain } from '../context/open-question';
import type { ItemRef } from '../parse/parsed-request';
import type { ChatTurn } from '../ports/chat-turn';
import type { FlowDeps } from '../ports/flow-deps';
import { graphFailureFields } from '../ports/log';
import { addressOf } from '../prepare-confirmation';
import { newRequestHeader } from '../request-header';
import { answerWithinBudget } from './confirm-share';

/** What a role change offers: a confirmation card (request stored), or a sentence saying why not. */
type RoleChangeOffer = { card: AdaptiveCard } | { text: string };

/**
 * "make Ana a viewer on plan.xlsx": finds the item and the person (one `$batch`), reads the item's
 * permissions and, when the person holds exactly one direct permission with another role, answers
 * with a confirmation card; anything else is answered in words and changes nothing. False when the
 * sentence is also a share ("let Ana only view plan.xlsx") and the person has no access yet: the
 * router then reads it as a share.
 */
export async function startRoleChange(
  turn: ChatTurn,
  ask: Exclude<RoleChangeAsk, { about: 'lastShare' }>,
  deps: FlowDeps,
): Promise<boolean> {
  if (ask.about === 'link') {
    await turn.sendText(words.linkRoleReply(itemRefName(ask.item), ask.role));
    return true;
  }
  if (ask.recipients.length > 1) {
    await turn.sendText(words.onePersonAtATimeReply);
    return true;
  }
  const itemRef = ask.item ?? (await lastSharedItem(turn, deps));
  if (!itemRef) {
    if (ask.shareIfNoAccess) return false;
    await turn.sendText(words.roleChangeItemMissingReply);
    return true;
  }
  const subject = await findRoleSubject(turn, itemRef, ask.recipients, deps);
  if (!subject) return true;
  const { item, person, permissions } = subject;
  const target = findRoleTarget(person, permissions, ask.role);
  if (target.kind === 'none' && ask.shareIfNoAccess) return false;
  const offer = await offerFor(turn, item, permissions, target, person.displayName, ask.role, deps);
  if ('card' in offer) await turn.sendCard(offer.card);
  else await turn.sendText(offer.text);
  return true;
}

/**
 * The entry for a "Change role" button on a list of who has access: reads the item's permissions,
 * and for exactly the permission `permissionId` stores a role change to `role` and returns its
 * confirmation card, or a notice saying why that permission cannot change (a link, inherited, the
 * owner, gone, the same role). Nothing changes until the requester clicks Change role.
 */
export async function offerRoleChange(
  turn: ChatTurn,
  port: GraphPort,
  item: DriveItemInfo,
  permissionId: string,
  role: Role,
  deps: FlowDeps,
): Promise<AdaptiveCard> {
  const [read] = await port.lookup([{ kind: 'permissions', item: addressOf(item) }] as const);
  if (!read.ok) throw new GraphRequestError(read.error);
  const permission = read.value.find((p) => p.id === permissionId);
  const personName = permission?.grantee?.displayName ?? permission?.grantee?.email ?? '';
  const offer = await offerFor(
    turn,
    item,
    read.value,
    judgePermission(permission, role),
    personName,
    role,
    deps,
  );
  return 'card' in offer
    ? offer.card
    : noticeCard({ title: words.roleRefusedTitle, text: offer.text, tone: 'info' });
}

/**
 * "make it view only" after Share: a role change of the one permission the last share gave. With
 * several people it asks whose; without a permission id in the ledger it asks for the person.
 */
export async function changeSharedRole(
  turn: ChatTurn,
  shared: { item: DriveItemInfo; permissionIds: string[] },
  role: Role,
  deps: FlowDeps,
): Promise<void> {
  const [permissionId, ...others] = shared.permissionIds;
  if (!permissionId || others.length > 0) {
    await turn.sendText(words.lastShareSeveralReply(shared.item.name, role));
    return;
  }
  const access = await turn.openGraph();
  if (!access.ok) {
    await turn.sendText(tokenRefusalReply(access, 'roleKept'));
    return;
  }
  try {
    await turn.sendCard(await offerRoleChange(turn, access.port, shared.item, permissionId, role, deps));
  } catch (error) {
    if (!(error instanceof GraphRequestError)) throw error;
    await sendRoleFailure(turn, error.failure, deps);
  }
}

/** Turns the judgement of the access list into a stored request and its card, or a sentence. */
async function offerFor(
  turn: ChatTurn,
  item: DriveItemInfo,
  permissions: readonly PermissionInfo[],
  target: RoleTarget,
  personName: string,
  role: Role,
  deps: FlowDeps,
): Promise<RoleChangeOffer> {
  // On someone else's item a non-owner sees only their own permissions (docs/graph-notes.md §7).
  const own = permissions.filter((p) => p.grantee?.id && p.grantee.id === turn.user.aadObjectId);
  if (item.remote && own.length > 0 && own.every((p) => roleOfPermission(p) === 'read'))
    return { text: words.viewOnlyRequesterReply(item.name) };
  switch (target.kind) {
    case 'change':
      return { card: currentRoleChangeCard(await storeRequest(turn, item, target, personName, role, deps)) };
    case 'same':
      return { text: words.sameRoleReply(personName, item.name, role) };
    case 'owner':
      return { text: words.ownerReply(personName, item.name) };
    case 'inherited':
      return { text: words.inheritedReply(personName, item.name) };
    case 'several':
      return { text: words.severalPermissionsReply(personName, item.name) };
    case 'link':
      return { text: words.throughLinkReply(personName, item.name, role) };
    case 'group':
      return { text: words.throughGroupReply(personName, item.name, target.groups) };
    case 'gone':
      return { text: words.permissionGoneText(personName || item.name, item.name) };
    case 'none':
      return {
        text: item.remote
          ? words.notYourItemReply(personName, item.name)
          : words.noAccessReply(personName, item.name, role),
      };
  }
}

async function storeRequest(
  turn: ChatTurn,
  item: DriveItemInfo,
  target: Extract<RoleTarget, { kind: 'change' }>,
  personName: string,
  role: Role,
  deps: FlowDeps,
): Promise<RoleChangeRecord> {
  const record: RoleChangeRecord = {
    ...newRequestHeader(turn, deps),
    status: 'confirming',
    item,
    permissionId: target.permission.id,
    personName,
    fromRole: target.from,
    toRole: role,
  };
  await deps.roleChanges.create(record);
  return record;
}

/**
 * Handles "Change role": claims the request so a second click cannot act again, PATCHes exactly
 * the permission the card named with exactly the role it showed, and after a lost answer reads the
 * permission back before saying anything (docs/graph-notes.md §5.2).
 */
export const changeRoleClick: RoleChangeActionHandler = async (turn, request, click, deps) => {
  const port = await click.graph();
  const claimed = moveRoleChange(request.value, 'changing', {}, deps.now().getTime());
  if (!(await deps.roleChanges.replace(claimed, request.eTag)))
    return await replayRoleChange(claimed.id, deps);
  const work = changeAndSettle(claimed, port, deps).then(async (settled) => {
    const stored = await deps.roleChanges.get(settled.id);
    if (stored) await deps.roleChanges.replace(settled, stored.eTag);
    return currentRoleChangeCard(settled);
  });
  return await answerWithinBudget(work, turn, deps, words.changingRoleNotice);
};

/** Handles Cancel: no role changes. */
export const cancelRoleChangeClick: RoleChangeActionHandler = async (_turn, request, _click, deps) => {
  const cancelled = moveRoleChange(request.value, 'cancelled', {}, deps.now().getTime());
  if (!(await deps.roleChanges.replace(cancelled, request.eTag)))
    return await replayRoleChange(cancelled.id, deps);
  return { card: currentRoleChangeCard(cancelled) };
};

async function replayRoleChange(id: string, deps: FlowDeps): Promise<ActionReply> {
  const stored = await deps.roleChanges.get(id);
  return stored ? { card: currentRoleChangeCard(stored.value) } : { refusal: requestGoneRefusal };
}

async function changeAndSettle(
  record: RoleChangeRecord,
  port: GraphPort,
  deps: FlowDeps,
): Promise<RoleChangeRecord> {
  const now = () => deps.now().getTime();
  const item = addressOf(record.item);
  try {
    const updated = await port.updatePermissionRoles(item, record.permissionId, [record.toRole]);
    if (roleOfPermission(updated) === record.toRole) return moveRoleChange(record, 'changed', {}, now());
    const other = words.roleNotTakenText(record.personName, roleOfPermission(updated), record.item.name);
    return moveRoleChange(record, 'refused', { outcomeText: other }, now());
  } catch (error) {
    if (!(error instanceof GraphRequestError)) throw error;
    deps.log('warn', 'changing a role failed', {
      requestId: record.id,
      ...graphFailureFields(error.failure),
    });
    if (error.failure.kind === 'notFound')
      return moveRoleChange(record, 'refused', { outcomeText: goneText(record) }, now());
    if (!mayHaveActed(error.failure))
      return moveRoleChange(record, 'refused', { outcomeText: refusalText(error.failure) }, now());
    const [read] = await port.lookup([{ kind: 'permissions', item }] as const);
    if (!read.ok)
      return moveRoleChange(
        record,
        'unknown',
        { outcomeText: words.roleUnknownText(record.personName, record.item.name) },
        now(),
      );
    const permission = read.value.find((p) => p.id === record.permissionId);
    if (!permission) return moveRoleChange(record, 'refused', { outcomeText: goneText(record) }, now());
    if (roleOfPermission(permission) === record.toRole) return moveRoleChange(record, 'changed', {}, now());
    const still = words.roleStillOldText(record.personName, record.fromRole, record.item.name);
    return moveRoleChange(record, 'refused', { outcomeText: still }, now());
  }
}

function goneText(record: RoleChangeRecord): string {
  return words.permissionGoneText(record.personName, record.item.name);
}

/** Graph's refusal in words: a 403 on a permission is a viewer, an inherited grant or a policy. */
function refusalText(failure: GraphFailure): string {
  if (failure.kind === 'forbidden') return words.roleNotAllowedText;
  return describeFailure(failure, { unchanged: 'roleKept' }).text;
}

/** The last share's item, found again by its link, when the sentence named none ("give Ana edit instead"). */
async function lastSharedItem(turn: ChatTurn, deps: FlowDeps): Promise<ItemRef | undefined> {
  const last = await lastShare(turn, deps);
  const webUrl = last?.stored.value.item?.webUrl;
  return webUrl ? itemAgain(webUrl) : undefined;
}

function itemRefName(item: ItemRef | undefined): string | undefined {
  if (!item) return undefined;
  if (item.kind === 'name') return item.name;
  if (item.kind === 'path') return item.path.split('/').filter(Boolean).pop();
  return undefined;
}
