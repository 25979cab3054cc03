import { findAccess } from '../../domain/access-findings';
import type { DriveItemInfo } from '../../domain/item';
import type { PermissionInfo } from '../../domain/permission';
import type { PersonInfo } from '../../domain/person';
import { type GraphPort, GraphRequestError } from '../../graph/port';
import * as words from '../../wording/access-changes';
import { requestGoneRefusal } from '../../wording/clicks';
import { describeFailure } from '../../wording/failures';
import { unchangedSentence } from '../../wording/unchanged';
import type { AccessActionHandler } from '../access/access-action-handler';
import { currentAccessCard } from '../access/access-card-for-record';
import { accessLinesOf, granteesOf, linesOf, linkGrantsOf, requesterMayManage } from '../access/access-lines';
import {
  type AccessLine,
  type AccessRequestRecord,
  moveAccess,
  type RemovalResult,
} from '../access/access-request';
import type { AccessCommand } from '../access/read-access-command';
import { removePermissions } from '../access/remove-permissions';
import type { ActionReply } from '../action-reply';
import { type FoundLinkItem, findLinkItem, sendLinkFailure } from '../links/find-link-item';
import type { ItemRef, RecipientRef } from '../parse/parsed-request';
import type { ChatTurn } from '../ports/chat-turn';
import type { FlowDeps } from '../ports/flow-deps';
import { graphFailureFields } from '../ports/log';
import { addressOf } from '../prepare-confirmation';
import { newRequestHeader } from '../request-header';
import { rankPeople } from '../resolve/rank-people';
import { recipientQueries } from '../resolve/recipient-queries';
import { describeItemRef } from '../resolve/resolve-item';
import { resolveQuestion } from '../resolve/resolve-question';
import { answerWithinBudget } from './confirm-share';
import { chosenIndex } from './pick-choice';

/** What one person's removal comes to: the permissions to remove and those that stay, or why there are none. */
type RemovalPlan = { targets: AccessLine[]; kept: AccessLine[] } | { text: string };

/**
 * "remove Ana from plan.xlsx", "stop sharing plan.xlsx with Ana": finds the one item, reads its
 * permissions, and matches the name against the people and groups on them. One match with a
 * direct permission: a confirmation card naming exactly that permission. Two of that name: a pick
 * card. Access through the folder above, a group or a link, the owner, no access at all, or a
 * requester who can only view: said in words, and nothing is removed.
 */
export async function startRemoval(
  turn: ChatTurn,
  ask: Extract<AccessCommand, { action: 'remove' }>,
  deps: FlowDeps,
): Promise<void> {
  if (!ask.item) {
    await turn.sendText(words.removeItemMissingReply);
    return;
  }
  if (ask.severalItems) {
    await turn.sendText(words.oneItemAtATimeReply);
    return;
  }
  const [ref, ...others] = ask.recipients;
  if (!ref) {
    await turn.sendText(words.removeNobodyNamedReply(describeItemRef(ask.item)));
    return;
  }
  if (others.length > 0 || ref.kind === 'chatMembers') {
    await turn.sendText(words.oneAtATimeReply);
    return;
  }
  const read = await readAccess(turn, ask, deps);
  if (!read) return;
  const { found, permissions, lines } = read;
  const matches = matchGrantees(ref, granteesOf(lines));
  if (matches.length > 1) {
    const query = ref.kind === 'name' ? ref.text : ref.kind === 'email' ? ref.email : ref.name;
    const record = newRecord(turn, found, lines, deps, {
      status: 'pickingPerson',
      pick: { query, choices: matches },
    });
    await deps.accessRequests.create(record);
    await turn.sendCard(currentAccessCard(record, turn.timeZone));
    return;
  }
  const person = matches[0] ?? (await personInDirectory(turn, found, ask.item, ref, deps));
  if (!person) return;
  const plan = planRemoval(person, lines, permissions, found.item);
  if ('text' in plan) {
    await turn.sendText(plan.text);
    return;
  }
  const record = newRecord(turn, found, lines, deps, { status: 'confirming', ...plan });
  await deps.accessRequests.create(record);
  await turn.sendCard(currentAccessCard(record, turn.timeZone));
}

/**
 * "stop sharing plan.xlsx", "make plan.xlsx private": a confirmation card listing exactly what
 * would be removed (the direct permissions and links the requester may remove) and what stays
 * (the owner, access from the folder above, the requester's own).
 */
export async function startStopSharing(
  turn: ChatTurn,
  ask: Extract<AccessCommand, { action: 'stopSharing' }>,
  deps: FlowDeps,
): Promise<void> {
  if (ask.severalItems) {
    await turn.sendText(words.oneItemAtATimeReply);
    return;
  }
  // Its card lists everyone who has access: only in the personal chat (like who has access).
  if (turn.conversation.kind !== 'personal') {
    await turn.sendText(words.accessListPrivateReply);
    return;
  }
  const read = await readAccess(turn, ask, deps);
  if (!read) return;
  // The requester's own access stays: stopping sharing never locks them out of the item.
  const requester = turn.user.aadObjectId;
  const targets = read.lines.filter(
    (l) => l.removable && (requester === undefined || l.granteeId !== requester),
  );
  if (targets.length === 0) {
    await turn.sendText(words.nothingToStopReply(read.found.item.name));
    return;
  }
  const kept = read.lines.filter((l) => !targets.includes(l));
  const record = newRecord(turn, read.found, read.lines, deps, {
    action: 'removeAll',
    status: 'confirming',
    targets,
    kept,
  });
  await deps.accessRequests.create(record);
  await turn.sendCard(currentAccessCard(record, turn.timeZone));
}

/** The one item and its permissions, or undefined once the reason was said (also a viewer's). */
async function readAccess(
  turn: ChatTurn,
  ask: { item?: ItemRef },
  deps: FlowDeps,
): Promise<{ found: FoundLinkItem; permissions: PermissionInfo[]; lines: AccessLine[] } | undefined> {
  const found = await findLinkItem(turn, ask.item, [], 'accessKept', deps, words.removeItemMissingReply);
  if (!found) return;
  const [read] = await found.port.lookup([{ kind: 'permissions', item: addressOf(found.item) }] as const);
  if (!read.ok) {
    await sendLinkFailure(turn, read.error, 'accessKept', deps);
    return;
  }
  if (!requesterMayManage(read.value, turn.user.aadObjectId)) {
    await turn.sendText(words.viewerReply(found.item.name));
    return;
  }
  return { found, permissions: read.value, lines: accessLinesOf(read.value, true, found.item.driveType) };
}

/** The people and groups on the access list the reference means: by @mention, address, or name (exact before partial). */
function matchGrantees(ref: RecipientRef, grantees: PersonInfo[]): PersonInfo[] {
  if (ref.kind === 'mention')
    return grantees.filter((g) => ref.aadObjectId !== undefined && g.id === ref.aadObjectId);
  if (ref.kind === 'email') return grantees.filter((g) => g.email?.toLowerCase() === ref.email.toLowerCase());
  if (ref.kind !== 'name') return [];
  const ranked = rankPeople(ref.text, grantees);
  const exact = ranked.filter((r) => r.match === 'exact');
  return (exact.length > 0 ? exact : ranked.filter((r) => r.match === 'partial')).map((r) => r.person);
}

/**
 * Someone not on the access list by name: found in the directory (never picking), so the answer
 * can say how they reach the item (a link, a group) or that they have no access.
 */
async function personInDirectory(
  turn: ChatTurn,
  found: FoundLinkItem,
  itemRef: ItemRef,
  ref: RecipientRef,
  deps: FlowDeps,
): Promise<PersonInfo | undefined> {
  const queries = await recipientQueries(turn, [ref]);
  if ('refusal' in queries) {
    await turn.sendText(queries.refusal);
    return;
  }
  try {
    const resolution = await resolveQuestion(turn, found.port, itemRef, queries.queries);
    if (!resolution.ok) {
      if ('text' in resolution) await turn.sendText(`${resolution.text} ${unchangedSentence('accessKept')}`);
      else await sendLinkFailure(turn, resolution.failure, 'accessKept', deps);
      return;
    }
    return resolution.people[0]?.person;
  } catch (error) {
    if (!(error instanceof GraphRequestError)) throw error;
    await sendLinkFailure(turn, error.failure, 'accessKept', deps);
  }
}

/**
 * Exactly this person's direct permissions (and, except on a personal OneDrive, where Graph has no
 * revokeGrants, their place on specific-people links), or the sentence that says where their
 * access comes from.
 */
function planRemoval(
  person: PersonInfo,
  lines: AccessLine[],
  permissions: PermissionInfo[],
  item: DriveItemInfo,
): RemovalPlan {
  const own = linesOf(person, lines);
  const grants = linkGrantsOf(person, lines).filter((l) => l.removable);
  const revocable = item.driveType === 'personal' ? [] : grants;
  const targets = [...own.filter((l) => l.removable), ...revocable];
  if (targets.length > 0) return { targets, kept: own.filter((l) => !l.removable) };
  const name = person.displayName;
  if (own.some((l) => l.role === 'owner')) return { text: words.ownerReply(name, item.name) };
  if (own.some((l) => l.origin === 'inherited')) return { text: words.inheritedReply(name, item.name) };
  if (grants.length > 0) return { text: words.throughGroupReply(name, item.name, [], true) };
  const finding = findAccess(person, permissions);
  if (finding.kind === 'link') return { text: words.throughLinkReply(name, item.name, finding.reach) };
  if (finding.kind === 'cannotTell')
    return { text: words.throughGroupReply(name, item.name, finding.groups, finding.peopleLinks) };
  return { text: words.noAccessReply(name, item.name) };
}

function newRecord(
  turn: ChatTurn,
  found: FoundLinkItem,
  lines: AccessLine[],
  deps: FlowDeps,
  changes: Partial<AccessRequestRecord> & Pick<AccessRequestRecord, 'status'>,
): AccessRequestRecord {
  return {
    ...newRequestHeader(turn, deps),
    action: 'removePerson',
    item: found.item,
    lines,
    targets: [],
    kept: [],
    ...changes,
  };
}

/** Handles a choice on the pick card: the card becomes the confirmation for that person, or says why not. */
export const pickRemovalClick: AccessActionHandler = async (turn, request, click, deps) => {
  const record = request.value;
  const choices = record.pick?.choices ?? [];
  const index = chosenIndex(click.choice, choices.length);
  const person = typeof index === 'number' ? choices[index] : undefined;
  const now = deps.now().getTime();
  let next: AccessRequestRecord;
  if (!person) next = moveAccess(record, 'cancelled', { outcomeText: words.pickNoneText }, now);
  else {
    // The choices came from the access list, so the person's own lines decide; no other access is looked at.
    const plan = planRemoval(person, record.lines, [], record.item);
    next =
      'text' in plan
        ? moveAccess(record, 'cancelled', { outcomeText: plan.text }, now)
        : moveAccess(record, 'confirming', { ...plan, pick: undefined }, now);
  }
  if (!(await deps.accessRequests.replace(next, request.eTag)))
    return await replayAccess(next.id, turn, deps);
  return { card: currentAccessCard(next, turn.timeZone) };
};

/** Handles "Keep it": nothing is removed. */
export const keepAccessClick: AccessActionHandler = async (turn, request, _click, deps) => {
  const kept = moveAccess(request.value, 'cancelled', {}, deps.now().getTime());
  if (!(await deps.accessRequests.replace(kept, request.eTag)))
    return await replayAccess(kept.id, turn, deps);
  return { card: currentAccessCard(kept, turn.timeZone) };
};

/**
 * Handles Remove on a confirmation: claims the request (a second click cannot remove again) and
 * removes exactly the permissions the card named, through the one removal path; the card then
 * says for each whether it was removed, already gone, or not removed and why.
 */
export const removeAccessClick: AccessActionHandler = async (turn, request, click, deps) => {
  const port = await click.graph();
  const claimed = moveAccess(request.value, 'removing', {}, deps.now().getTime());
  if (!(await deps.accessRequests.replace(claimed, request.eTag)))
    return await replayAccess(claimed.id, turn, deps);
  const work = removeAndSettle(claimed, port, deps).then(async (settled) => {
    const stored = await deps.accessRequests.get(settled.id);
    if (stored) await deps.accessRequests.replace(settled, stored.eTag);
    return currentAccessCard(settled, turn.timeZone);
  });
  return await answerWithinBudget(work, turn, deps, words.removingNotice);
};

async function removeAndSettle(
  record: AccessRequestRecord,
  port: GraphPort,
  deps: FlowDeps,
): Promise<AccessRequestRecord> {
  const removals = await removePermissions(
    port,
    addressOf(record.item),
    record.targets.map((t) =>
      t.revoke
        ? {
            permissionId: t.permissionId,
            grantee: t.revoke.id ? { objectId: t.revoke.id } : { email: t.revoke.email ?? '' },
          }
        : t.permissionId,
    ),
  );
  const results: RemovalResult[] = removals.map((removal, index) => {
    const line = record.targets[index] as AccessLine;
    if (removal.outcome !== 'failed') return { line, outcome: removal.outcome };
    deps.log('warn', 'removing a permission failed', {
      requestId: record.id,
      ...graphFailureFields(removal.failure),
    });
    // Graph refuses to delete inherited access with 403 notAllowed; on work drives and libraries it
    // never said the permission was inherited (https://learn.microsoft.com/graph/api/permission-delete).
    const reason =
      removal.failure.code === 'notAllowed'
        ? words.removeInheritedRefusedText
        : removal.failure.kind === 'forbidden'
          ? words.removeForbiddenText
          : describeFailure(removal.failure, { unchanged: 'accessKept' }).text;
    return { line, outcome: 'failed', text: words.failedWords(reason, removal.mayHaveActed) };
  });
  return moveAccess(record, 'done', { results }, deps.now().getTime());
}

/** The card of an access request another click changed first. */
export async function replayAccess(id: string, turn: ChatTurn, deps: FlowDeps): Promise<ActionReply> {
  const stored = await deps.accessRequests.get(id);
  return stored ? { card: currentAccessCard(stored.value, turn.timeZone) } : { refusal: requestGoneRefusal };
}
