import { noticeCard } from '../../cards/notice-card';
import type { Versioned } from '../../state/request-store';
import { accessExpiredText } from '../../wording/access-changes';
import * as words from '../../wording/clicks';
import type { ActionReply } from '../action-reply';
import type { ChatTurn } from '../ports/chat-turn';
import type { FlowDeps } from '../ports/flow-deps';
import { currentAccessCard } from './access-card-for-record';
import { type AccessRequestRecord, type AccessStatus, moveAccess } from './access-request';

/** The statuses whose card still offers a click that changes something. */
const openStatuses: readonly AccessStatus[] = ['listing', 'pickingPerson', 'confirming'];

/**
 * The access requests' counterpart of `guardRequest`: the record exists, the clicker is the
 * requester (docs/teams-notes.md §T5), an open card has not expired, and the status is one the
 * row accepts; otherwise the card of where the request stands, so a second click never acts twice.
 */
export async function guardAccessRequest(
  turn: ChatTurn,
  requestId: string,
  expected: readonly AccessStatus[],
  deps: FlowDeps,
): Promise<{ ok: true; request: Versioned<AccessRequestRecord> } | { ok: false; reply: ActionReply }> {
  const stored = await deps.accessRequests.get(requestId);
  if (!stored)
    return { ok: false, reply: { card: noticeCard({ ...words.requestGoneNotice, tone: 'warning' }) } };
  const record = stored.value;
  if (!turn.user.aadObjectId || turn.user.aadObjectId !== record.requesterAadId) {
    return { ok: false, reply: { refusal: words.notTheRequesterRefusal(record.requesterName) } };
  }
  if (openStatuses.includes(record.status) && deps.now().getTime() > record.expiresAt) {
    const expired = moveAccess(record, 'cancelled', { outcomeText: accessExpiredText }, deps.now().getTime());
    await deps.accessRequests.replace(expired, stored.eTag);
    return { ok: false, reply: { card: currentAccessCard(expired, turn.timeZone) } };
  }
  if (!expected.includes(record.status)) {
    return { ok: false, reply: { card: currentAccessCard(record, turn.timeZone) } };
  }
  return { ok: true, request: stored };
}
