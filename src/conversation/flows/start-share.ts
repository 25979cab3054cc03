import { noticeCard } from '../../cards/notice-card';
import { maxItemsPerShare } from '../../domain/limits';
import { type GraphFailure, GraphRequestError } from '../../graph/port';
import { describeFailure } from '../../wording/failures';
import * as replies from '../../wording/replies';
import * as severalWords from '../../wording/several-items';
import { cardForRecord } from '../card-for-record';
import type { ShareStarted } from '../context/recent-shares';
import { newShareRecord } from '../new-share-record';
import type { ParsedMessage } from '../parse/parsed-request';
import type { ChatTurn } from '../ports/chat-turn';
import type { FlowDeps } from '../ports/flow-deps';
import { graphFailureFields } from '../ports/log';
import { roledQueries } from '../resolve/recipient-roles';
import { resolveShare } from '../resolve/resolve-share';
import { startGroupShare } from './start-group-share';

/**
 * Most people one share invites. Graph documents no limit, but large invites time out (docs/graph-notes.md
 * §1.3: ~30 worked, 200 gave 504), and a card listing more is no longer a check anyone reads.
 */
export const maxRecipients = 20;

/** A parsed share request. */
export type ShareIntent = Extract<ParsedMessage, { intent: 'share' }>;

/**
 * Handles a share request typed in chat: checks it, finds the item and the people, and answers
 * with a pick card, a confirmation card, or a helpful refusal. Nothing is shared here; only a
 * click on the confirmation card shares. Returns the request stored and its card's message, when a card was sent.
 */
export async function startShare(
  turn: ChatTurn,
  request: ShareIntent,
  deps: FlowDeps,
): Promise<ShareStarted | undefined> {
  const refusal = checkRequest(request);
  if (refusal || !request.item) {
    await turn.sendText(refusal ?? replies.missingItemQuestion());
    return;
  }
  const items = [request.item, ...(request.otherItems ?? [])];
  if (items.length > maxItemsPerShare) {
    await turn.sendText(severalWords.tooManyItemsReply(items.length, maxItemsPerShare));
    return;
  }
  const access = await turn.openGraph();
  if (!access.ok) {
    await turn.sendText(replies.tokenRefusalReply(access));
    return;
  }
  if (request.recipients.length > maxRecipients) {
    await turn.sendText(replies.tooManyRecipientsReply(maxRecipients));
    return;
  }
  const roles = request.role.kind === 'perPerson' ? request.role.roles : undefined;
  const found = await roledQueries(turn, request.recipients, roles);
  if ('refusal' in found) {
    await turn.sendText(found.refusal);
    return;
  }
  const { queries } = found;
  if (queries.length > maxRecipients) {
    await turn.sendText(replies.tooManyRecipientsReply(maxRecipients));
    return;
  }
  if (queries.length === 0) {
    const askedForChat = request.recipients.some((r) => r.kind === 'chatMembers');
    await turn.sendText(askedForChat ? replies.emptyChatReply() : replies.selfOnlyReply());
    return;
  }
  if (items.length > 1) return await startGroupShare(turn, request, items, access.port, queries, deps);
  try {
    const resolution = await resolveShare(turn, access.port, request.item, queries);
    if (!resolution.ok) {
      if ('text' in resolution) await turn.sendText(resolution.text);
      else await sendFailure(turn, resolution.failure, deps);
      return;
    }
    const draft = newShareRecord(turn, request, request.item, resolution.share, deps);
    const ready = await cardForRecord(draft, access.port, turn.timeZone, deps.now().getTime());
    await deps.requests.create(ready.record);
    const cardActivityId = await turn.sendCard(ready.card);
    return { record: ready.record, cardActivityId };
  } catch (error) {
    if (!(error instanceof GraphRequestError)) throw error;
    await sendFailure(turn, error.failure, deps);
  }
}

/** Refuses requests that cannot go ahead before any lookup: roles Graph lacks, missing pieces. */
function checkRequest(request: ShareIntent): string | undefined {
  if (request.role.kind === 'owner') return replies.ownerRefusal(request.role.words);
  if (request.role.kind === 'unsupported') return replies.unsupportedRoleQuestion(request.role.words);
  if (request.role.kind === 'conflict') return replies.conflictingRolesQuestion(request.role.words);
  if (!request.item) return replies.missingItemQuestion();
  if (request.recipients.length === 0) {
    // Several items: the question names none of them (an answer completes one request only).
    const single = !request.otherItems?.length;
    return replies.missingRecipientsQuestion(
      single && request.item.kind === 'name' ? request.item.name : undefined,
    );
  }
  return;
}

async function sendFailure(turn: ChatTurn, failure: GraphFailure, deps: FlowDeps): Promise<void> {
  deps.log('warn', 'Graph failed while resolving a share', graphFailureFields(failure));
  const text = describeFailure(failure);
  await turn.sendCard(noticeCard({ title: text.title, text: text.text, tone: 'warning' }));
}
