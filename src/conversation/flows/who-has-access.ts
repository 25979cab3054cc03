import * as answers from '../../wording/access-answers';
import * as words from '../../wording/access-changes';
import type { AccessActionHandler } from '../access/access-action-handler';
import { currentAccessCard } from '../access/access-card-for-record';
import { accessLinesOf, requesterMayManage } from '../access/access-lines';
import { type AccessRequestRecord, moveAccess } from '../access/access-request';
import { timedAccessEnds } from '../access/timed-access-ends';
import { findLinkItem, sendLinkFailure } from '../links/find-link-item';
import type { ChatTurn } from '../ports/chat-turn';
import type { FlowDeps } from '../ports/flow-deps';
import { addressOf } from '../prepare-confirmation';
import { newRequestHeader } from '../request-header';
import type { AccessQuestion } from './answer-access-question';
import { offerRoleChange } from './change-role';
import { chosenIndex } from './pick-choice';
import { replayAccess } from './remove-access';

/**
 * "who has access to plan.xlsx?", "who can edit report.xlsx?": reads the one item's permissions
 * and answers with a card listing each (people and groups with their role, links with type, scope
 * and expiry, direct or from the folder above). Direct permissions the requester may change carry
 * Remove, which asks for a confirmation first. Reads only.
 */
export async function showWhoHasAccess(
  turn: ChatTurn,
  question: AccessQuestion,
  deps: FlowDeps,
): Promise<void> {
  if (turn.conversation.kind !== 'personal') {
    await turn.sendText(words.accessListPrivateReply);
    return;
  }
  const found = await findLinkItem(turn, question.item, [], 'accessKept', deps, answers.questionNeedsItem());
  if (!found) return;
  const [read] = await found.port.lookup([{ kind: 'permissions', item: addressOf(found.item) }] as const);
  if (!read.ok) {
    await sendLinkFailure(turn, read.error, 'accessKept', deps);
    return;
  }
  const mayManage = requesterMayManage(read.value, turn.user.aadObjectId);
  // Timed access Sharebot ends itself: each line says until when (Graph's own ends come with the permission).
  const ends = await timedAccessEnds([found.item], deps);
  const editorsOnly = question.role === 'write';
  const record: AccessRequestRecord = {
    ...newRequestHeader(turn, deps),
    action: 'list',
    status: 'listing',
    item: found.item,
    lines: accessLinesOf(read.value, mayManage, found.item.driveType)
      .filter((line) => !editorsOnly || line.role !== 'read' || line.link?.type === 'edit')
      .map((line) => (ends.has(line.permissionId) ? { ...line, endsAt: ends.get(line.permissionId) } : line)),
    ...(editorsOnly ? { editorsOnly } : {}),
    targets: [],
    kept: [],
  };
  await deps.accessRequests.create(record);
  await turn.sendCard(currentAccessCard(record, turn.timeZone));
}

/**
 * Handles Remove on one line of the who-has-access card: the card becomes the confirmation for
 * exactly that permission; nothing is removed until Remove is clicked there.
 */
/**
 * Handles Make editor / Make viewer on one line of the who-has-access card: the card becomes the
 * role-change confirmation for exactly that permission (the same entry as "make Ana a viewer on
 * X" in chat); nothing changes until Change role is clicked there.
 */
export const changeListedRoleClick: AccessActionHandler = async (turn, request, click, deps) => {
  const index = chosenIndex(click.choice, request.value.lines.length);
  const line = typeof index === 'number' ? request.value.lines[index] : undefined;
  if (!line?.removable || line.kind === 'link' || line.role === 'owner')
    return { refusal: words.notOnTheListRefusal };
  const port = await click.graph();
  const target = line.role === 'read' ? 'write' : 'read';
  return { card: await offerRoleChange(turn, port, request.value.item, line.permissionId, target, deps) };
};

export const removeListedClick: AccessActionHandler = async (turn, request, click, deps) => {
  const index = chosenIndex(click.choice, request.value.lines.length);
  const line = typeof index === 'number' ? request.value.lines[index] : undefined;
  if (!line?.removable) return { refusal: words.notOnTheListRefusal };
  const confirming = moveAccess(
    request.value,
    'confirming',
    { action: 'removePerson', targets: [line], kept: [] },
    deps.now().getTime(),
  );
  if (!(await deps.accessRequests.replace(confirming, request.eTag)))
    return await replayAccess(confirming.id, turn, deps);
  return { card: currentAccessCard(confirming, turn.timeZone) };
};
