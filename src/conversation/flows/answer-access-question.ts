import { formatEndTime } from '../../cards/format-date';
import { noticeCard } from '../../cards/notice-card';
import { findAccess, listAccess } from '../../domain/access-findings';
import { type GraphFailure, GraphRequestError } from '../../graph/port';
import * as answers from '../../wording/access-answers';
import { describeFailure } from '../../wording/failures';
import * as replies from '../../wording/replies';
import { zoneNote } from '../../wording/timed-access';
import { timedAccessEnds } from '../access/timed-access-ends';
import type { ParsedMessage } from '../parse/parsed-request';
import { isKnownTimeZone } from '../parse/time-zone';
import type { ChatTurn } from '../ports/chat-turn';
import type { FlowDeps } from '../ports/flow-deps';
import { graphFailureFields } from '../ports/log';
import { addressOf } from '../prepare-confirmation';
import { recipientQueries } from '../resolve/recipient-queries';
import { describeItemRef } from '../resolve/resolve-item';
import { itemLabel, resolveQuestion } from '../resolve/resolve-question';
import { maxRecipients } from './start-share';

/** A parsed question about access. */
export type AccessQuestion = Extract<ParsedMessage, { intent: 'question' }>;

/**
 * Answers "can Mateo see the launch deck?", "does Ana have access to report.xlsx?", "did I share
 * budget.xlsx with Lee?" and "who can see X?" from the item's access list, in plain sentences:
 * yes with the role and how (directly, through a folder, through a link), no, or "I can't tell".
 * Reads only: never a card to confirm, never an invite.
 */
export async function answerAccessQuestion(
  turn: ChatTurn,
  question: AccessQuestion,
  deps: FlowDeps,
): Promise<void> {
  if (!question.item) {
    await turn.sendText(answers.questionNeedsItem());
    return;
  }
  const access = await turn.openGraph();
  if (!access.ok) {
    await turn.sendText(replies.tokenRefusalReply(access));
    return;
  }
  const recipients = await recipientQueries(turn, question.recipients);
  if ('refusal' in recipients) {
    await turn.sendText(recipients.refusal);
    return;
  }
  const { queries } = recipients;
  if (queries.length > maxRecipients) {
    await turn.sendText(replies.tooManyRecipientsReply(maxRecipients));
    return;
  }
  try {
    const found = await resolveQuestion(turn, access.port, question.item, queries);
    if (!found.ok) {
      if ('text' in found) await turn.sendText(found.text);
      else await sendFailure(turn, found.failure, deps);
      return;
    }
    // One batched read of every item's access list.
    const reads = await access.port.lookup(
      found.items.map((item) => ({ kind: 'permissions' as const, item: addressOf(item) })),
    );
    const failed = reads.find((read) => !read.ok);
    if (failed && !failed.ok) {
      await sendFailure(turn, failed.error, deps);
      return;
    }
    const ends = await timedAccessEnds(found.items, deps);
    const now = deps.now().getTime();
    const formatEnd = (at: number) =>
      `${formatEndTime(at, turn.timeZone, now)} ${zoneNote(isKnownTimeZone(turn.timeZone))}`;
    const several = found.items.length > 1;
    const parts = found.items.map((item, index) => {
      const read = reads[index];
      const permissions = read?.ok ? read.value : [];
      const name = several ? itemLabel(item) : item.name;
      if (question.about === 'who' || found.people.length === 0)
        return answers.whoHasAccessAnswer(name, listAccess(permissions, ends), question.role, formatEnd);
      return found.people
        .map((recipient) =>
          answers.personAccessAnswer(
            recipient.person.displayName,
            name,
            findAccess(recipient.person, permissions),
            question.role,
          ),
        )
        .join('\n\n');
    });
    const intro = several
      ? [answers.severalItemsIntro(describeItemRef(question.item), found.items.length)]
      : [];
    await turn.sendText([...intro, ...parts].join('\n\n'));
  } catch (error) {
    if (!(error instanceof GraphRequestError)) throw error;
    await sendFailure(turn, error.failure, deps);
  }
}

async function sendFailure(turn: ChatTurn, failure: GraphFailure, deps: FlowDeps): Promise<void> {
  deps.log('warn', 'Graph failed while answering a question about access', graphFailureFields(failure));
  const text = describeFailure(failure);
  await turn.sendCard(noticeCard({ title: text.title, text: text.text, tone: 'warning' }));
}
