import * as words from '../../wording/conversation';
import { contextOwner } from '../context/context-owner';
import type { OpenQuestion } from '../context/conversation-context';
import { readAnswer } from '../context/read-answer';
import type { ParsedMessage } from '../parse/parsed-request';
import type { ChatTurn } from '../ports/chat-turn';
import type { FlowDeps } from '../ports/flow-deps';
import { shareInContext } from './share-in-context';

/** Intents that are never an answer: they keep their own meaning while a question is open. */
const ownMeaning: ReadonlySet<ParsedMessage['intent']> = new Set([
  'help',
  'greeting',
  'thanks',
  'cancel',
  'undo',
  'otherLanguage',
]);

/**
 * Reads a message as the answer to the question Sharebot has open in this conversation, when
 * there is one and the message is not a request of its own (a full share, help, cancel…).
 * Returns false when it is not an answer, for the message router to handle as usual. An answer
 * that does not give what was asked gets the question again, never a guess.
 */
export async function answerOpenQuestion(
  turn: ChatTurn,
  text: string,
  parsed: ParsedMessage,
  deps: FlowDeps,
): Promise<boolean> {
  if (ownMeaning.has(parsed.intent)) return false;
  if (parsed.intent === 'share' && parsed.item && parsed.recipients.length > 0) return false;
  const context = await deps.contexts.read(contextOwner(turn), deps.now().getTime());
  const question = context.openQuestion;
  if (!question || question.kind === 'pick') return false;
  const request = readAnswer(question, text, parsed, {
    mentions: turn.mentions,
    timeZone: turn.timeZone,
    now: deps.now(),
  });
  if (!request) {
    await turn.sendText(askAgain(question));
    return true;
  }
  await shareInContext(turn, request, deps);
  return true;
}

function askAgain(question: Exclude<OpenQuestion, { kind: 'pick' }>): string {
  switch (question.kind) {
    case 'item':
      return words.itemStillMissing();
    case 'recipients': {
      const item = question.pending.item;
      return words.peopleStillMissing(item?.kind === 'name' ? item.name : undefined);
    }
    case 'role':
      return words.roleStillMissing();
  }
}
