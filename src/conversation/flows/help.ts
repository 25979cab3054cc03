import { helpCard } from '../../cards/help-card';
import * as words from '../../wording/conversation';
import { greetingLead } from '../../wording/replies';
import { contextOwner } from '../context/context-owner';
import type { OpenQuestion } from '../context/conversation-context';
import type { ChatTurn } from '../ports/chat-turn';
import type { FlowDeps } from '../ports/flow-deps';

/**
 * Answers "help": while Sharebot waits for an answer (which file, who, which role, a pick card),
 * one short paragraph about that question; otherwise the help card.
 */
export async function showHelp(turn: ChatTurn, _message: unknown, deps: FlowDeps): Promise<void> {
  const context = await deps.contexts.read(contextOwner(turn), deps.now().getTime());
  const open = context.openQuestion;
  if (open) {
    await turn.sendText(helpFor(open));
    return;
  }
  await turn.sendCard(helpCard());
}

/** The help that fits the open question. */
function helpFor(open: OpenQuestion): string {
  switch (open.kind) {
    case 'item':
      return words.helpWhileAskingItem();
    case 'recipients':
      return words.helpWhileAskingPeople(open.pending.item?.span.text);
    case 'role':
      return words.helpWhileAskingRole();
    case 'pick':
      return words.helpWhilePicking();
  }
}

/** Answers a greeting with the help card, greeting the sender by first name. */
export async function greet(turn: ChatTurn): Promise<void> {
  await turn.sendCard(helpCard({ lead: greetingLead(turn.user.name) }));
}

/** Answers a message the parser could not read with one sentence that points to help, not the whole card. */
export async function explainNotUnderstood(turn: ChatTurn): Promise<void> {
  await turn.sendText(words.notUnderstoodLine());
}
