import { escapeMarkdown, plainText } from '../cards/escape';
import { cutText, quotedWordsLimit } from './quote';

/**
 * Sentences of the conversation around a share: small talk, answers Sharebot could not use, and
 * follow-ups on the last share (docs/conversation.md).
 */

function quoted(text: string): string {
  return `“${escapeMarkdown(cutText(plainText(text), quotedWordsLimit))}”`;
}

/** "thanks" */
export function thanksReply(): string {
  return "You're welcome.";
}

/** "cancel" / "never mind": what was closed, and that nothing was shared. */
export function cancelledReply(closedSomething: boolean): string {
  return closedSomething ? 'OK, I stopped there. Nothing was shared.' : 'OK. Nothing was shared.';
}

/** A message Sharebot cannot read: one sentence, not the whole help card. */
export function notUnderstoodLine(): string {
  return `Sorry, I didn't understand that — type "help" for examples.`;
}

/** The question Sharebot waits on, as `help` explains it. */
export type QuestionForHelp = 'item' | 'recipients' | 'role' | 'pickFile' | 'pickPerson';

const dropIt = 'Or say "cancel" to drop this request.';

/** "help" while a question is open: what to type now, with examples for that question only. */
export function helpForQuestion(question: QuestionForHelp, itemWords?: string): string {
  switch (question) {
    case 'item':
      return `I'm waiting for the file or folder to share: type its name, for example "report.xlsx" or "the Q2 summary", or paste its link. ${dropIt}`;
    case 'recipients': {
      const what = itemWords ? ` to ${quoted(itemWords)}` : '';
      return `I'm waiting for who should get access${what}: type a name or an address, for example "Ana Lopez" or "ana.lopez@contoso.com", or @mention them. ${dropIt}`;
    }
    case 'role':
      return `I'm waiting for the access to give: type "view" (they can open it) or "edit" (they can change it). ${dropIt}`;
    case 'pickFile':
      return `I'm waiting for you to pick the file on the card above: press its button, or type its number ("the second one") or a word only that file shows, such as its year. ${dropIt}`;
    case 'pickPerson':
      return `I'm waiting for you to pick the person on the card above: press their button, or type their number ("the first one") or their full name. ${dropIt}`;
  }
}

/** A message in another language. */
export function englishOnlyReply(): string {
  return 'Sorry, I only understand English for now. Type "help" for examples.';
}

/** An answer to "Which file or folder should I share?" that names none. */
export function itemStillMissing(): string {
  return 'I still need the file or folder: type its name (for example "report.xlsx"), paste its link, or say "cancel".';
}

/** An answer to "Who should get access?" that names nobody. */
export function peopleStillMissing(itemWords?: string): string {
  const what = itemWords ? ` to ${quoted(itemWords)}` : '';
  return `I still need who should get access${what}: type a name or an email address, @mention them, or say "cancel".`;
}

/** An answer to the view-or-edit question that is neither. */
export function roleStillMissing(): string {
  return 'Should they **view** or **edit**? Type "view" or "edit", or say "cancel".';
}

/** A follow-up when this conversation has no recent share to act on. */
export function noRecentShareReply(): string {
  return `I don't have a recent share of yours in this conversation to act on. Tell me what to share and with whom — for example: "share report.xlsx with Ana Lopez".`;
}

/** "undo that" while the last share's card still waits for Share. */
export function undoBeforeShareReply(itemName: string): string {
  return `Nothing has been shared yet: ${quoted(itemName)} waits for you to press Share on its card. Say "cancel" or press Cancel to drop it.`;
}

/** "undo that" when the last share has nothing to undo (cancelled, already undone). */
export function nothingToUndoReply(itemName: string): string {
  return `There is nothing to undo: ${quoted(itemName)} was not shared by your last request, or its access was already removed.`;
}

/** A new role asked for while nothing waits for Share. */
export function noPendingCardReply(): string {
  return 'There is no share waiting for you to press Share, so there is no role to change. Nothing was changed.';
}

/** A typed answer to a pick card that matches none (or several) of its choices. */
export function pickAgain(): string {
  return 'I could not tell which one you mean. Press its button on the card, or type its number (for example "the second one").';
}

/** The old confirmation card after a follow-up replaced it with a new one. */
export const replacedCardNotice = {
  title: 'Replaced',
  text: 'This card was replaced by a newer one below. Nothing was shared from this card.',
};

/** The card of a request cancelled by "cancel" in chat. */
export const cancelledInChatNotice = {
  title: 'Cancelled',
  text: 'You cancelled this in chat. Nothing was shared.',
};

/** A pick card answered by typing: its buttons are gone, the next card follows below. */
export const answeredInChatNotice = {
  title: 'Answered in chat',
  text: 'You answered this in chat; the next card is below.',
};
