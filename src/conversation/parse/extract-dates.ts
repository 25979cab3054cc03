import * as chrono from 'chrono-node';
import type { ShareOptions } from './parsed-request';
import { claim, MASK_CHAR, type Scan, spanOf } from './scan';
import { instantOfWallClock, isKnownTimeZone, offsetMinutesAt } from './time-zone';

const EXPIRY_CUE =
  /(?:\b(?:until|till|til|untill|through|thru|up\s+(?:to|until)|expir(?:es|e|ing|y|ation)(?:\s+(?:on|in|at|date|after))?|ending(?:\s+on)?|ends?(?:\s+on)?|valid\s+(?:until|till|through|thru|for)|lasting|only\s+for|access\s+for)|'til)\s*[:,]?\s*(?:the\s+)?$/i;
const FOR_CUE = /\bfor\s+(?:the\s+)?$/i;
const DURATION =
  /\b(?:\d+(?:\.\d+)?|an?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|(?:a\s+)?couple(?:\s+of)?|few|several)\s+(?:more\s+)?(?:minutes?|mins?|hours?|hrs?|days?|weeks?|wks?|months?|years?|yrs?)\b|\bfortnight\b/i;
const INNER_CUE = /\b(?:until|till|til|through|thru|to)\s+/i;

/** Chooses little-endian dates (3/4 = 3 April) outside the Americas, month-first inside. */
function parserFor(timeZone: string | undefined): chrono.Chrono {
  return timeZone === undefined || timeZone.startsWith('America/') || timeZone.startsWith('US/')
    ? chrono.en.casual
    : chrono.en.GB;
}

/** A date chrono found: where, which words, and its components. */
interface DateMatch {
  index: number;
  text: string;
  start: chrono.ParsedComponents;
}

/**
 * chrono reads "May until Friday" as one range; the expiry is the part after the inner cue, re-read
 * on its own, with its index in the whole text.
 */
function cuedPartOfRange(
  parser: chrono.Chrono,
  result: chrono.ParsedResult,
  reference: chrono.ParsingReference,
): DateMatch | undefined {
  const inner = INNER_CUE.exec(result.text);
  if (!result.end || !inner) return undefined;
  const offset = result.index + inner.index;
  const tail = result.text.slice(inner.index);
  const [part] = parser.parse(tail, reference, { forwardDate: true });
  if (!part) return undefined;
  return { index: offset + part.index, text: part.text, start: part.start };
}

/** The expiry instant: durations keep the time of day, plain dates last until the end of that day. */
function expiryInstant(result: DateMatch, timeZone: string): Date {
  const c = result.start;
  const isDuration = DURATION.test(result.text);
  const dateOnly = !isDuration && !c.isCertain('hour');
  return instantOfWallClock(
    {
      year: c.get('year') ?? 1970,
      month: c.get('month') ?? 1,
      day: c.get('day') ?? 1,
      hour: dateOnly ? 23 : (c.get('hour') ?? 0),
      minute: dateOnly ? 59 : (c.get('minute') ?? 0),
      second: dateOnly ? 59 : (c.get('second') ?? 0),
    },
    timeZone,
  );
}

/**
 * Peels off an expiry ("until Friday", "for 2 weeks", "expires 31 March") read by chrono-node in the
 * user's time zone. Dates without an expiry cue are left alone: they may be part of a file name
 * ("Budget March 2027.xlsx") or a person's name ("April").
 */
export function extractDates(
  scan: Scan,
  now: Date,
  timeZone: string | undefined,
): ShareOptions['expiration'] {
  const zone = isKnownTimeZone(timeZone) ? timeZone : 'UTC';
  const reference = { instant: now, timezone: offsetMinutesAt(now, zone) };
  const text = scan.work.replaceAll(MASK_CHAR, ' ');
  let expiration: ShareOptions['expiration'];
  const parser = parserFor(timeZone);
  for (const found of parser.parse(text, reference, { forwardDate: true })) {
    const result: DateMatch = cuedPartOfRange(parser, found, reference) ?? found;
    const start = result.index;
    const end = start + result.text.replace(/[\s,;.]+$/, '').length;
    const before = text.slice(0, start);
    const cue = EXPIRY_CUE.exec(before) ?? (DURATION.test(result.text) ? FOR_CUE.exec(before) : null);
    const isDurationPhrase = /^for\s/i.test(result.text) && DURATION.test(result.text);
    const insideFileName = /^\.[\p{L}\p{N}]/u.test(text.slice(end));
    if ((cue || isDurationPhrase) && !insideFileName) {
      const from = cue ? cue.index : start;
      if (!expiration) {
        expiration = { at: expiryInstant(result, zone), words: scan.original.slice(from, end).trim() };
      }
      claim(scan, { kind: 'gap', span: spanOf(scan, from, end) });
    }
  }
  return expiration;
}
