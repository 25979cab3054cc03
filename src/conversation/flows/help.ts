import { helpCard } from '../../cards/help-card';
import { helpForQuestion, notUnderstoodLine, type QuestionForHelp } from '../../wording/conversation';
import { greetingLead } from '../../wording/replies';
import { contextOwner } from '../context/context-owner';
import type { ChatTurn } from '../ports/chat-turn';
import type { FlowDeps } from '../ports/flow-deps';

/**
 * Answers "help": while Sharebot waits on an answer (which file, who, which role, a pick card),
 * a few lines about that question only; otherwise the help card.
 */
export async function showHelp(turn: ChatTurn, _message: unknown, deps: FlowDeps): Promise<void> {
  const open = await questionWaiting(turn, deps);
  if (open) await turn.sendText(helpForQuestion(open.question, open.itemWords));
  else await turn.sendCard(helpCard());
}

/** The question this person's conversation still waits on, if any (a pick card only while it is open). */
async function questionWaiting(
  turn: ChatTurn,
  deps: FlowDeps,
): Promise<{ question: QuestionForHelp; itemWords?: string } | undefined> {
  const now = deps.now().getTime();
  const question = (await deps.contexts.read(contextOwner(turn), now)).openQuestion;
  if (!question) return undefined;
  if (question.kind !== 'pick') {
    const item = question.pending.item;
    return { question: question.kind, ...(item?.kind === 'name' ? { itemWords: item.name } : {}) };
  }
  const record = (await deps.requests.get(question.requestId))?.value;
  if (!record || record.requesterAadId !== (turn.user.aadObjectId ?? '') || now > record.expiresAt)
    return undefined;
  if (record.status === 'pickingFile') return { question: 'pickFile' };
  if (record.status === 'pickingPerson') return { question: 'pickPerson' };
  return undefined;
}

/** Answers a greeting with the help card, greeting the sender by first name. */
export async function greet(turn: ChatTurn): Promise<void> {
  await turn.sendCard(helpCard({ lead: greetingLead(turn.user.name) }));
}

/** Answers a message the parser could not read with one sentence that points to help, not the whole card. */
export async function explainNotUnderstood(turn: ChatTurn): Promise<void> {
  await turn.sendText(notUnderstoodLine());
}
