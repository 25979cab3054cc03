import type { BotHarness } from '../../test/support/bot-harness';
import {
  type CardMessage,
  cardMessage,
  type InvokeAnswer,
  replaced,
  textOf,
} from '../../test/support/card-messages';
import { findExecute } from '../../test/support/card-queries';
import type { SentActivity } from '../../test/support/fake-teams-channel';
import { type Participant, personalChat, type TestConversation } from '../../test/support/teams-people';

/**
 * Says `text` in `from`'s personal chat (or in `conversation`) and returns the card the bot
 * answered with, failing unless it offers `verb`. Only activities of that chat count, so other
 * users may talk at the same time.
 */
export async function askForCard(
  harness: Pick<BotHarness, 'teams'>,
  text: string,
  from: Participant,
  verb: string,
  conversation: TestConversation = personalChat(from),
): Promise<CardMessage> {
  const reply = lastIn(await harness.teams.say(text, { from, conversation }), conversation.id);
  if (!reply?.body.attachments) throw new Error(`"${text}": expected a card, got ${describe(reply)}`);
  const message = cardMessage(reply, conversation);
  if (!findExecute(message.card, verb))
    throw new Error(`"${text}": the card has no ${verb}: ${describe(reply)}`);
  return message;
}

/** Says `text` and returns the bot's last reply text, failing unless it matches `expected`. */
export async function askForReply(
  harness: Pick<BotHarness, 'teams'>,
  text: string,
  from: Participant,
  expected: RegExp,
): Promise<string> {
  const conversation = personalChat(from);
  const reply = lastIn(await harness.teams.say(text, { from, conversation }), conversation.id);
  const said = reply ? textOf(reply) : '';
  if (!expected.test(said)) throw new Error(`"${text}": expected ${expected}, got ${describe(reply)}`);
  return said;
}

/** Clicks `verb` on a card and returns the card that replaced it, failing unless its text matches `expected`. */
export async function clickForCard(
  harness: Pick<BotHarness, 'teams'>,
  message: CardMessage,
  verb: string,
  from: Participant,
  expected: RegExp,
  choice?: string,
): Promise<CardMessage> {
  const answer: InvokeAnswer = await harness.teams.click(message, verb, { from, choice });
  const said = textOf(answer);
  if (!expected.test(said)) throw new Error(`${verb}: expected ${expected}, got ${said.slice(0, 300)}`);
  return replaced(message, answer);
}

function lastIn(sent: SentActivity[], conversationId: string): SentActivity | undefined {
  return sent.filter((s) => s.conversationId === conversationId).at(-1);
}

function describe(reply: SentActivity | undefined): string {
  return reply ? textOf(reply).slice(0, 300) : 'nothing';
}
