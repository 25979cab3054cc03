import type { TokenRefusal } from '../auth/token-source';
import { escapeMarkdown, plainText } from '../cards/escape';
import { cutText, quotedWordsLimit } from './quote';
import { type UnchangedNote, unchangedSentence } from './unchanged';

/**
 * Sentences Sharebot says in chat (markdown text messages), in one place so tone stays consistent.
 * Anything a person typed or Graph returned goes through `quoted`, so it is echoed literally and
 * in a bounded piece.
 */

/** Quotes user text for a markdown message: at most `quotedWordsLimit` units, escaped, in typographic quotes. */
export function quoted(text: string): string {
  return `“${escapeMarkdown(cutText(plainText(text), quotedWordsLimit))}”`;
}

/** Example sentence offered whenever a request cannot go ahead. */
export const exampleSentence = 'share report.xlsx with Ana Lopez as editor';

/** Graph's invite has no owner role (docs/graph-notes.md §1.4). */
export function ownerRefusal(words: string): string {
  return `I can't make someone an owner (${quoted(words)}): Microsoft 365 only lets apps give **view** or **edit** access when inviting people. To add an owner, open the file in OneDrive or SharePoint, choose Manage access, or ask a site owner. I can give edit access instead — for example: "${exampleSentence}".`;
}

/** A role word Graph has no role for, such as "commenter". */
export function unsupportedRoleQuestion(words: string): string {
  return `Microsoft 365 can give **view** or **edit** access, but not ${quoted(words)}. Which did you mean? Send the request again with "as viewer" or "as editor".`;
}

/** Two role words that disagree. */
export function conflictingRolesQuestion(words: string[]): string {
  return `You mentioned both ${words.map(quoted).join(' and ')}. Should they **view** or **edit**? Send it again with just one.`;
}

/** A share request without an item. */
export function missingItemQuestion(): string {
  return `Which file or folder should I share? Name it, paste its link, or give its path — for example: "${exampleSentence}".`;
}

/** A share request without anyone to share with. */
export function missingRecipientsQuestion(itemWords?: string): string {
  const what = itemWords ? quoted(itemWords) : 'it';
  return `Who should get access to ${what}? Name people, @mention them, or use email addresses — for example: "${exampleSentence}".`;
}

/** Why Sharebot cannot act in Microsoft 365 for this person, in their words, and what stayed as it was. */
export function tokenRefusalReply(refusal: TokenRefusal, unchanged: UnchangedNote = 'nothingShared'): string {
  const note = unchangedSentence(unchanged);
  switch (refusal.reason) {
    case 'notInTenant':
      return `You don't appear to be a user of this organisation's Microsoft 365, so I can't share files on your behalf. ${note}`;
    case 'signInRequired':
      return `Please sign in first (use the sign-in button above), then send your request again. ${note}`;
    default:
      return `I couldn't sign in to Microsoft 365 for you just now. ${note} Please try again in a minute.`;
  }
}

/** More people than one share invites. */
export function tooManyRecipientsReply(limit: number): string {
  return `I can share with at most ${limit} people at a time, so each of them can be checked on the card. For a larger audience, share with a group or team instead (for example "share report.xlsx with the Finance Team"), or split the list.`;
}

/** Nobody else is in the chat. */
export function emptyChatReply(): string {
  return "There's no one else in this chat to share with. Name the people instead, or use their email addresses.";
}

/** The only recipient was the requester. */
export function selfOnlyReply(): string {
  return 'You already have access to your own files, so there is no one to share with. Name someone else, or use their email address.';
}

/** The item could not be found. */
export function itemNotFoundReply(searched: string, suggestions: string[]): string {
  const base = `I looked for ${quoted(searched)} in your OneDrive, in files shared with you and in files you follow, and found nothing.`;
  if (suggestions.length === 0) {
    return `${base} Check the name, or paste the file's link or its path (like /Reports/report.xlsx).`;
  }
  return `${base} Did you mean ${suggestions.map(quoted).join(', ')}?`;
}

/** People who could not be found. */
export function peopleNotFoundReply(names: string[], unknownInternal: string[]): string {
  const parts: string[] = [];
  if (names.length > 0) {
    parts.push(
      `I couldn't find ${names.map(quoted).join(', ')} in your organisation's directory. Try their email address (for example "share report.xlsx with ana@contoso.com").`,
    );
  }
  if (unknownInternal.length > 0) {
    parts.push(
      `No one in your organisation has the address ${unknownInternal.map(quoted).join(', ')}. Check the spelling.`,
    );
  }
  return `${parts.join(' ')} Nothing was shared.`;
}

/** The answer when a message turn failed on Sharebot's side: messages never share, so nothing was. */
export function turnFailedReply(): string {
  return `Sorry, something failed on my side before I could answer that. Nothing was shared: I only share when you press Share on a confirmation card. Please send your request again in a moment; if it keeps failing, try a simpler one, for example: "${exampleSentence}".`;
}

/** The help card's lead when someone says hello: their first name. */
export function greetingLead(fullName: string): string {
  return `Hi ${cutText(fullName.split(' ')[0] ?? '', quotedWordsLimit)}!`;
}
