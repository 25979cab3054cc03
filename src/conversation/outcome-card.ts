import type { AdaptiveCard } from '../cards/adaptive-card';
import { formatEndTime } from '../cards/format-date';
import type { ResultCardModel, ResultLineView } from '../cards/models';
import { noticeCard } from '../cards/notice-card';
import { resultCard } from '../cards/result-card';
import { unknownShareCard } from '../cards/unknown-share-card';
import * as words from '../wording/clicks';
import { exampleSentence } from '../wording/replies';
import * as outcomeWords from '../wording/share-outcomes';
import * as timedWords from '../wording/timed-access';
import { isKnownTimeZone } from './parse/time-zone';
import type { ShareRequestRecord } from './share-request';

/** The card that shows how a request ended, rebuilt from its stored outcome; undefined while open. */
export function outcomeCard(record: ShareRequestRecord): AdaptiveCard | undefined {
  const outcome = record.outcome;
  switch (outcome?.kind) {
    case undefined:
      return undefined;
    case 'cancelled':
      return noticeCard({ ...words.cancelledNotice, tone: 'info' });
    case 'expired':
      return noticeCard({ ...words.expiredNotice(outcome.minutes), tone: 'warning' });
    case 'noneOfTheseFiles':
      return noticeCard({ ...words.noneOfTheseFilesNotice(exampleSentence), tone: 'info' });
    case 'noneOfThesePeople':
      return noticeCard({ ...words.noneOfThesePeopleNotice(exampleSentence), tone: 'info' });
    case 'notShared':
      return noticeCard({ title: outcome.title, text: outcome.text, tone: 'attention' });
    case 'shared':
      return grantedCard(record, outcome.lines, {
        notes: [
          ...(outcome.checked ? [outcomeWords.checkedAccessNote] : []),
          ...(outcome.removedNames ? [outcomeWords.removedOneByOneNote(outcome.removedNames)] : []),
        ],
      });
    case 'partlyShared':
      return grantedCard(record, outcome.lines, {
        canShareMissing: true,
        notes: [
          outcomeWords.missingPeopleNote(outcome.missingNames),
          ...(outcome.reason ? [outcome.reason] : []),
          ...(outcome.removedNames ? [outcomeWords.removedOneByOneNote(outcome.removedNames)] : []),
        ],
      });
    case 'unknown':
      return unknownShareCard({
        requestId: record.id,
        itemName: outcome.itemName,
        ...outcomeWords.unknownShareNotice(outcome.itemName),
      });
    case 'undone':
      return noticeCard({
        ...words.shareUndoneNotice(outcome.names, outcome.itemName, outcome.removedAny),
        tone: 'good',
      });
    case 'ended':
      return noticeCard({
        ...timedWords.accessEndedNotice(outcome.names, outcome.itemName, outcome.planned),
        tone: 'good',
      });
  }
}

/** The result card of a request that granted access, with Undo. */
function grantedCard(
  record: ShareRequestRecord,
  lines: ResultLineView[],
  extra: Pick<ResultCardModel, 'canShareMissing' | 'notes'>,
): AdaptiveCard | undefined {
  if (!record.item) return undefined;
  const notes = [...(extra.notes ?? []), ...endNotes(record)];
  return resultCard({
    requestId: record.id,
    item: record.item,
    lines,
    canUndo: true,
    ...extra,
    ...(notes.length > 0 ? { notes } : {}),
  });
}

/** The result card's note about a timed share's end, while Sharebot is to remove it. */
function endNotes(record: ShareRequestRecord): string[] {
  const end = record.accessEnd;
  if (!end || (end.state !== 'scheduled' && end.state !== 'ending')) return [];
  const timeZone = record.confirmation?.timeZone;
  const when = formatEndTime(end.at, timeZone, record.updatedAt);
  return [timedWords.resultEndNote(when, isKnownTimeZone(timeZone))];
}
