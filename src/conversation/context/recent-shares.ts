import type { ShareRequestRecord } from '../share-request';
import { type ConversationContext, type OpenQuestion, recentSharesKept } from './conversation-context';

/** What a share turn left: the request stored and the message that holds its card. */
export interface ShareStarted {
  record: ShareRequestRecord;
  cardActivityId?: string;
}

/** The context after a share request was answered: the question asked, or the new card remembered. */
export function afterShareTurn(
  context: ConversationContext,
  asked: OpenQuestion | undefined,
  started: ShareStarted | undefined,
): ConversationContext {
  if (asked) return { ...context, openQuestion: asked };
  if (!started) return { recentShares: context.recentShares };
  const picking = started.record.status === 'pickingFile' || started.record.status === 'pickingPerson';
  const recentShares = [
    {
      requestId: started.record.id,
      ...(started.cardActivityId ? { cardActivityId: started.cardActivityId } : {}),
    },
    ...context.recentShares.filter((s) => s.requestId !== started.record.id),
  ].slice(0, recentSharesKept);
  return picking
    ? { openQuestion: { kind: 'pick', requestId: started.record.id }, recentShares }
    : { recentShares };
}

/** The context without its open question. */
export function withoutQuestion(context: ConversationContext): ConversationContext {
  return { recentShares: context.recentShares };
}
