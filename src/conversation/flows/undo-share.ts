import { undoConfirmCard } from '../../cards/undo-confirm-card';
import type { GraphPort } from '../../graph/port';
import * as words from '../../wording/clicks';
import { describeFailure } from '../../wording/failures';
import { tokenRefusalReply } from '../../wording/replies';
import { removePermissions } from '../access/remove-permissions';
import type { ActionHandler } from '../action-reply';
import { claimRequest, settleClaim, storeClaim } from '../claimed-share';
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
  const claimed = claimRequest(request.value, deps, turn, 'undoing');
  if (!(await storeClaim(claimed, request.eTag, deps))) {
    const current = await deps.requests.get(request.value.id);
    return current ? { card: currentCard(current.value) } : { refusal: words.undoJustUsedRefusal };
  }
  const access = await turn.openGraph();
  let refusal: string | undefined;
  const stored = await settleClaim(
    claimed,
    async (record) => {
      if (!access.ok) {
        refusal = words.undoFailedRefusal(tokenRefusalReply(access, 'accessKept'));
        return restored(record, record.createdPermissionIds, deps);
      }
      const removal = await removeCreatedAccess(record, access.port, deps);
      refusal = removal.refusal;
      return removal.record;
    },
    deps,
    (record) => restored(record, record.createdPermissionIds, deps),
  );
  if (refusal !== undefined) return { refusal };
  return { card: currentCard(stored) };
};

/**
 * Removes the permissions a claimed (`undoing`) request created through the one removal path
 * (access/remove-permissions.ts); one already gone counts as removed, so running it again after a crash is safe. Returns the request undone, or
 * back where it was (keeping the permissions still to remove) with the refusal the clicker sees.
 */
export async function removeCreatedAccess(
  claimed: ShareRequestRecord,
  port: GraphPort,
  deps: FlowDeps,
): Promise<{ record: ShareRequestRecord; refusal?: string }> {
  const item = claimed.item;
  if (!item)
    return {
      record: restored(claimed, claimed.createdPermissionIds, deps),
      refusal: words.undoFailedRefusal(words.noItemToUndo),
    };
  const removals = await removePermissions(port, addressOf(item), claimed.createdPermissionIds);
  const failed = removals.filter((r) => r.outcome === 'failed');
  const [first] = failed;
  if (first) {
    deps.log('warn', 'undo refused by Graph', {
      requestId: claimed.id,
      ...graphFailureFields(first.failure),
    });
    const remaining = failed.map((r) => r.permissionId);
    // Every answer to the resent DELETE was lost too: whether the access went is not known.
    const refusal = first.mayHaveActed
      ? words.undoUnsureRefusal
      : words.undoFailedRefusal(describeFailure(first.failure, { unchanged: 'accessKept' }).text);
    return { record: restored(claimed, remaining, deps), refusal };
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

/** What the Undo confirmation card shows for a share. */
export function undoModel(record: ShareRequestRecord) {
  return {
    requestId: record.id,
    itemName: record.item?.name ?? 'this item',
    recipientNames: grantedNames(record),
  };
}
