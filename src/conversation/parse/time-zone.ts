/** Wall-clock fields of an instant in a time zone. */
interface WallClock {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
  second: number;
}

/**
 * One wall-clock formatter per time zone Intl knows. Building an Intl.DateTimeFormat costs far more
 * than using one, and every message needs several. Only names Intl accepts are kept, keyed in lower
 * case (Intl ignores case), so the map cannot grow beyond the IANA list whatever clients send.
 */
const formatters = new Map<string, Intl.DateTimeFormat>();

function wallClockFormat(timeZone: string): Intl.DateTimeFormat {
  const key = timeZone.toLowerCase();
  let format = formatters.get(key);
  if (!format) {
    format = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
    });
    formatters.set(key, format);
  }
  return format;
}

/** True when Intl knows the IANA time zone name. */
export function isKnownTimeZone(timeZone: string | undefined): timeZone is string {
  if (!timeZone) return false;
  try {
    wallClockFormat(timeZone);
    return true;
  } catch {
    return false;
  }
}

/** The wall clock an instant shows in a time zone. */
function wallClockAt(instant: Date, timeZone: string): WallClock {
  const parts = wallClockFormat(timeZone).formatToParts(instant);
  const field = (type: string) => Number(parts.find((p) => p.type === type)?.value ?? 0);
  return {
    year: field('year'),
    month: field('month'),
    day: field('day'),
    hour: field('hour'),
    minute: field('minute'),
    second: field('second'),
  };
}

/** Minutes east of UTC that a time zone is at the given instant (Europe/Madrid in July: 120). */
export function offsetMinutesAt(instant: Date, timeZone: string): number {
  const w = wallClockAt(instant, timeZone);
  const asUtc = Date.UTC(w.year, w.month - 1, w.day, w.hour, w.minute, w.second);
  const whole = Math.floor(instant.getTime() / 1000) * 1000;
  return Math.round((asUtc - whole) / 60000);
}

/** The instant at which a time zone's wall clock shows the given fields (DST-aware). */
export function instantOfWallClock(w: WallClock, timeZone: string): Date {
  const naive = Date.UTC(w.year, w.month - 1, w.day, w.hour, w.minute, w.second);
  let guess = naive - offsetMinutesAt(new Date(naive), timeZone) * 60000;
  guess = naive - offsetMinutesAt(new Date(guess), timeZone) * 60000;
  return new Date(guess);
}

/**
 * The instant a day starts (00:00 on the wall clock) in a time zone: the day of `instant`, moved
 * by `dayShift` days (-1: yesterday). DST-aware.
 */
export function startOfLocalDay(instant: Date, timeZone: string, dayShift = 0): Date {
  const w = wallClockAt(instant, timeZone);
  const day = new Date(Date.UTC(w.year, w.month - 1, w.day + dayShift));
  return instantOfWallClock(
    {
      year: day.getUTCFullYear(),
      month: day.getUTCMonth() + 1,
      day: day.getUTCDate(),
      hour: 0,
      minute: 0,
      second: 0,
    },
    timeZone,
  );
}

/** The weekday of an instant in a time zone, Monday = 0 … Sunday = 6. */
export function localWeekday(instant: Date, timeZone: string): number {
  const w = wallClockAt(instant, timeZone);
  return (new Date(Date.UTC(w.year, w.month - 1, w.day)).getUTCDay() + 6) % 7;
}

/** The day of the month of an instant in a time zone (1–31). */
export function localDayOfMonth(instant: Date, timeZone: string): number {
  return wallClockAt(instant, timeZone).day;
}
