import { extractChatMembers } from './extract-chat-members';
import { extractDates } from './extract-dates';
import { extractEmails } from './extract-emails';
import { extractFiller } from './extract-filler';
import { splitSharedNounList } from './extract-item-list';
import { extractMentions } from './extract-mentions';
import { extractMessage } from './extract-message';
import { extractOptions } from './extract-options';
import { extractPassword } from './extract-password';
import { extractPaths } from './extract-paths';
import { readPersonRoles } from './extract-person-roles';
import { extractQuoted } from './extract-quoted';
import { extractRoleTypos } from './extract-role-typos';
import { decideRole, extractRoles } from './extract-roles';
import { extractSpecialFolders } from './extract-special-folders';
import { extractUrls } from './extract-urls';
import {
  addOnItemWords,
  addsToLastShare,
  isRoleChange,
  namesPeopleOnly,
  refersToLastItem,
  smallTalkIntent,
} from './follow-ups';
import { isAccessQuestion, isGreeting, isHelp, isHowToQuestion, isShareRequest } from './intent';
import { looksNotEnglish } from './language';
import { normalizeText } from './normalize';
import type { ParseContext, ParsedMessage, ShareOptions } from './parsed-request';
import { readQuestion } from './read-question';
import { readRequest } from './read-request';
import { createScan } from './scan';
import { tokenize } from './tokenize';
import { readTypos } from './typo-tokens';

/** Words just before an item that say it is not the one meant ("instead of", "rather than", "not"). */
const NOT_MEANT = /\b(?:instead\s+of|rather\s+than|not)\s+(?:the\s+)?$/i;

/**
 * Reads a chat message (the bot's own mention already removed) into a typed request. Pure and
 * deterministic: the clock and time zone come from `context`. Forms with a clear shape are peeled
 * off first (mentions, URLs, emails, quotes, message, password, paths, options, dates, roles and
 * misspelt role words), then
 * the remaining phrases are read around the verb.
 */
export function parseMessage(text: string, context: ParseContext): ParsedMessage {
  const normalized = normalizeText(text);
  // Whole-message small talk first: "don't share it" and "undo my last share" name the verb too.
  const smallTalk = smallTalkIntent(normalized);
  if (smallTalk) return { intent: smallTalk };
  const scan = createScan(text, normalized);
  extractMentions(scan, context.mentions);
  extractUrls(scan);
  extractEmails(scan);
  extractQuoted(scan);
  const message = extractMessage(scan);
  const password = extractPassword(scan);
  extractPaths(scan);
  const question = readQuestion(scan);
  const flags = extractOptions(scan);
  const expiration = extractDates(scan, context.now, context.timeZone);
  extractChatMembers(scan);
  extractSpecialFolders(scan);
  extractFiller(scan);
  extractRoles(scan);
  extractRoleTypos(scan);

  const reading = readRequest(scan, readTypos(tokenize(scan)));
  const role = readPersonRoles(scan, reading.recipients, decideRole(scan));
  const taken = [reading.item?.span, ...reading.recipients.map((r) => r.span)];
  const leftoverQuote = scan.pieces.find(
    (p) => p.kind === 'quoted' && !taken.some((s) => s && s.start < p.span.end && p.span.start < s.end),
  );

  if (question && isAccessQuestion(question, reading, role)) {
    const about = question.about === 'person' && reading.recipients.length === 0 ? 'who' : question.about;
    return {
      intent: 'question',
      about,
      ...(reading.item ? { item: reading.item } : {}),
      recipients: about === 'who' ? [] : reading.recipients,
      ...(role.kind === 'role' ? { role: role.role } : {}),
    };
  }
  // "send it to Bob", "forward it to Ana": a verb, people and a word pointing back at the last item.
  const backToItem =
    reading.verb !== undefined &&
    !reading.item &&
    reading.recipients.length > 0 &&
    refersToLastItem(normalized);
  if (!isShareRequest(reading, role) && !backToItem) {
    if (isGreeting(normalized)) return { intent: 'greeting' };
    if (isHelp(normalized)) return { intent: 'help' };
    if (
      role.kind === 'role' &&
      !reading.item &&
      reading.recipients.length === 0 &&
      isRoleChange(normalized, role.words)
    ) {
      return { intent: 'changeRole', role };
    }
    const addOn = addOnItemWords(normalized);
    // "and Bob too" adds a person to the last item; "and the Q4 one too" adds an item for its people.
    const person =
      addOn && namesPeopleOnly(addOn) ? parseMessage(`share it with ${addOn}`, context) : undefined;
    if (person?.intent === 'share' && person.refersTo === 'lastItem') return person;
    const framed = addOn ? parseMessage(`share ${addOn}`, context) : undefined;
    if (framed?.intent === 'share' && framed.item && framed.recipients.length === 0) {
      return { ...framed, refersTo: 'lastPeople' };
    }
    if (looksNotEnglish(normalized)) return { intent: 'otherLanguage' };
    return { intent: 'unknown', text: text.trim() };
  }
  if (
    isHowToQuestion(normalized) &&
    !reading.strongItem &&
    !reading.recipients.some((r) => r.kind !== 'name')
  ) {
    return { intent: 'help' };
  }

  const options: ShareOptions = { ...flags };
  const note = message ?? (leftoverQuote?.kind === 'quoted' ? leftoverQuote.inner.text : undefined);
  if (note !== undefined) options.message = note;
  if (expiration) options.expiration = expiration;
  if (password !== undefined) options.password = password;
  const named = (reading.item && splitSharedNounList(reading.item)) ?? [reading.item];
  // "share budget.xlsx instead of report.xlsx": the item after "instead of" is the one not meant.
  const [item, ...otherItems] = [...named, ...reading.otherItems].filter(
    (ref): ref is NonNullable<typeof ref> =>
      ref !== undefined && !NOT_MEANT.test(text.slice(0, ref.span.start)),
  );
  return {
    intent: 'share',
    ...(item ? { item } : {}),
    ...(otherItems.length > 0 ? { otherItems } : {}),
    recipients: reading.recipients,
    role,
    options,
    ...backReference(normalized, reading.item !== undefined, reading.recipients.length > 0),
  };
}

/** Marks a share that leans on the last one: "share it with Bob" (its item), "the budget too" (its people). */
function backReference(
  text: string,
  hasItem: boolean,
  hasPeople: boolean,
): { refersTo?: 'lastItem' | 'lastPeople' } {
  if (!hasItem && hasPeople && refersToLastItem(text)) return { refersTo: 'lastItem' };
  if (hasItem && !hasPeople && addsToLastShare(text)) return { refersTo: 'lastPeople' };
  return {};
}
