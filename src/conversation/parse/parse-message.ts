import { extractChatMembers } from './extract-chat-members';
import { extractDates } from './extract-dates';
import { extractEmails } from './extract-emails';
import { extractFiller } from './extract-filler';
import { extractMentions } from './extract-mentions';
import { extractMessage } from './extract-message';
import { extractOptions } from './extract-options';
import { extractPassword } from './extract-password';
import { extractPaths } from './extract-paths';
import { extractQuoted } from './extract-quoted';
import { extractRoleTypos } from './extract-role-typos';
import { decideRole, extractRoles } from './extract-roles';
import { extractSpecialFolders } from './extract-special-folders';
import { extractUrls } from './extract-urls';
import { isAccessQuestion, isGreeting, isHelp, isHowToQuestion, isShareRequest } from './intent';
import { normalizeText } from './normalize';
import type { ParseContext, ParsedMessage, ShareOptions } from './parsed-request';
import { readQuestion } from './read-question';
import { readRequest } from './read-request';
import { createScan } from './scan';
import { tokenize } from './tokenize';
import { readTypos } from './typo-tokens';

/**
 * Reads a chat message (the bot's own mention already removed) into a typed request. Pure and
 * deterministic: the clock and time zone come from `context`. Forms with a clear shape are peeled
 * off first (mentions, URLs, emails, quotes, message, password, paths, options, dates, roles and
 * misspelt role words), then
 * the remaining phrases are read around the verb.
 */
export function parseMessage(text: string, context: ParseContext): ParsedMessage {
  const normalized = normalizeText(text);
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

  const role = decideRole(scan);
  const reading = readRequest(scan, readTypos(tokenize(scan)));
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
  if (!isShareRequest(reading, role)) {
    if (isGreeting(normalized)) return { intent: 'greeting' };
    if (isHelp(normalized)) return { intent: 'help' };
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
  return {
    intent: 'share',
    ...(reading.item ? { item: reading.item } : {}),
    ...(reading.otherItems.length > 0 ? { otherItems: reading.otherItems } : {}),
    recipients: reading.recipients,
    role,
    options,
  };
}
