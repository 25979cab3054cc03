import type { AdaptiveCard } from '../../cards/adaptive-card';
import { dateTimeInputValues, formatEndTime } from '../../cards/format-date';
import {
  changedAccessCard,
  extendAccessCard,
  reminderCard,
  removeNowCard,
} from '../../cards/timed-access-cards';
import * as words from '../../wording/timed-access';
import { isKnownTimeZone } from '../parse/time-zone';
import type { ShareRequestRecord } from '../share-request';

/** What the timed-access cards and sentences say about a share: whose access, to what, ending when. */
export function timedAccessFacts(record: ShareRequestRecord) {
  const timeZone = record.confirmation?.timeZone;
  const at = record.accessEnd?.at ?? record.updatedAt;
  return {
    names: (record.accessEnd?.permissions ?? []).map((permission) => permission.name),
    itemName: record.item?.name ?? 'the file',
    when: formatEndTime(at, timeZone, record.updatedAt),
    zoneKnown: isKnownTimeZone(timeZone),
    at,
    timeZone,
  };
}

/** The reminder card of a timed share: its end as the new-end inputs' starting values. */
export function reminderCardFor(record: ShareRequestRecord): AdaptiveCard {
  const facts = timedAccessFacts(record);
  return reminderCard({
    requestId: record.id,
    ...words.reminderWords(facts.names, facts.itemName, facts.when, facts.zoneKnown),
    endInputs: dateTimeInputValues(facts.at, facts.timeZone),
    dateLabel: words.newEndDateLabel,
    timeLabel: words.endTimeLabel,
  });
}

/** The card that asks before moving a timed share's end to `at` (asked in chat). */
export function extendAccessCardFor(record: ShareRequestRecord, at: number): AdaptiveCard {
  const facts = timedAccessFacts(record);
  const newWhen = formatEndTime(at, facts.timeZone, record.updatedAt);
  return extendAccessCard({
    requestId: record.id,
    ...words.extendQuestionWords(facts.names, facts.itemName, facts.when, newWhen, facts.zoneKnown),
    endInputs: dateTimeInputValues(at, facts.timeZone),
    dateLabel: words.newEndDateLabel,
    timeLabel: words.endTimeLabel,
  });
}

/** The message with Remove now: no token at the end, or Graph's refusal (`reason`). */
export function removeNowCardFor(record: ShareRequestRecord, reason?: string): AdaptiveCard {
  const facts = timedAccessFacts(record);
  const text = reason
    ? words.removalRefusedWords(facts.names, facts.itemName, reason)
    : words.noTokenAtEndWords(facts.names, facts.itemName);
  return removeNowCard({ requestId: record.id, ...text });
}

/** The question when someone changed a timed permission's role: Remove anyway or Keep access. */
export function changedAccessCardFor(record: ShareRequestRecord): AdaptiveCard {
  const facts = timedAccessFacts(record);
  return changedAccessCard({ requestId: record.id, ...words.changedAtEndWords(facts.names, facts.itemName) });
}
