import { noticeCard } from '../../cards/notice-card';
import * as words from '../../wording/conversation';
import { contextOwner } from '../context/context-owner';
import { withoutQuestion } from '../context/recent-shares';
import type { ChatTurn } from '../ports/chat-turn';
import type { FlowDeps } from '../ports/flow-deps';
import { moveTo, openStatuses } from '../share-states';

/** "thanks": one line. */
export async function sayThanks(turn: ChatTurn): Promise<void> {
  await turn.sendText(words.thanksReply());
}

/**
 * "cancel" / "never mind": closes the open question and cancels the last request if its card still
 * waits (its card then says so), and says nothing was shared.
 */
export async function cancelOpen(turn: ChatTurn, _message: unknown, deps: FlowDeps): Promise<void> {
  const now = deps.now().getTime();
  const before = await deps.contexts.read(contextOwner(turn), now);
  await deps.contexts.update(contextOwner(turn), now, withoutQuestion);
  const last = before.recentShares[0];
  const stored = last ? await deps.requests.get(last.requestId) : undefined;
  let cancelled = false;
  if (stored && openStatuses.includes(stored.value.status) && stored.value.expiresAt > now) {
    const record = moveTo(stored.value, 'cancelled', { outcome: { kind: 'cancelled' } }, now);
    cancelled = await deps.requests.replace(record, stored.eTag);
    if (cancelled && last?.cardActivityId) {
      await turn.replaceCard(
        last.cardActivityId,
        noticeCard({ ...words.cancelledInChatNotice, tone: 'info' }),
      );
    }
  }
  await turn.sendText(words.cancelledReply(cancelled || before.openQuestion !== undefined));
}

/** A message in another language: said in English that only English is understood for now. */
export async function explainEnglishOnly(turn: ChatTurn): Promise<void> {
  await turn.sendText(words.englishOnlyReply());
}
