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
