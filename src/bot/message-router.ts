import { answerAccessCommand } from '../conversation/flows/access-message';
import { answerAccessQuestion } from '../conversation/flows/answer-access-question';
import { answerOpenQuestion } from '../conversation/flows/answer-question';
import { changeLastRole, shareFollowUp, undoLast } from '../conversation/flows/follow-up';
import { explainNotUnderstood, greet, showHelp } from '../conversation/flows/help';
import { answerLinkMessage } from '../conversation/flows/link-message';
import { cancelOpen, explainEnglishOnly, sayThanks } from '../conversation/flows/small-talk';
import { showWhoHasAccess } from '../conversation/flows/who-has-access';
import { parseMessage } from '../conversation/parse/parse-message';
import type { ParsedMessage } from '../conversation/parse/parsed-request';
import type { ChatTurn } from '../conversation/ports/chat-turn';
import type { FlowDeps } from '../conversation/ports/flow-deps';

type IntentHandler<I extends ParsedMessage['intent']> = (
  turn: ChatTurn,
  message: Extract<ParsedMessage, { intent: I }>,
  deps: FlowDeps,
) => Promise<void>;

/** One handler per intent; the parser decides the intent, never a substring test here. */
const intentHandlers: { [I in ParsedMessage['intent']]: IntentHandler<I> } = {
  share: shareFollowUp,
  // "who has access to X?" is the who-has-access card; "can Ana see X?" is answered in words.
  question: (turn, message, deps) =>
    message.about === 'who'
      ? showWhoHasAccess(turn, message, deps)
      : answerAccessQuestion(turn, message, deps),
  help: showHelp,
  greeting: greet,
  thanks: sayThanks,
  cancel: cancelOpen,
  undo: undoLast,
  changeRole: changeLastRole,
  otherLanguage: explainEnglishOnly,
  unknown: explainNotUnderstood,
};

/**
 * Parses a chat message (the bot's own mention already removed); a message that takes access away
 * goes to the access flows first (it must never be read as a share), one about sharing links to the
 * link flows, an answer to the question Sharebot has open completes that request,
 * anything else runs its intent's handler.
 */
export async function routeMessage(turn: ChatTurn, text: string, deps: FlowDeps): Promise<void> {
  if (await answerAccessCommand(turn, text, deps)) return;
  if (await answerLinkMessage(turn, text, deps)) return;
  const parsed = parseMessage(text, { mentions: turn.mentions, timeZone: turn.timeZone, now: deps.now() });
  if (await answerOpenQuestion(turn, text, parsed, deps)) return;
  const handler = intentHandlers[parsed.intent] as IntentHandler<typeof parsed.intent>;
  await handler(turn, parsed as never, deps);
}
