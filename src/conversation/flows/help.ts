import { helpCard } from '../../cards/help-card';
import { notUnderstoodLine } from '../../wording/conversation';
import { greetingLead } from '../../wording/replies';
import type { ChatTurn } from '../ports/chat-turn';

/** Answers "help" with the help card. */
export async function showHelp(turn: ChatTurn): Promise<void> {
  await turn.sendCard(helpCard());
}

/** Answers a greeting with the help card, greeting the sender by first name. */
export async function greet(turn: ChatTurn): Promise<void> {
  await turn.sendCard(helpCard({ lead: greetingLead(turn.user.name) }));
}

/** Answers a message the parser could not read with one sentence that points to help, not the whole card. */
export async function explainNotUnderstood(turn: ChatTurn): Promise<void> {
  await turn.sendText(notUnderstoodLine());
}
