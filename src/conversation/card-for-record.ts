import type { AdaptiveCard } from '../cards/adaptive-card';
import { confirmCard } from '../cards/confirm-card';
import { pickFileCard } from '../cards/pick-file-card';
import { pickPersonCard } from '../cards/pick-person-card';
import type { GraphPort } from '../graph/port';
import { buildConfirmModel, prepareConfirmation } from './prepare-confirmation';
import { describeItemRef } from './resolve/resolve-item';
import type { ShareRequestRecord } from './share-request';
import { moveTo } from './share-states';

/**
 * The next card a request needs: a file choice, then one person choice at a time, then the
 * confirmation (whose details cost one more Graph round trip).
 */
export async function cardForRecord(
  record: ShareRequestRecord,
  port: GraphPort,
  timeZone: string | undefined,
  now: number,
): Promise<{ record: ShareRequestRecord; card: AdaptiveCard }> {
  if (!record.item && record.fileChoices) {
    const next = moveTo(record, 'pickingFile', {}, now);
    return {
      record: next,
      card: pickFileCard({
        requestId: record.id,
        query: describeItemRef(record.itemRef),
        choices: record.fileChoices,
      }),
    };
  }
  const [pending] = record.pending;
  if (pending) {
    const next = moveTo(record, 'pickingPerson', {}, now);
    return {
      record: next,
      card: pickPersonCard({
        requestId: record.id,
        query: pending.query,
        choices: pending.choices,
        suggested: pending.suggested,
      }),
    };
  }
  const prepared = await prepareConfirmation(record, port, timeZone, now);
  return {
    record: prepared,
    card: confirmCard(buildConfirmModel(prepared, prepared.confirmation)),
  };
}
