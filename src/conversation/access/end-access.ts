import type { PermissionInfo } from '../../domain/permission';
import type { Role } from '../../domain/role';
import { type GraphFailure, type GraphPort, mayHaveActed } from '../../graph/port';
import { describeFailure } from '../../wording/failures';
import * as words from '../../wording/timed-access';
import { restored } from '../flows/undo-share';
import type { FlowDeps } from '../ports/flow-deps';
import { graphFailureFields } from '../ports/log';
import { addressOf } from '../prepare-confirmation';
import type { AccessEndState, ShareRequestRecord, TimedPermission } from '../share-request';
import { moveTo } from '../share-states';
import { removePermissions } from './remove-permissions';

/** How ending a claimed (`undoing`, `ending`) timed share went; `record` is what to store. */
export type EndAttempt =
  /** Every permission this share created is gone (removed now, or already). */
  | { kind: 'ended'; record: ShareRequestRecord }
  /** Some permission has another role than this share gave: left alone, the sharer decides. */
  | { kind: 'changed'; record: ShareRequestRecord }
  /** Graph did not remove it: `retry` when trying again later may work, else the sharer is asked. */
  | { kind: 'retry' | 'refused'; record: ShareRequestRecord; reason: string };

/** How an end runs: at its time (`planned`), or on the sharer's click; `force` removes changed permissions too. */
export interface EndOptions {
  planned: boolean;
  force: boolean;
}

/**
 * Ends the access a claimed timed share gave: reads the item's permissions, removes exactly the
 * permissions this share created that still have the role it gave, counts those already gone as
 * done, and leaves one whose role someone changed (unless `force`: the sharer saw it and chose to
 * remove it). Every step can run again: a second run finds the removed ones gone.
 */
export async function endAccess(
  claimed: ShareRequestRecord,
  port: GraphPort,
  deps: FlowDeps,
  options: EndOptions,
): Promise<EndAttempt> {
  const item = claimed.item;
  const end = claimed.accessEnd;
  if (!item || !end) throw new Error('endAccess needs a timed share with its item');
  const [read] = await port.lookup([{ kind: 'permissions', item: addressOf(item) }] as const);
  // Not even a 404 counts as gone: the item may only be out of the sharer's reach now, with the
  // access still there, so the sharer is told instead.
  if (!read.ok) return notEnded(claimed, read.error, deps);
  const present = new Map(read.value.map((permission) => [permission.id, permission]));
  const toRemove: string[] = [];
  const changed: TimedPermission[] = [];
  for (const permission of end.permissions) {
    const found = present.get(permission.id);
    if (!found) continue;
    const foundRole = roleOfPermission(found);
    if (foundRole !== permission.role && !options.force) changed.push({ ...permission, foundRole });
    else toRemove.push(permission.id);
  }
  const removals = await removePermissions(port, addressOf(item), toRemove);
  const failed = removals.find((removal) => removal.outcome === 'failed');
  if (failed?.outcome === 'failed') {
    const gone = new Set(removals.filter((r) => r.outcome !== 'failed').map((r) => r.permissionId));
    const left = end.permissions.filter((permission) => !gone.has(permission.id));
    return notEnded(withPermissions(claimed, left), failed.failure, deps);
  }
  const at = deps.now().getTime();
  if (changed.length > 0) {
    const kept = withPermissions(claimed, changed);
    return {
      kind: 'changed',
      record: withEndState(restored(kept, kept.createdPermissionIds, deps), 'changed'),
    };
  }
  const ended = new Set(end.permissions.map((permission) => permission.id));
  const names = end.permissions.map((permission) => permission.name);
  const record = moveTo(
    claimed,
    'undone',
    {
      outcome: { kind: 'ended', names, itemName: item.name, planned: options.planned },
      createdPermissionIds: claimed.createdPermissionIds.filter((id) => !ended.has(id)),
      accessEnd: { ...end, state: 'ended' },
      lease: undefined,
    },
    at,
  );
  return { kind: 'ended', record };
}

/** The claimed share back where it was, its end `scheduled` again (retry) or waiting for the sharer. */
function notEnded(claimed: ShareRequestRecord, failure: GraphFailure, deps: FlowDeps): EndAttempt {
  deps.log('warn', 'timed access not removed', { requestId: claimed.id, ...graphFailureFields(failure) });
  const transient = mayHaveActed(failure) || failure.kind === 'throttled' || failure.kind === 'unavailable';
  const back = restored(claimed, claimed.createdPermissionIds, deps);
  if (transient) {
    const reason = mayHaveActed(failure)
      ? words.removalUnsureRefusal
      : describeFailure(failure, { unchanged: 'accessKept' }).text;
    return { kind: 'retry', record: withEndState(back, 'scheduled'), reason };
  }
  const reason = describeFailure(failure, { unchanged: 'accessKept' }).text;
  return { kind: 'refused', record: withEndState(back, 'waitingForSharer'), reason };
}

/** The request with its end in `state`. */
export function withEndState(record: ShareRequestRecord, state: AccessEndState): ShareRequestRecord {
  return record.accessEnd ? { ...record, accessEnd: { ...record.accessEnd, state } } : record;
}

/** The request with only these permissions left to end (the others are gone). */
function withPermissions(record: ShareRequestRecord, left: TimedPermission[]): ShareRequestRecord {
  if (!record.accessEnd) return record;
  const ids = new Set(left.map((permission) => permission.id));
  const gone = record.accessEnd.permissions.filter((permission) => !ids.has(permission.id)).map((p) => p.id);
  return {
    ...record,
    accessEnd: { ...record.accessEnd, permissions: left },
    createdPermissionIds: record.createdPermissionIds.filter((id) => !gone.includes(id)),
  };
}

/** The role a permission gives, as Sharebot shares it ("owner" counts as edit). */
function roleOfPermission(permission: PermissionInfo): Role {
  return permission.roles.includes('write') || permission.roles.includes('owner') ? 'write' : 'read';
}
