import { undoConfirmCard } from '../../cards/undo-confirm-card';
import type { ItemAddress } from '../../domain/item';
import type { GraphPort } from '../../graph/port';
import { GraphRequestError } from '../../graph/port';
import * as words from '../../wording/clicks';
import { describeFailure } from '../../wording/failures';
import { tokenRefusalReply } from '../../wording/replies';
import type { ActionHandler } from '../action-reply';
import { claimForSharing, settleClaim, storeClaim } from '../claimed-share';
import { outcomeCard } from '../outcome-card';
import type { FlowDeps } from '../ports/flow-deps';
import { graphFailureFields } from '../ports/log';
import { addressOf } from '../prepare-confirmation';
import { currentCard } from '../request-guard';
import type { ShareRequestRecord } from '../share-request';
import { moveTo } from '../share-states';

/** Handles Undo on a result card: asks for a second confirmation first. */
export const askUndo: ActionHandler = async (_turn, request) => {
  const record = request.value;
  return { card: undoConfirmCard(undoModel(record)) };
};

/** Handles "Keep it" on the undo question: shows the result card again. */
export const keepShare: ActionHandler = async (_turn, request) => {
  const card = outcomeCard(request.value);
  return card ? { card } : { refusal: words.nothingToUndoRefusal };
};

/**
 * Handles "Yes, remove": deletes exactly the permissions this share created, nothing else. Access
 * people already had before (a re-invite merges into their existing permission) is left alone.
 * The request is claimed (`undoing`, with a lease) first, so a second click cannot run it twice
 * and a recovery finishes it if this process dies halfway.
 */
export const undoShare: ActionHandler = async (turn, request, _click, deps) => {
  const claimed = claimForSharing(request.value, deps, turn, 'undoing');
  if (!(await storeClaim(claimed, request.eTag, deps))) {
    const current = await deps.requests.get(request.value.id);
    const card = current ? outcomeCard(current.value) : undefined;
    return card ? { card } : { refusal: words.undoJustUsedRefusal };
  }
  const access = await turn.openGraph();
  let refusal: string | undefined;
  const stored = await settleClaim(
    claimed,
    async (record) => {
      if (!access.ok) {
        refusal = tokenRefusalReply(access, 'accessKept');
        return restored(record, record.createdPermissionIds, deps);
      }
      const removal = await removeCreatedAccess(record, access.port, deps);
      refusal = removal.failure;
      return removal.record;
    },
    deps,
    (record) => restored(record, record.createdPermissionIds, deps),
  );
  if (refusal !== undefined) return { refusal: words.undoFailedRefusal(refusal) };
  return { card: currentCard(stored) };
};

/**
 * Removes the permissions a claimed (`undoing`) request created, one by one; one already gone
 * counts as removed, so running it again after a crash is safe. Returns the request undone, or
 * back where it was (keeping the permissions still to remove) with why, when Graph refused.
 */
export async function removeCreatedAccess(
  claimed: ShareRequestRecord,
  port: GraphPort,
  deps: FlowDeps,
): Promise<{ record: ShareRequestRecord; failure?: string }> {
  const item = claimed.item;
  if (!item)
    return { record: restored(claimed, claimed.createdPermissionIds, deps), failure: words.noItemToUndo };
  const removed: string[] = [];
  try {
    for (const permissionId of claimed.createdPermissionIds) {
      await deleteIfPresent(port, addressOf(item), permissionId);
      removed.push(permissionId);
    }
  } catch (error) {
    if (!(error instanceof GraphRequestError)) throw error;
    deps.log('warn', 'undo refused by Graph', {
      requestId: claimed.id,
      ...graphFailureFields(error.failure),
    });
    const remaining = claimed.createdPermissionIds.filter((id) => !removed.includes(id));
    const failure = describeFailure(error.failure, { unchanged: 'accessKept' }).text;
    return { record: restored(claimed, remaining, deps), failure };
  }
  const names = grantedNames(claimed).join(', ');
  const removedAny = claimed.createdPermissionIds.length > 0;
  const undone = moveTo(
    claimed,
    'undone',
    {
      outcome: { kind: 'undone', names, itemName: item.name, removedAny },
      createdPermissionIds: [],
      lease: undefined,
    },
    deps.now().getTime(),
  );
  return { record: undone };
}

/** A permission already gone counts as removed. */
async function deleteIfPresent(port: GraphPort, item: ItemAddress, id: string): Promise<void> {
  try {
    await port.deletePermission(item, id);
  } catch (error) {
    if (error instanceof GraphRequestError && error.failure.kind === 'notFound') return;
    throw error;
  }
}

/** The request back where it was before Undo, keeping only the permissions still to remove. */
export function restored(
  claimed: ShareRequestRecord,
  remaining: string[],
  deps: FlowDeps,
): ShareRequestRecord {
  const before = claimed.outcome?.kind === 'partlyShared' ? 'partlyShared' : 'shared';
  return moveTo(claimed, before, { createdPermissionIds: remaining, lease: undefined }, deps.now().getTime());
}

/** The people this request gave access to (all of them, or those a partly done share reached). */
function grantedNames(record: ShareRequestRecord): string[] {
  const granted = new Set(record.grants.map((g) => g.recipient));
  return record.recipients.filter((_, index) => granted.has(index)).map((r) => r.person.displayName);
}

function undoModel(record: ShareRequestRecord) {
  return {
    requestId: record.id,
    itemName: record.item?.name ?? 'this item',
    recipientNames: grantedNames(record),
  };
}
