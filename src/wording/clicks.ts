import { maxInviteMessageLength } from '../domain/limits';
import { cutText, quotedWordsLimit } from './quote';

/**
 * What Sharebot says when a card is clicked: notice titles and texts, and the short refusals
 * shown only to the clicker. Sentences from chat messages live in replies.ts.
 */

/** A notice card's words. */
export interface NoticeWords {
  title: string;
  text: string;
}

/** The request behind a card is gone from storage. */
export const requestGoneNotice: NoticeWords = {
  title: 'This request is no longer available',
  text: 'I no longer have this share request, so nothing was shared. Please send it again.',
};

/** A click by someone other than the requester. */
export function notTheRequesterRefusal(requesterName: string): string {
  return `Only ${cutText(requesterName, quotedWordsLimit)} can act on this card. Nothing was changed.`;
}

/** A click on a request older than its time to live. */
export function expiredNotice(minutes: number): NoticeWords {
  return {
    title: 'This request expired',
    text: `Share requests stay open for ${minutes} minutes. Nothing was shared. Send the request again if you still want to share.`,
  };
}

/** A second click while the invite is still running. */
export const stillSharingNotice: NoticeWords = {
  title: 'Sharing…',
  text: 'Sharebot is still working on this share.',
};

/** A second click while the undo is still running. */
export const stillUndoingNotice: NoticeWords = {
  title: 'Removing access…',
  text: 'Sharebot is still removing the access.',
};

/** A click on a card whose request has nothing left to do. */
export const alreadyUsedNotice: NoticeWords = {
  title: 'Nothing to do',
  text: 'This card has already been used.',
};

/** Title of the notice when Sharebot cannot act in Microsoft 365 for the clicker. */
export const tokenRefusedTitle = "Couldn't act for you";

/** A person pick card clicked when nobody is left to pick. */
export const nothingToPickNotice: NoticeWords = {
  title: 'Nothing to pick',
  text: 'This card has already been used.',
};

/** A pick card choice that is not one of the card's choices. */
export function notOnCardRefusal(kind: 'files' | 'people'): string {
  return `That choice is not on the card. Please pick one of the ${kind} shown.`;
}

/** "None of these" on the file pick card. */
export function noneOfTheseFilesNotice(example: string): NoticeWords {
  return {
    title: 'Nothing shared',
    text: `OK, none of those. Try the file's full name, its path (like /Reports/report.xlsx) or paste its link — for example: "${example}".`,
  };
}

/** "None of these" on the last person pick card, with nobody chosen. */
export function noneOfThesePeopleNotice(example: string): NoticeWords {
  return {
    title: 'Nothing shared',
    text: `OK, none of those. Try their full name or email address — for example: "${example}".`,
  };
}

/** Two clicks raced for the same card and this one lost. */
export const justUsedRefusal = 'This card was just used. Nothing was changed.';

/** Cancel on the confirmation card. */
export const cancelledNotice: NoticeWords = { title: 'Cancelled', text: 'Nothing was shared.' };

/** The answer when the invite outlives the invoke budget. */
export function sharingNowNotice(itemName: string | undefined): NoticeWords {
  return {
    title: 'Sharing…',
    text: `Sharing ${itemName ?? 'the item'} now. This card will update when it is done.`,
  };
}

/** The note on the confirmation card when the invitation message is too long for Graph. */
export function messageTooLongNote(length: number): string {
  return `Your message is ${length.toLocaleString('en-GB')} characters long; Microsoft 365 accepts at most ${maxInviteMessageLength.toLocaleString('en-GB')}. Shorten it and press Share again. Nothing was shared.`;
}

/** A lost race whose request then vanished from storage. */
export const requestGoneRefusal = 'This request is no longer available.';

/** The result line's warning when Graph gave no message of its own for a failed email. */
export const invitationEmailFailed = "The invitation email couldn't be sent.";

/** "Keep it" on a request that has no result to show again. */
export const nothingToUndoRefusal = 'Nothing to undo here.';

/** Two undo clicks raced and this one lost. */
export const undoJustUsedRefusal = 'This card was just used.';

/** Undo on a share that has no item recorded. */
export const noItemToUndo = 'This share has no item to undo.';

/** The notice after an undo, built from who lost access and whether anything was removed. */
export function shareUndoneNotice(names: string, itemName: string, removedAny: boolean): NoticeWords {
  return {
    title: 'Share undone',
    text: removedAny
      ? `Removed the access this share gave to ${names} on ${itemName}.`
      : `${names} already had access before this share, so nothing was removed.`,
  };
}

/** Undo whose answers from Microsoft 365 were all lost: the access may or may not be gone. */
/** Undo named a person this share gave no permission of their own (a forged or stale choice). */
export const undoNotOnTheListRefusal =
  "That person didn't get a permission of their own from this share, so I can't take it away alone. Access was not removed.";

export const undoUnsureRefusal =
  "Microsoft 365 didn't answer, so I can't tell yet whether the access was removed. Press Yes, remove again in a minute: it only removes what is still there.";

/** Why an undo did not happen. */
export function undoFailedRefusal(reason: string): string {
  return `Couldn't undo: ${reason} Try again later.`;
}

/**
 * The card answering a click whose handling failed on Sharebot's side. It cannot say whether
 * anything changed (the click may have been Share), so it says how to find out.
 */
export const clickFailedNotice: NoticeWords = {
  title: "I couldn't finish this click",
  text: 'Something failed on my side while handling this button, so this card cannot show what happened. If you pressed Share, send the request again: the new card lists who already has access, so you can see whether the share went through before you share again.',
};

/** The answer to a click on a button Sharebot does not know, or one without its request id. */
export const unknownButtonRefusal = "I don't recognise that button. Please send your request again.";

/** The answer when reading an item's access outlives the invoke budget. */
export function checkingNowNotice(itemName: string | undefined): NoticeWords {
  return {
    title: 'Checking…',
    text: `Reading who has access to ${itemName ?? 'the item'}. This card will update when I know.`,
  };
}
