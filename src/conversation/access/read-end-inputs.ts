import { ConfirmInputs } from '../../cards/models';
import type { ActionInputs } from '../action-reply';
import { instantOfWallClock, isKnownTimeZone } from '../parse/time-zone';

/** What a card's end inputs say: not sent (keep what was asked), no end, or an instant. */
export type EndInput =
  | { kind: 'notSent' }
  | { kind: 'none' }
  | { kind: 'at'; at: number }
  | { kind: 'invalid' };

const datePattern = /^(\d{4})-(\d{2})-(\d{2})$/;
const timePattern = /^(\d{2}):(\d{2})(?::\d{2})?$/;

/**
 * Reads the end date (yyyy-MM-dd) and time (HH:mm) inputs as a wall clock in the person's time
 * zone (UTC when unknown). An empty date means no end; a date without a time ends at 23:59, as
 * "until Friday" does. Values a client could not have sent are `invalid`.
 */
export function readEndInputs(inputs: ActionInputs, timeZone: string | undefined): EndInput {
  const date = inputs[ConfirmInputs.endDate];
  const time = inputs[ConfirmInputs.endTime];
  if (date === undefined && time === undefined) return { kind: 'notSent' };
  if (date === undefined || date === '') return { kind: 'none' };
  if (typeof date !== 'string') return { kind: 'invalid' };
  const day = datePattern.exec(date.trim());
  const clock =
    typeof time === 'string' && time.trim() !== '' ? timePattern.exec(time.trim()) : ['', '23', '59'];
  if (!day || !clock) return { kind: 'invalid' };
  const [year, month, dayOfMonth, hour, minute] = [day[1], day[2], day[3], clock[1], clock[2]].map(Number);
  if (month < 1 || month > 12 || dayOfMonth < 1 || dayOfMonth > 31 || hour > 23 || minute > 59)
    return { kind: 'invalid' };
  const zone = isKnownTimeZone(timeZone) ? timeZone : 'UTC';
  const at = instantOfWallClock({ year, month, day: dayOfMonth, hour, minute, second: 0 }, zone).getTime();
  return { kind: 'at', at };
}
