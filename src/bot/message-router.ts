import { readRoleChange } from '../conversation/access/read-role-change';
import { answerAccessCommand } from '../conversation/flows/access-message';
import { answerAccessQuestion } from '../conversation/flows/answer-access-question';
import { answerOpenQuestion } from '../conversation/flows/answer-question';
import { startRoleChange } from '../conversation/flows/change-role';
import { answerExtendMessage } from '../conversation/flows/extend-message';
import { changeLastRole, shareFollowUp, undoLast } from '../conversation/flows/follow-up';
import { explainNotUnderstood, greet, showHelp } from '../conversation/flows/help';
import { answerLinkMessage } from '../conversation/flows/link-message';
import { answerMySharesQuestion } from '../conversation/flows/list-my-shares-in-chat';
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
 * goes to the access flows first (it must never be read as a share), a change of someone's existing
 * role to the role-change flow (it must never invite again), a message about sharing links to the
 * link flows, "what did I share …?" to the person's share history, "extend …'s access" to the
 * timed-access flow, an answer to the question Sharebot has open completes that request,
 * anything else runs its intent's handler.
 */
export async function routeMessage(turn: ChatTurn, text: string, deps: FlowDeps): Promise<void> {
  if (await answerAccessCommand(turn, text, deps)) return;
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
