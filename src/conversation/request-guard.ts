import type { AdaptiveCard } from '../cards/adaptive-card';
import { confirmCard } from '../cards/confirm-card';
import { noticeCard } from '../cards/notice-card';
import type { Versioned } from '../state/request-store';
import * as words from '../wording/clicks';
import type { ActionReply } from './action-reply';
import { outcomeCard } from './outcome-card';
import type { ChatTurn } from './ports/chat-turn';
import type { FlowDeps } from './ports/flow-deps';
import { buildConfirmModel, type CardViewer } from './prepare-confirmation';
import type { ShareRequestRecord } from './share-request';
import { moveTo, openStatuses, type ShareStatus } from './share-states';

/**
 * Loads the request a click refers to and checks it may be acted on: it exists, the clicker is
 * the requester (checked on every action; hiding buttons is not enough, docs/teams-notes.md §T5), it has
 * not expired, and it is in one of the expected statuses. Otherwise returns what to answer:
 * a refusal, or the outcome that already happened (so a second click never acts twice).
 */
export async function guardRequest(
  turn: ChatTurn,
  requestId: string,
  expected: readonly ShareStatus[],
  deps: FlowDeps,
): Promise<{ ok: true; request: Versioned<ShareRequestRecord> } | { ok: false; reply: ActionReply }> {
  const stored = await deps.requests.get(requestId);
  if (!stored) {
    return {
      ok: false,
      reply: {
        card: noticeCard({ ...words.requestGoneNotice, tone: 'warning' }),
      },
    };
  }
  const record = stored.value;
  if (!turn.user.aadObjectId || turn.user.aadObjectId !== record.requesterAadId) {
    return {
      ok: false,
      reply: { refusal: words.notTheRequesterRefusal(record.requesterName) },
    };
  }
  if (openStatuses.includes(record.status) && deps.now().getTime() > record.expiresAt) {
    const minutes = Math.round(deps.requestTtlMs / 60_000);
    const expired = moveTo(
      record,
      'cancelled',
      { outcome: { kind: 'expired', minutes } },
      deps.now().getTime(),
    );
    await deps.requests.replace(expired, stored.eTag);
    return { ok: false, reply: { card: currentCard(expired) } };
  }
  if (!expected.includes(record.status)) return { ok: false, reply: { card: currentCard(record) } };
  return { ok: true, request: stored };
}

/**
 * A card's automatic refresh (Teams sends it for the users the card's `refresh.userIds` lists, and
 * for anyone who refreshes by hand): the requester gets the card with every detail, anyone else the
 * card everyone sees. It never acts and never refuses, so it needs no other check.
 */
export async function refreshView(turn: ChatTurn, requestId: string, deps: FlowDeps): Promise<ActionReply> {
  const stored = await deps.requests.get(requestId);
  if (!stored) return { card: noticeCard({ ...words.requestGoneNotice, tone: 'warning' }) };
  const record = stored.value;
  const isRequester = turn.user.aadObjectId !== undefined && turn.user.aadObjectId === record.requesterAadId;
  return { card: currentCard(record, isRequester ? 'requester' : 'everyone') };
}

/**
 * The card that shows where a request stands now, for clicks that come too late or twice; built
 * for everyone in the conversation unless `viewer` is the requester's own refresh.
 */
export function currentCard(record: ShareRequestRecord, viewer: CardViewer = 'everyone'): AdaptiveCard {
  // A claimed request still holds the outcome it had before (an Undo starts from "shared", "Share
  // with the others" from "partly shared"); showing that outcome while the access is being changed
  // would be a claim about access that may already be gone.
  if (record.status === 'sharing') {
    return noticeCard({ ...words.stillSharingNotice, tone: 'info' });
  }
  if (record.status === 'undoing') {
    return noticeCard({ ...words.stillUndoingNotice, tone: 'info' });
  }
  const outcome = outcomeCard(record);
  if (outcome) return outcome;
  if (record.status === 'confirming' && record.confirmation) {
    return confirmCard(buildConfirmModel(record, record.confirmation, viewer));
  }
  return noticeCard({ ...words.alreadyUsedNotice, tone: 'info' });
}
