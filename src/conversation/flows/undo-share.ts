import type { AdaptiveCard } from '../../cards/adaptive-card';
import { undoConfirmCard } from '../../cards/undo-confirm-card';
import type { ItemAddress } from '../../domain/item';
import type { GraphPort } from '../../graph/port';
import { GraphRequestError } from '../../graph/port';
import * as words from '../../wording/clicks';
import { describeFailure } from '../../wording/failures';
import { tokenRefusalReply } from '../../wording/replies';
import type { ActionHandler, ActionReply } from '../action-reply';
import { outcomeCard } from '../outcome-card';
import type { FlowDeps } from '../ports/flow-deps';
import { addressOf } from '../prepare-confirmation';
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
 */
export const undoShare: ActionHandler = async (turn, request, _click, deps) => {
  const record = request.value;
  const requestId = record.id;
  const claimed = moveTo(record, 'undoing', {}, deps.now().getTime());
  if (!(await deps.requests.replace(claimed, request.eTag))) {
    const current = await deps.requests.get(requestId);
    const card = current ? outcomeCard(current.value) : undefined;
    return card ? { card } : { refusal: words.undoJustUsedRefusal };
  }
  const access = await turn.openGraph();
  if (!access.ok) return await restore(record, tokenRefusalReply(access, 'accessKept'), deps);
  const item = record.item;
  if (!item) return await restore(record, words.noItemToUndo, deps);
  const removed: string[] = [];
  try {
    for (const permissionId of record.createdPermissionIds) {
      await deleteIfPresent(access.port, addressOf(item), permissionId);
      removed.push(permissionId);
    }
  } catch (error) {
    if (!(error instanceof GraphRequestError)) throw error;
    const remaining = record.createdPermissionIds.filter((id) => !removed.includes(id));
    return await restore(
      { ...record, createdPermissionIds: remaining },
      describeFailure(error.failure, { unchanged: 'accessKept' }).text,
      deps,
    );
  }
  const names = grantedNames(record).join(', ');
  const removedAny = record.createdPermissionIds.length > 0;
  const current = await deps.requests.get(requestId);
  const undone = moveTo(
    current?.value ?? claimed,
    'undone',
    { outcome: { kind: 'undone', names, itemName: item.name, removedAny }, createdPermissionIds: [] },
    deps.now().getTime(),
  );
  if (current) await deps.requests.replace(undone, current.eTag);
  return { card: outcomeCard(undone) as AdaptiveCard };
};

/** A permission already gone counts as removed. */
async function deleteIfPresent(port: GraphPort, item: ItemAddress, id: string): Promise<void> {
  try {
    await port.deletePermission(item, id);
  } catch (error) {
    if (error instanceof GraphRequestError && error.failure.kind === 'notFound') return;
    throw error;
  }
}

/** Puts the request back where it was before Undo (keeping only the permissions still to remove). */
async function restore(record: ShareRequestRecord, text: string, deps: FlowDeps): Promise<ActionReply> {
  const current = await deps.requests.get(record.id);
  if (current?.value.status === 'undoing') {
    const back = moveTo(
      current.value,
      record.status,
      { createdPermissionIds: record.createdPermissionIds },
      deps.now().getTime(),
    );
    await deps.requests.replace(back, current.eTag);
  }
  return { refusal: words.undoFailedRefusal(text) };
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
