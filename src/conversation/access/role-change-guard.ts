import { noticeCard } from '../../cards/notice-card';
import type { Versioned } from '../../state/request-store';
import * as words from '../../wording/clicks';
import { roleChangeExpiredText, roleChangeGoneNotice } from '../../wording/role-changes';
import type { ActionReply } from '../action-reply';
import type { ChatTurn } from '../ports/chat-turn';
import type { FlowDeps } from '../ports/flow-deps';
import { currentRoleChangeCard } from './role-change-card-for-record';
import { moveRoleChange, type RoleChangeRecord, type RoleChangeStatus } from './role-change-request';

/**
 * The role changes' counterpart of `guardRequest`: the record exists, the clicker is the requester
 * (docs/teams-notes.md §T5), an open card has not expired, and the status is one the row accepts;
 * otherwise the card of where the change stands, so a second click never acts twice.
 */
export async function guardRoleChange(
  turn: ChatTurn,
  requestId: string,
  expected: readonly RoleChangeStatus[],
  deps: FlowDeps,
): Promise<{ ok: true; request: Versioned<RoleChangeRecord> } | { ok: false; reply: ActionReply }> {
  const stored = await deps.roleChanges.get(requestId);
  if (!stored)
    return { ok: false, reply: { card: noticeCard({ ...roleChangeGoneNotice, tone: 'warning' }) } };
  const record = stored.value;
  if (!turn.user.aadObjectId || turn.user.aadObjectId !== record.requesterAadId) {
    return { ok: false, reply: { refusal: words.notTheRequesterRefusal(record.requesterName) } };
  }
  const now = deps.now().getTime();
  if (record.status === 'confirming' && now > record.expiresAt) {
    const expired = moveRoleChange(record, 'cancelled', { outcomeText: roleChangeExpiredText }, now);
    await deps.roleChanges.replace(expired, stored.eTag);
    return { ok: false, reply: { card: currentRoleChangeCard(expired) } };
  }
  if (!expected.includes(record.status)) return { ok: false, reply: { card: currentRoleChangeCard(record) } };
  return { ok: true, request: stored };
}
