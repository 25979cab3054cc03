import { parseMessage } from '../parse/parse-message';
import type { ParseContext } from '../parse/parsed-request';

/** An "extend …'s access" message: who, on what, and the new end when the message gave one. */
export interface ExtendRequest {
  personText: string;
  itemText: string;
  /** A new end (epoch ms), or how much later than the current end it is ("by a week"). */
  end?: { kind: 'at'; at: number } | { kind: 'later'; byMs: number };
}

const extendVerb = /^\s*(?:(?:please|pls|can\s+you|could\s+you)\s+)?(?:extend|prolong|lengthen)\s+/i;
/** "Ana's access to plan.xlsx …", "Ana Lopez's access on plan.xlsx …". */
const possessiveAccess = /^(.+?)['’]s?\s+access\s+(?:to|on|for)\s+(.+)$/i;
/** "access to plan.xlsx for Ana …", "the access on plan.xlsx for Ana …". */
const accessFor = /^(?:the\s+)?access\s+(?:to|on)\s+(.+)$/i;
/** "by a week", "for another week", "by 3 more days": added to the current end, not to now. */
const relativeEnd = /\b(?:by|for\s+(?:another|a\s+further|one\s+more|\d+\s+more))\s+/i;

/**
 * Reads a message that asks to move the end of timed access ("extend Ana's access to plan.xlsx
 * until Monday"). The person, the item and the end are read by the share parser from the same words
 * as "share plan.xlsx until Monday with Ana", so every way of naming a file or an end it knows
 * works here too. Undefined for any other message.
 */
export function readExtendRequest(text: string, context: ParseContext): ExtendRequest | undefined {
  const verb = extendVerb.exec(text);
  if (!verb) return undefined;
  const rest = text
    .slice(verb[0].length)
    .trim()
    .replace(/[.!?]+$/, '');
  const relative = relativeEnd.test(rest);
  // "by a week" / "for another week" read as "for a week": the parser's duration, from now.
  const plain = rest.replace(relativeEnd, 'for ').replace(/\bfor\s+(?:a\s+)?(\d+)\s+more\s+/i, 'for $1 ');
  const possessive = possessiveAccess.exec(plain);
  const sentence = possessive
    ? `share ${possessive[2]} with ${possessive[1]}`
    : accessFor.test(plain)
      ? `share ${plain.replace(/^(?:the\s+)?access\s+(?:to|on)\s+/i, '')}`
      : undefined;
  if (!sentence) return undefined;
  const parsed = parseMessage(sentence, context);
  if (parsed.intent !== 'share' || !parsed.item || parsed.item.kind !== 'name') return undefined;
  const person = parsed.recipients.find((recipient) => recipient.kind === 'name');
  if (person?.kind !== 'name') return undefined;
  const expiration = parsed.options.expiration;
  const now = context.now.getTime();
  return {
    personText: person.text,
    itemText: parsed.item.name,
    ...(expiration
      ? {
          end: relative
            ? { kind: 'later', byMs: expiration.at.getTime() - now }
            : { kind: 'at', at: expiration.at.getTime() },
        }
      : {}),
  };
}
