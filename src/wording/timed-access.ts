import type { NoticeWords } from './clicks';
import { cutText, quotedWordsLimit } from './quote';

/**
 * What Sharebot says about timed access: the end on the confirmation and result cards, the
 * reminder, the note when access ends, and the questions it asks the sharer instead of removing.
 * `when` is an end already formatted for the person ("Fri 12 Dec, 23:59").
 */

/** "(your time)" when the person's time zone is known, else the zone the time is shown in. */
export function zoneNote(zoneKnown: boolean): string {
  return zoneKnown ? '(your time)' : '(UTC)';
}

/** "Ana Lopez", "Ana Lopez and Bob Kim", "Ana, Bob and Lee". */
export function namesList(names: readonly string[]): string {
  if (names.length <= 1) return names[0] ?? 'Someone';
  return `${names.slice(0, -1).join(', ')} and ${names.at(-1)}`;
}

/** The confirmation card's line about the end: who ends the access, or that it does not end. */
export function confirmEndLine(when: string | undefined, zoneKnown: boolean, graphEndsIt: boolean): string {
  if (!when) return 'Access does not end on its own. Pick an end below if it should.';
  const line = `Access ends ${when} ${zoneNote(zoneKnown)}.`;
  return graphEndsIt ? `${line} Microsoft 365 removes it then.` : `${line} Sharebot removes it then.`;
}

/** The result card's note about the end. */
export function resultEndNote(when: string, zoneKnown: boolean): string {
  return `Access ends ${when} ${zoneNote(zoneKnown)}. Sharebot removes it then.`;
}

/** Labels of the end inputs (confirmation and reminder cards). */
export const endDateLabel = 'End date (empty: no end)';
export const endTimeLabel = 'End time';
export const newEndDateLabel = 'New end date';

/** The card asks again when the chosen end has already passed. */
export const endInPastNote =
  'The end you picked has already passed. Pick a later one, or clear the date for access that does not end.';

/** The note posted in the conversation when access ends at its planned time. */
export function endedAsPlannedNote(names: readonly string[], itemName: string): string {
  const whose = names.length === 1 ? `${names[0]}'s access` : `The access of ${namesList(names)}`;
  return `${whose} to ${itemName} ended as planned.`;
}

/** What the result card turns into once the access ended. */
export function accessEndedNotice(names: readonly string[], itemName: string, planned: boolean): NoticeWords {
  return {
    title: 'Access ended',
    text: planned
      ? endedAsPlannedNote(names, itemName)
      : `Removed the access this share gave to ${namesList(names)} on ${itemName}.`,
  };
}

/** The reminder before the end. */
export function reminderWords(
  names: readonly string[],
  itemName: string,
  when: string,
  zoneKnown: boolean,
): NoticeWords {
  return {
    title: 'Access ends soon',
    text: `The access you gave ${namesList(names)} to ${itemName} ends ${when} ${zoneNote(zoneKnown)}. Sharebot removes it then, unless you extend it.`,
  };
}

/** After Let it end. */
export function letItEndNotice(
  names: readonly string[],
  itemName: string,
  when: string,
  zoneKnown: boolean,
): NoticeWords {
  return {
    title: 'Access ends as planned',
    text: `Sharebot removes the access of ${namesList(names)} to ${itemName} ${when} ${zoneNote(zoneKnown)}.`,
  };
}

/** After Extend. */
export function extendedNotice(
  names: readonly string[],
  itemName: string,
  when: string,
  zoneKnown: boolean,
): NoticeWords {
  return {
    title: 'Access extended',
    text: `The access of ${namesList(names)} to ${itemName} now ends ${when} ${zoneNote(zoneKnown)}. Sharebot removes it then.`,
  };
}

/** Extend without a new end. */
export const extendNeedsDateRefusal = 'Pick the new end date first. Nothing was changed.';

/** Extend to a time already past. */
export const extendInPastRefusal = 'That end has already passed. Pick a later one. Nothing was changed.';

/** At the end, no token for the sharer: the message with Remove now. */
export function noTokenAtEndWords(names: readonly string[], itemName: string): NoticeWords {
  return {
    title: 'Access not removed yet',
    text: `The access you gave ${namesList(names)} to ${itemName} was due to end, but I couldn't act for you in Microsoft 365 (you may need to sign in again). Nothing was removed yet. Press Remove now to end it.`,
  };
}

/** At the end, Microsoft 365 refused the removal: the message with Remove now. */
export function removalRefusedWords(names: readonly string[], itemName: string, reason: string): NoticeWords {
  return {
    title: 'Access not removed yet',
    text: `The access you gave ${namesList(names)} to ${itemName} was due to end, but Microsoft 365 refused to remove it: ${reason}`,
  };
}

/** At the end, someone had changed the permission: Sharebot asks instead of removing. */
export function changedAtEndWords(names: readonly string[], itemName: string): NoticeWords {
  return {
    title: 'Access changed since you shared it',
    text: `The access you gave ${namesList(names)} to ${itemName} was due to end, but someone changed it since (it now has another role). Sharebot left it as it is. Remove it anyway, or keep it?`,
  };
}

/** After Keep access on that question. */
export function keptNotice(names: readonly string[], itemName: string): NoticeWords {
  return {
    title: 'Access kept',
    text: `${namesList(names)} keeps access to ${itemName}. Sharebot won't remove it.`,
  };
}

/** A click on a timed-access card when the share has no end to act on any more. */
export const noEndToActOnNotice: NoticeWords = {
  title: 'Nothing to do',
  text: 'This access has no end planned any more.',
};

/** Removing at the end or on End now failed in a way that may have acted: try again. */
export const removalUnsureRefusal =
  "Microsoft 365 didn't answer, so I can't tell yet whether the access was removed. Press the button again in a minute: it only removes what is still there.";

/** The question before a chat message moves an end. */
export function extendQuestionWords(
  names: readonly string[],
  itemName: string,
  when: string,
  newWhen: string,
  zoneKnown: boolean,
): NoticeWords {
  return {
    title: 'Extend access?',
    text: `The access you gave ${namesList(names)} to ${itemName} ends ${when} ${zoneNote(zoneKnown)}. Move the end to ${newWhen}? You can change it below.`,
  };
}

/** "extend …" naming no timed share of the person's. */
export function noTimedShareReply(person: string, item: string): string {
  return `I couldn't find access you gave to "${quoted(person)}" on "${quoted(item)}" that Sharebot is to end. Nothing was changed. Only shares with an end can be extended; to give access for longer, share it again.`;
}

/** "extend …" matching several timed shares. */
export function severalTimedSharesReply(person: string, item: string): string {
  return `More than one share with an end matches "${quoted(person)}" on "${quoted(item)}". Nothing was changed. Use Extend on the reminder, or name the person and the file in full.`;
}

/** "extend …" without a new end. */
export const extendNeedsEndReply =
  'Until when? For example: "extend Ana\'s access to plan.xlsx until Monday". Nothing was changed.';

function quoted(words: string): string {
  return cutText(words, quotedWordsLimit);
}
