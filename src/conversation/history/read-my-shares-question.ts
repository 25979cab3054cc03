import { isKnownTimeZone, localDayOfMonth, localWeekday, startOfLocalDay } from '../parse/time-zone';

/** Which shares a "what did I share …?" question asks about. */
export interface MySharesQuestion {
  /** The period asked about, as instants; absent: the latest shares, whenever they were. */
  period?: { from: number; to: number; words: string };
  /** "… with Ana": only shares that reached someone whose name or address has these words. */
  person?: string;
}

const aboutMyShares = [
  /\b(?:what|which|anything|everything|show|list|tell|see|remind)\b.*\b(?:i(?:'ve| have| had)?\s+(?:already\s+)?(?:shared|sent)|(?:did|have)\s+i\s+(?:already\s+)?(?:share|shared|send|sent))\b/,
  /\bmy\s+(?:shares|shared\s+(?:files|items|documents)|sharing\s+history|recent\s+shares)\b/,
  /\b(?:files|documents|things|stuff|items)\s+i(?:'ve| have)?\s+shared\b/,
];

/** A yes/no question about one item stays with the access questions ("did I share report.xlsx with Ana?"). */
const namesAnItem = /\.[a-z0-9]{2,5}\b|https?:\/\/|\//;

/**
 * Reads "what did I share today?", "what have I shared this week?", "my shares", "what did I share
 * with Ana?" in the sender's time zone (UTC when unknown). Undefined when the message is not such a
 * question, so it goes on to the other readers: a sentence that names an item, or "share …".
 */
export function readMySharesQuestion(
  text: string,
  context: { timeZone?: string; now: Date },
): MySharesQuestion | undefined {
  const lowered = text.toLowerCase().replace(/[’‘]/g, "'").replace(/\s+/g, ' ').trim();
  if (!aboutMyShares.some((pattern) => pattern.test(lowered))) return undefined;
  if (/^(?:please\s+)?share\b/.test(lowered) || namesAnItem.test(lowered)) return undefined;
  const timeZone = isKnownTimeZone(context.timeZone) ? context.timeZone : 'UTC';
  const period = readPeriod(lowered, context.now, timeZone);
  const person =
    /\bwith\s+(.+?)(?:\s+(?:today|yesterday|this|last|in|during|over|since|recently|lately)\b.*)?[?.!\s]*$/.exec(
      lowered,
    )?.[1];
  return {
    period,
    person: person && !/^(?:me|anyone|anybody|people|others)$/.test(person) ? person : undefined,
  };
}

function readPeriod(text: string, now: Date, timeZone: string): MySharesQuestion['period'] {
  const at = now.getTime();
  const day = (shift: number) => startOfLocalDay(now, timeZone, shift).getTime();
  if (/\btoday\b/.test(text)) return { from: day(0), to: at, words: 'today' };
  if (/\byesterday\b/.test(text)) return { from: day(-1), to: day(0), words: 'yesterday' };
  const weekStart = -localWeekday(now, timeZone);
  if (/\b(?:last|previous) week\b/.test(text))
    return { from: day(weekStart - 7), to: day(weekStart), words: 'last week' };
  if (/\bthis week\b/.test(text)) return { from: day(weekStart), to: at, words: 'this week' };
  const monthStart = 1 - localDayOfMonth(now, timeZone);
  if (/\bthis month\b/.test(text)) return { from: day(monthStart), to: at, words: 'this month' };
  const days = /\b(?:last|past) (\d{1,3}) days\b/.exec(text);
  if (days) {
    const count = Math.max(1, Number(days[1]));
    return { from: day(1 - count), to: at, words: `in the last ${count} days` };
  }
  return undefined;
}
