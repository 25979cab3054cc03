/**
 * A date as an Adaptive Card `{{DATE(...)}}` function, so each client shows it in the viewer's own
 * locale and time zone (https://learn.microsoft.com/adaptive-cards/authoring-cards/text-features).
 * The function accepts only `yyyy-MM-ddTHH:mm:ssZ` (no fractions), so Graph's timestamps are
 * normalised first. Undefined when the input is not a date.
 */
export function cardDate(isoDateTime: string | undefined): string | undefined {
  if (!isoDateTime) return undefined;
  const time = Date.parse(isoDateTime);
  if (Number.isNaN(time)) return undefined;
  const iso = new Date(time).toISOString().replace(/\.\d{3}Z$/, 'Z');
  return `{{DATE(${iso}, SHORT)}}`;
}

/** Formats a date for a person in their time zone, e.g. "Friday, 4 December 2026". */
export function formatDate(iso: string, timeZone: string | undefined): string {
  const options: Intl.DateTimeFormatOptions = {
    weekday: 'long',
    day: 'numeric',
    month: 'long',
    year: 'numeric',
  };
  try {
    return new Intl.DateTimeFormat('en-GB', { ...options, timeZone }).format(new Date(iso));
  } catch {
    return new Intl.DateTimeFormat('en-GB', { ...options, timeZone: 'UTC' }).format(new Date(iso));
  }
}

/**
 * An end time for a person in their time zone, e.g. "Fri 12 Dec, 23:59"; the year is added when it
 * is not the year of `now` ("Wed 31 Mar 2027, 23:59"). UTC when the time zone is unknown.
 */
export function formatEndTime(at: number, timeZone: string | undefined, now: number): string {
  const zone = knownZone(timeZone) ?? 'UTC';
  const year = (instant: number) =>
    new Intl.DateTimeFormat('en-GB', { year: 'numeric', timeZone: zone }).format(new Date(instant));
  const parts = new Intl.DateTimeFormat('en-GB', {
    weekday: 'short',
    day: 'numeric',
    month: 'short',
    ...(year(at) === year(now) ? {} : { year: 'numeric' }),
    timeZone: zone,
  }).format(new Date(at));
  return `${parts.replace(',', '')}, ${clockTime(at, zone)}`;
}

/** The date and time inputs' values ("2026-12-12", "23:59") of an instant in a time zone (UTC when unknown). */
export function dateTimeInputValues(
  at: number,
  timeZone: string | undefined,
): { date: string; time: string } {
  const zone = knownZone(timeZone) ?? 'UTC';
  const date = new Intl.DateTimeFormat('en-CA', {
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    timeZone: zone,
  }).format(new Date(at));
  return { date, time: clockTime(at, zone) };
}

/** "23:59": the 24-hour clock time of an instant in a time zone Intl knows. */
function clockTime(at: number, zone: string): string {
  return new Intl.DateTimeFormat('en-GB', {
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
    timeZone: zone,
  }).format(new Date(at));
}

function knownZone(timeZone: string | undefined): string | undefined {
  if (!timeZone) return undefined;
  try {
    new Intl.DateTimeFormat('en-GB', { timeZone });
    return timeZone;
  } catch {
    return undefined;
  }
}
