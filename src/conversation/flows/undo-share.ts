import { UndoInputs } from '../../cards/models';
import { undoConfirmCard } from '../../cards/undo-confirm-card';
import type { DriveItemInfo } from '../../domain/item';
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
export const undoShare: ActionHandler = async (turn, request, click, deps) => {
  const who = click.inputs[UndoInputs.who];
  const one =
    typeof who === 'string' && who !== 'all'
      ? oneByOneChoices(request.value).find((c) => c.value === who)
      : undefined;
  if (typeof who === 'string' && who !== 'all' && !one) return { refusal: words.undoNotOnTheListRefusal };
  // Undo for one person keeps that choice on the claim, so a recovery after a crash removes no more.
  const claimed = {
    ...claimRequest(request.value, deps, turn, 'undoing'),
    ...(one ? { undoOnly: one.permissionId } : {}),
  };
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
      const removal = await settleUndo(record, access.port, deps);
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
  const removal = await removeOrRestore(claimed, claimed.createdPermissionIds, port, deps);
  if (!removal.ok) return removal;
  const item = removal.item;
  const names = grantedNames(claimed).join(', ');
  const removedAny = claimed.createdPermissionIds.length > 0;
  const undone = moveTo(
    claimed,
    'undone',
    {
      outcome: { kind: 'undone', names, itemName: item.name, removedAny },
      createdPermissionIds: [],
      lease: undefined,
      undoOnly: undefined,
    },
    deps.now().getTime(),
  );
  return { record: undone };
}

/**
 * Runs a claimed (`undoing`) request's Undo: for the one person it names (`undoOnly`), or for
 * everyone this share reached. The click and the recovery both settle through it.
 */
export async function settleUndo(
  claimed: ShareRequestRecord,
  port: GraphPort,
  deps: FlowDeps,
): Promise<{ record: ShareRequestRecord; refusal?: string }> {
  if (claimed.undoOnly === undefined) return await removeCreatedAccess(claimed, port, deps);
  const one = oneByOneChoices(claimed).find((choice) => choice.permissionId === claimed.undoOnly);
  // The person is no longer on the share (removed meanwhile): nothing more to remove.
  if (!one) return { record: restored(claimed, claimed.createdPermissionIds, deps) };
  return await removeOnePerson(claimed, one, port, deps);
}

/**
 * Removes the one permission this share created for one person (Undo with a person chosen) and
 * keeps the rest: the request goes back to shared, without that person's line, with a note.
 */
async function removeOnePerson(
  claimed: ShareRequestRecord,
  one: OneByOneChoice,
  port: GraphPort,
  deps: FlowDeps,
): Promise<{ record: ShareRequestRecord; refusal?: string }> {
  const removal = await removeOrRestore(claimed, [one.permissionId], port, deps);
  if (!removal.ok) return removal;
  const grant = claimed.grants.find((g) => g.permissionId === one.permissionId);
  const outcome = claimed.outcome;
  const keptLines = (lines: ShareRequestRecord['grants'][number]['line'][]) =>
    lines.filter(
      (line) => !(grant && line.displayName === grant.line.displayName && line.email === grant.line.email),
    );
  const before = outcome?.kind === 'partlyShared' ? 'partlyShared' : 'shared';
  const nextOutcome =
    outcome?.kind === 'shared' || outcome?.kind === 'partlyShared'
      ? {
          ...outcome,
          lines: keptLines(outcome.lines),
          removedNames: [...(outcome.removedNames ?? []), one.name],
        }
      : outcome;
  const record = moveTo(
    claimed,
    before,
    {
      createdPermissionIds: claimed.createdPermissionIds.filter((id) => id !== one.permissionId),
      grants: claimed.grants.filter((g) => g.permissionId !== one.permissionId),
      outcome: nextOutcome,
      lease: undefined,
      undoOnly: undefined,
    },
    deps.now().getTime(),
  );
  return { record };
}

/** One person Undo can take away alone: their name and the one permission this share created for them. */
interface OneByOneChoice {
  value: string;
  name: string;
  permissionId: string;
}

/**
 * The people who each got a permission of their own from this share (not one shared with others,
 * not one they had before): only those can lose it one by one.
 */
function oneByOneChoices(record: ShareRequestRecord): OneByOneChoice[] {
  const created = new Set(record.createdPermissionIds);
  const uses = new Map<string, number>();
  for (const g of record.grants)
    if (g.permissionId) uses.set(g.permissionId, (uses.get(g.permissionId) ?? 0) + 1);
  return record.grants.flatMap((g) =>
    g.permissionId && created.has(g.permissionId) && uses.get(g.permissionId) === 1
      ? [
          {
            value: String(g.recipient),
            name: record.recipients[g.recipient]?.person.displayName ?? g.line.displayName,
            permissionId: g.permissionId,
          },
        ]
      : [],
  );
}

/**
 * Removes the given permissions of a claimed request through the one removal path
 * (access/remove-permissions.ts). When Graph refused one (or every answer to it was lost), the
 * request goes back where it was before Undo, keeping every created permission still there, with
 * the refusal the clicker sees.
 */
async function removeOrRestore(
  claimed: ShareRequestRecord,
  ids: readonly string[],
  port: GraphPort,
  deps: FlowDeps,
): Promise<{ ok: true; item: DriveItemInfo } | { ok: false; record: ShareRequestRecord; refusal: string }> {
  const item = claimed.item;
  if (!item) {
    const refusal = words.undoFailedRefusal(words.noItemToUndo);
    return { ok: false, record: restored(claimed, claimed.createdPermissionIds, deps), refusal };
  }
  const removals = await removePermissions(port, addressOf(item), ids);
  const first = removals.find((r) => r.outcome === 'failed');
  if (first?.outcome !== 'failed') return { ok: true, item };
  deps.log('warn', 'undo refused by Graph', { requestId: claimed.id, ...graphFailureFields(first.failure) });
  const gone = new Set(removals.filter((r) => r.outcome !== 'failed').map((r) => r.permissionId));
  const remaining = claimed.createdPermissionIds.filter((id) => !gone.has(id));
  // Every answer to the resent DELETE was lost too: whether the access went is not known.
  const refusal = first.mayHaveActed
    ? words.undoUnsureRefusal
    : words.undoFailedRefusal(describeFailure(first.failure, { unchanged: 'accessKept' }).text);
  return { ok: false, record: restored(claimed, remaining, deps), refusal };
}

/** The request back where it was before Undo, keeping only the permissions still to remove. */
export function restored(
  claimed: ShareRequestRecord,
  remaining: string[],
  deps: FlowDeps,
): ShareRequestRecord {
  const before = claimed.outcome?.kind === 'partlyShared' ? 'partlyShared' : 'shared';
  return moveTo(
    claimed,
    before,
    { createdPermissionIds: remaining, lease: undefined, undoOnly: undefined },
    deps.now().getTime(),
  );
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
    oneByOne: oneByOneChoices(record).map(({ value, name }) => ({ value, name })),
  };
}
