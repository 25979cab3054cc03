import { noticeCard } from '../../cards/notice-card';
import * as words from '../../wording/conversation';
import { tokenRefusalReply } from '../../wording/replies';
import { type ActionReply, ClickTokenRefused } from '../action-reply';
import { contextOwner } from '../context/context-owner';
import type { OpenQuestion } from '../context/conversation-context';
import { choiceNamed } from '../context/pick-answer';
import { readAnswer } from '../context/read-answer';
import { afterShareTurn } from '../context/recent-shares';
import type { ParsedMessage } from '../parse/parsed-request';
import type { ChatTurn } from '../ports/chat-turn';
import type { FlowDeps } from '../ports/flow-deps';
import type { ShareRequestRecord } from '../share-request';
import { pickFile, pickPerson } from './pick-choice';
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
  if (!question) return false;
  if (question.kind === 'pick') return await answerPick(turn, text, question.requestId, deps);
  if (isNewRequest(question, parsed)) return false;
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

/**
 * A share request that names what the question did not ask for is a request of its own: "share
 * Q2 summary.docx" while Sharebot asks who should get report.xlsx, "share with Bob" while it asks
 * which file to share with Lee.
 */
function isNewRequest(question: Exclude<OpenQuestion, { kind: 'pick' }>, parsed: ParsedMessage): boolean {
  if (parsed.intent !== 'share') return false;
  switch (question.kind) {
    case 'item':
      return !parsed.item && parsed.recipients.length > 0;
    case 'recipients':
      return parsed.item !== undefined;
    case 'role':
      return parsed.item !== undefined || parsed.recipients.length > 0;
  }
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

/** What each choice of a request's pick card shows, for matching a typed answer. */
function pickLabels(record: ShareRequestRecord): string[] | undefined {
  if (record.status === 'pickingFile') {
    return record.fileChoices?.map((item) => `${item.name} ${item.folderPath ?? ''}`);
  }
  if (record.status === 'pickingPerson') {
    return record.pending[0]?.choices.map(
      (p) => `${p.displayName} ${p.email ?? p.userPrincipalName ?? ''} ${p.jobTitle ?? ''}`,
    );
  }
  return undefined;
}

/**
 * A typed answer to an open pick card ("the second one", "the 2026 one", "Ana Silva"): the same as
 * pressing that choice's button, through the same handler, so the same checks apply. The pick
 * card then says it was answered in chat, and the next card is sent. Returns false when the
 * pick card is no longer open (clicked, cancelled, expired), so the message is read on its own.
 */
async function answerPick(turn: ChatTurn, text: string, requestId: string, deps: FlowDeps): Promise<boolean> {
  const stored = await deps.requests.get(requestId);
  const now = deps.now().getTime();
  const record = stored?.value;
  if (
    !stored ||
    !record ||
    record.requesterAadId !== (turn.user.aadObjectId ?? '') ||
    now > record.expiresAt
  ) {
    return false;
  }
  const labels = pickLabels(record);
  if (!labels) return false;
  const choice = choiceNamed(text, labels);
  if (choice === undefined) {
    await turn.sendText(words.pickAgain());
    return true;
  }
  const handler = record.status === 'pickingFile' ? pickFile : pickPerson;
  let reply: ActionReply;
  try {
    reply = await handler(
      turn,
      stored,
      {
        choice: String(choice),
        inputs: {},
        graph: async () => {
          const access = await turn.openGraph();
          if (!access.ok) throw new ClickTokenRefused(access);
          return access.port;
        },
      },
      deps,
    );
  } catch (error) {
    if (!(error instanceof ClickTokenRefused)) throw error;
    await turn.sendText(tokenRefusalReply(error.refusal));
    return true;
  }
  if ('refusal' in reply) {
    await turn.sendText(reply.refusal);
    return true;
  }
  const owner = contextOwner(turn);
  const context = await deps.contexts.read(owner, now);
  const pickCardId = context.recentShares.find((s) => s.requestId === requestId)?.cardActivityId;
  if (pickCardId)
    await turn.replaceCard(pickCardId, noticeCard({ ...words.answeredInChatNotice, tone: 'info' }));
  const cardActivityId = await turn.sendCard(reply.card);
  const after = (await deps.requests.get(requestId))?.value ?? record;
  await deps.contexts.update(owner, now, (current) =>
    afterShareTurn(current, undefined, { record: after, cardActivityId }),
  );
  return true;
}
