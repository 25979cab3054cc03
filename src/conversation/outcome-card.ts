import type { AdaptiveCard } from '../cards/adaptive-card';
import type { ResultCardModel, ResultLineView } from '../cards/models';
import { noticeCard } from '../cards/notice-card';
import { resultCard } from '../cards/result-card';
import { unknownShareCard } from '../cards/unknown-share-card';
import * as words from '../wording/clicks';
import { exampleSentence } from '../wording/replies';
import * as outcomeWords from '../wording/share-outcomes';
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
        notes: outcome.checked ? [outcomeWords.checkedAccessNote] : undefined,
      });
    case 'partlyShared':
      return grantedCard(record, outcome.lines, {
        canShareMissing: true,
        notes: [
          outcomeWords.missingPeopleNote(outcome.missingNames),
          ...(outcome.reason ? [outcome.reason] : []),
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
  }
}

/** The result card of a request that granted access, with Undo. */
function grantedCard(
  record: ShareRequestRecord,
  lines: ResultLineView[],
  extra: Pick<ResultCardModel, 'canShareMissing' | 'notes'>,
): AdaptiveCard | undefined {
  if (!record.item) return undefined;
  return resultCard({ requestId: record.id, item: record.item, lines, canUndo: true, ...extra });
}
