import { readRoleChange } from '../conversation/access/read-role-change';
import { answerAccessQuestion } from '../conversation/flows/answer-access-question';
import { answerOpenQuestion } from '../conversation/flows/answer-question';
import { startRoleChange } from '../conversation/flows/change-role';
import { answerExtendMessage } from '../conversation/flows/extend-message';
import { changeLastRole, shareFollowUp, undoLast } from '../conversation/flows/follow-up';
import { explainNotUnderstood, greet, showHelp } from '../conversation/flows/help';
import { answerLinkMessage } from '../conversation/flows/link-message';
import { answerMySharesQuestion } from '../conversation/flows/list-my-shares-in-chat';
import { cancelOpen, explainEnglishOnly, sayThanks } from '../conversation/flows/small-talk';
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
  question: answerAccessQuestion,
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
 * Parses a chat message (the bot's own mention already removed); a change of someone's existing
 * role goes to the role-change flow (before any share reading: it must never invite again), a
 * message about sharing links to the link flows, "what did I share …?" to the person's share history, "extend …'s access" to the timed-access flow, an answer to the question Sharebot has open completes that request,
 * anything else runs its intent's handler.
 */
export async function routeMessage(turn: ChatTurn, text: string, deps: FlowDeps): Promise<void> {
  const context = { mentions: turn.mentions, timeZone: turn.timeZone, now: deps.now() };
  const roleChange = readRoleChange(text, context);
  if (roleChange?.about === 'lastShare') {
    const role = { kind: 'role' as const, role: roleChange.role, words: roleChange.words };
    await changeLastRole(turn, { intent: 'changeRole', role }, deps);
    return;
  }
  if (roleChange && (await startRoleChange(turn, roleChange, deps))) return;
  if (await answerLinkMessage(turn, text, deps)) return;
  if (await answerExtendMessage(turn, text, deps)) return;
  if (await answerMySharesQuestion(turn, text, deps)) return;
  const parsed = parseMessage(text, context);
  if (await answerOpenQuestion(turn, text, parsed, deps)) return;
  const handler = intentHandlers[parsed.intent] as IntentHandler<typeof parsed.intent>;
  await handler(turn, parsed as never, deps);
}
