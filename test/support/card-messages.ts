import { assertCardParses } from '../cards/helpers/parse-card';
import { type CardJson, jsonText } from './card-queries';
import type { SentActivity } from './fake-teams-channel';
import type { TestConversation } from './teams-people';

/** What an Action.Execute click returned. */
export interface InvokeAnswer {
  statusCode: number;
  type: string;
  value: unknown;
}

/** A card as it stands in a conversation: the message holding it and its current content. */
export interface CardMessage {
  activityId?: string;
  conversation: TestConversation;
  card: CardJson;
}

const adaptiveCardType = 'application/vnd.microsoft.card.adaptive';

/** The card message the bot sent in an activity. */
export function cardMessage(sent: SentActivity, conversation: TestConversation): CardMessage {
  return { activityId: sent.activityId, conversation, card: cardOf(sent) };
}

/** The same message after a click replaced its card. */
export function replaced(message: CardMessage, answer: InvokeAnswer): CardMessage {
  return { ...message, card: cardOf(answer) };
}

/** The Adaptive Card in a sent activity or invoke answer (throws when there is none). */
export function cardOf(sent: SentActivity | InvokeAnswer): CardJson {
  if ('body' in sent && sent.body && typeof sent.body === 'object' && 'attachments' in sent.body) {
    const attachment = sent.body.attachments?.find((a) => a.contentType === adaptiveCardType);
    if (!attachment) throw new Error(`no card in: ${JSON.stringify(sent.body).slice(0, 300)}`);
    return attachment.content as CardJson;
  }
  const answer = sent as InvokeAnswer;
  if (answer.type !== adaptiveCardType)
    throw new Error(`invoke answered ${answer.type}: ${String(answer.value)}`);
  return answer.value as CardJson;
}

/** All the text of the card a message holds now. */
export function cardText(message: CardMessage): string {
  return jsonText(message.card);
}

/** All the text of a card or message, for assertions. */
export function textOf(sent: SentActivity | InvokeAnswer): string {
  if ('body' in sent && typeof sent.body?.text === 'string' && !sent.body.attachments) return sent.body.text;
  if ('type' in sent && sent.type === 'application/vnd.microsoft.activity.message') return String(sent.value);
  return jsonText(cardOf(sent));
}

/** Every card the bot sends must parse without errors or warnings in the Adaptive Cards library. */
export function assertSentCardsParse(activity: SentActivity): void {
  for (const attachment of activity.body.attachments ?? []) {
    if (attachment.contentType === adaptiveCardType) assertCardParses(attachment.content);
  }
}

/** An invoke answer that carries a card must parse like every other card the bot sends. */
export function assertAnswerCardParses(answer: InvokeAnswer): void {
  if (answer.type === adaptiveCardType) assertCardParses(answer.value);
}
