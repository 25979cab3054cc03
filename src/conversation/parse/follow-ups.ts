import { bare } from './intent';

/**
 * Short messages that lean on what was said before: thanks, cancel, undo, a new role for the
 * last share, and the words that point back at its item ("it") or its people ("too"). Pure
 * regexes over the normalized text; what they act on is decided by the conversation context.
 */

const THANKS =
  /^(?:(?:ok(?:ay)?|great|cool|perfect|awesome|nice|brilliant|super|lovely|got it)\s+)*(?:thanks?|thank\s+(?:you|u)|thx|ty|cheers|ta|many\s+thanks)(?:\s+(?:a\s+lot|so\s+much|very\s+much|again|mate|bot|all))*$/i;
const CANCEL =
  /^(?:(?:oh|ah|sorry|no|wait|actually|ok(?:ay)?)\s+)*(?:cancel|never\s*mind|nevermind|nvm|forget\s+(?:it|that|about\s+it)|stop|abort|scratch\s+that|don'?t\s+(?:bother|share(?:\s+it)?)|not\s+now|no\s+thanks)(?:\s+(?:it|that|this|then|thanks|the\s+(?:share|request)))*$/i;
const UNDO =
  /^(?:(?:oh|sorry|no|wait|actually|oops|please)\s+)*(?:undo|revert|reverse|unshare|take\s+(?:it|that)\s+back|remove\s+(?:that|the)\s+(?:share|access))(?:\s+(?:it|that|this|the\s+last\s+(?:one|share)|my\s+last\s+share|the\s+share))*$/i;

/** What a whole message of small talk means, if it is one. */
export function smallTalkIntent(text: string): 'thanks' | 'cancel' | 'undo' | undefined {
  const t = bare(text);
  if (THANKS.test(t)) return 'thanks';
  if (CANCEL.test(t)) return 'cancel';
  if (UNDO.test(t)) return 'undo';
  return undefined;
}

/** Words that point at the item just shared ("share it with Bob", "also share that with Ana"). */
const BACK_TO_ITEM =
  /\b(?:it|that|this|the\s+same(?:\s+(?:file|folder|one|thing|doc(?:ument)?))?|that\s+(?:file|folder|one|doc(?:ument)?))\s+(?:with|to)\b|\b(?:also|too|as\s+well)\b/i;
/** Words that add to the last request ("and the Q4 one too", "also the budget"). */
const ADDS_TO_LAST =
  /^(?:(?:oh|ah|wait|sorry|actually|ok(?:ay)?|yes|yeah|right)\s+)*(?:and|also|plus)\b|\b(?:too|as\s+well|also)$/i;

/** True when a share without an item points back at the last share's item. */
export function refersToLastItem(text: string): boolean {
  return BACK_TO_ITEM.test(bare(text));
}

/** True when a share without people adds another item for the last share's people. */
export function addsToLastShare(text: string): boolean {
  return ADDS_TO_LAST.test(bare(text));
}

/**
 * "and the Q4 one too" → "the Q4 one": the item words of an add-on message that has no verb, to
 * read as the object of "share"; undefined when it is not that shape.
 */
export function addOnItemWords(text: string): string | undefined {
  // Like `bare`, but keeping mentions and the dots inside names and addresses ("report.xlsx", "ana@contoso.com").
  const t = text
    .replace(/\b(?:please|pls|plz|sharebot)\b/gi, ' ')
    .replace(/[!,:;?]+|\.+(?=\s|$)/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
  if (!ADDS_TO_LAST.test(t)) return undefined;
  const words = t
    .replace(/^(?:(?:oh|ah|wait|sorry|actually|ok(?:ay)?|yes|yeah|right)\s+)*(?:and|also|plus)\s+/i, '')
    .replace(/\s+(?:too|as\s+well|also)$/i, '')
    .trim();
  return words.length > 0 && words.split(' ').length <= 8 ? words : undefined;
}

/** A person's name as people type it: one to three capitalised words ("Bob", "Ana Lopez", "Jean-Luc O'Neil"). */
const PERSON_NAME = /^\p{Lu}[\p{Ll}'’-]+(?:\s+\p{Lu}[\p{Ll}'’-]+){0,2}$/u;

/**
 * True when the words added to the last share ("Bob", "Ana Lopez and Lee Chen", an address) are
 * shaped only like people, so "and Bob too" means the same item for Bob. Anything with a
 * determiner, a digit, a dot or lower-case words ("the Q4 one", "budget") stays an item.
 */
export function namesPeopleOnly(words: string): boolean {
  const names = words.split(/\s*,\s*|\s+(?:and|&)\s+/).filter(Boolean);
  return (
    names.length > 0 &&
    names.every(
      (name) =>
        PERSON_NAME.test(name) || /^[^\s@]+@[^\s@]+\.\w+$/.test(name) || /^<at>[^<]*<\/at>$/i.test(name),
    )
  );
}

/** Words that may stand around a role in a message that only changes it ("make it view only", "actually edit instead"). */
const ROLE_CHANGE_WORDS = new Set(
  (
    'make it that this them change switch set to actually instead rather just only no oh ah hmm hm um uh wait sorry ' +
    'i mean meant should be able give let can could ok okay then a an as access rights permission for she he they her him'
  ).split(' '),
);

/**
 * True when a message is only a role and words that change one ("make it view only",
 * "actually edit"), so it is about the last share; "let me see" is not ("me" is no such word).
 */
export function isRoleChange(text: string, roleWords: string): boolean {
  const rest = bare(text).toLowerCase().replace(roleWords.toLowerCase(), ' ');
  const words = rest.split(/\s+/).filter(Boolean);
  return words.every((word) => ROLE_CHANGE_WORDS.has(word));
}
