import type { AdaptiveCard } from '../cards/adaptive-card';
import { noticeCard } from '../cards/notice-card';
import { type GraphFailure, GraphRequestError } from '../graph/types';
import { RequestStore } from '../state/request-store';
import { cardForRecord } from './card-for-record';
import type { ChatMember, ChatTurn } from './chat-turn';
import { describeFailure } from './describe-failure';
import type { FlowDeps } from './flow-deps';
import type { ParsedMessage, RecipientRef } from './parse/parsed-request';
import * as replies from './replies';
import { LookupPlan } from './resolve/lookup-plan';
import { evaluateItem, planItem } from './resolve/resolve-item';
import { evaluateRecipients, planRecipients, type RecipientQuery } from './resolve/resolve-recipients';
import type { ShareRequestRecord } from './share-request';

/** A parsed share request. */
export type ShareIntent = Extract<ParsedMessage, { intent: 'share' }>;

/**
 * Handles a share request typed in chat: checks it, finds the item and the people in one Graph
 * round trip, and answers with a pick card, a confirmation card, or a helpful refusal.
 * Nothing is shared here; only a click on the confirmation card shares.
 */
export async function startShare(turn: ChatTurn, request: ShareIntent, deps: FlowDeps): Promise<void> {
  const refusal = checkRequest(request);
  if (refusal) {
    await turn.sendText(refusal);
    return;
  }
  const item = request.item as NonNullable<ShareIntent['item']>;
  const access = await turn.openGraph();
  if (!access.ok) {
    await turn.sendText(replies.tokenRefusalReply(access));
    return;
  }
  const queries = await recipientQueries(turn, request.recipients);
  if (queries.length === 0) {
    await turn.sendText(
      request.recipients.some((r) => r.kind === 'chatMembers')
        ? replies.emptyChatReply()
        : replies.selfOnlyReply(),
    );
    return;
  }

  const port = access.port;
  const plan = new LookupPlan();
  const itemSlots = planItem(plan, item);
  const recipientSlots = planRecipients(plan, queries);
  const requesterSlot = turn.user.aadObjectId
    ? plan.add({ kind: 'user', id: turn.user.aadObjectId })
    : undefined;
  try {
    await plan.run(port);
  } catch (error) {
    await sendFailure(turn, error);
    return;
  }

  const requester = requesterSlot ? plan.value(requesterSlot) : undefined;
  const requesterPerson = requester && 'value' in requester ? requester.value : null;
  const domain = (requesterPerson?.email ?? requesterPerson?.userPrincipalName)?.split('@')[1]?.toLowerCase();
  const itemResult = await evaluateItem(plan, itemSlots, port);
  const people = evaluateRecipients(plan, recipientSlots, domain);
  people.resolved = people.resolved.filter((r) => !isRequester(r.person, turn, requesterPerson?.email));

  const problems: string[] = [];
  if (itemResult.kind === 'failed') {
    await sendFailureText(turn, itemResult.error);
    return;
  }
  if (people.failures.length > 0) {
    await sendFailureText(turn, people.failures[0]);
    return;
  }
  if (itemResult.kind === 'notFound')
    problems.push(replies.itemNotFoundReply(itemResult.searched, itemResult.suggestions));
  if (people.notFound.length > 0 || people.unknownInternal.length > 0) {
    problems.push(replies.peopleNotFoundReply(people.notFound, people.unknownInternal));
  }
  if (problems.length > 0) {
    await turn.sendText(problems.join('\n\n'));
    return;
  }
  if (people.resolved.length === 0 && people.pending.length === 0) {
    await turn.sendText(replies.selfOnlyReply());
    return;
  }

  const now = deps.now().getTime();
  const record: ShareRequestRecord = {
    id: RequestStore.newId(),
    requesterAadId: turn.user.aadObjectId ?? '',
    requesterName: turn.user.name,
    conversationId: turn.conversation.id,
    createdAt: now,
    expiresAt: now + deps.requestTtlMs,
    status: 'pickingFile',
    itemRef: item,
    item: itemResult.kind === 'found' ? itemResult.item : undefined,
    fileChoices: itemResult.kind === 'ambiguous' ? itemResult.choices : undefined,
    recipients: people.resolved,
    pending: people.pending,
    role: request.role.kind === 'role' ? request.role.role : 'read',
    notify: request.options.sendInvitation ?? true,
    message: request.options.message,
    expiration: request.options.expiration
      ? { at: request.options.expiration.at.toISOString(), words: request.options.expiration.words }
      : undefined,
    password: request.options.password,
    requireSignIn: true,
    existingPermissions: [],
    createdPermissionIds: [],
  };
  let ready: { record: ShareRequestRecord; card: AdaptiveCard };
  try {
    ready = await cardForRecord(record, port, turn.timeZone);
  } catch (error) {
    await sendFailure(turn, error);
    return;
  }
  await deps.requests.create(ready.record);
  await turn.sendCard(ready.card);
}

/** Refuses requests that cannot go ahead before any lookup: roles Graph lacks, missing pieces. */
function checkRequest(request: ShareIntent): string | undefined {
  if (request.role.kind === 'owner') return replies.ownerRefusal(request.role.words);
  if (request.role.kind === 'unsupported') return replies.unsupportedRoleQuestion(request.role.words);
  if (request.role.kind === 'conflict') return replies.conflictingRolesQuestion(request.role.words);
  if (!request.item) return replies.missingItemQuestion();
  if (request.otherItems && request.otherItems.length > 0) return replies.oneItemAtATimeReply();
  if (request.recipients.length === 0) {
    return replies.missingRecipientsQuestion(request.item.kind === 'name' ? request.item.name : undefined);
  }
  return undefined;
}

/** Turns recipient references into queries, asking Teams about mentions and the chat roster. */
async function recipientQueries(turn: ChatTurn, refs: RecipientRef[]): Promise<RecipientQuery[]> {
  const queries: RecipientQuery[] = [];
  for (const ref of refs) {
    if (ref.kind === 'email') queries.push({ kind: 'email', email: ref.email });
    else if (ref.kind === 'name') queries.push({ kind: 'name', text: ref.text });
    else if (ref.kind === 'mention') {
      const member: ChatMember = ref.aadObjectId
        ? { aadObjectId: ref.aadObjectId, name: ref.name }
        : ((await turn.getMember(ref.teamsId)) ?? { name: ref.name });
      if (member.aadObjectId !== turn.user.aadObjectId)
        queries.push({ kind: 'member', member, label: ref.name });
    } else {
      const members = await turn.listMembers();
      for (const member of members) {
        if (member.aadObjectId && member.aadObjectId !== turn.user.aadObjectId) {
          queries.push({ kind: 'member', member, label: member.name });
        }
      }
    }
  }
  return queries;
}

function isRequester(
  person: { id?: string; email?: string },
  turn: ChatTurn,
  requesterEmail?: string,
): boolean {
  if (person.id && person.id === turn.user.aadObjectId) return true;
  return !!requesterEmail && person.email?.toLowerCase() === requesterEmail.toLowerCase();
}

async function sendFailure(turn: ChatTurn, error: unknown): Promise<void> {
  if (error instanceof GraphRequestError) {
    await sendFailureText(turn, error.failure);
    return;
  }
  throw error;
}

async function sendFailureText(turn: ChatTurn, failure: GraphFailure): Promise<void> {
  const text = describeFailure(failure);
  await turn.sendCard(noticeCard({ title: text.title, text: text.text, tone: 'warning' }));
}
