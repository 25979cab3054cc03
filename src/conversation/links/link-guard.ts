import { noticeCard } from '../../cards/notice-card';
import type { Versioned } from '../../state/request-store';
import * as words from '../../wording/clicks';
import { linkExpiredText } from '../../wording/links';
import type { ActionReply } from '../action-reply';
import type { ChatTurn } from '../ports/chat-turn';
import type { FlowDeps } from '../ports/flow-deps';
import { currentLinkCard } from './link-card-for-record';
import { type LinkRequestRecord, type LinkStatus, moveLink } from './link-request';

/**
 * The link requests' counterpart of `guardRequest`: the record exists, the clicker is the
 * requester (docs/teams-notes.md §T5), an open card has not expired, and the status is one the
 * row accepts; otherwise the card of where the request stands, so a second click never acts twice.
 */
export async function guardLinkRequest(
  turn: ChatTurn,
  requestId: string,
  expected: readonly LinkStatus[],
  deps: FlowDeps,
): Promise<{ ok: true; request: Versioned<LinkRequestRecord> } | { ok: false; reply: ActionReply }> {
  const stored = await deps.linkRequests.get(requestId);
  if (!stored)
    return { ok: false, reply: { card: noticeCard({ ...words.requestGoneNotice, tone: 'warning' }) } };
  const record = stored.value;
  if (!turn.user.aadObjectId || turn.user.aadObjectId !== record.requesterAadId) {
    return { ok: false, reply: { refusal: words.notTheRequesterRefusal(record.requesterName) } };
  }
  if (record.status === 'confirming' && deps.now().getTime() > record.expiresAt) {
    const expired = moveLink(record, 'cancelled', { outcomeText: linkExpiredText }, deps.now().getTime());
    await deps.linkRequests.replace(expired, stored.eTag);
    return { ok: false, reply: { card: currentLinkCard(expired, turn.timeZone) } };
  }
  if (!expected.includes(record.status)) {
    return { ok: false, reply: { card: currentLinkCard(record, turn.timeZone) } };
  }
  return { ok: true, request: stored };
}
