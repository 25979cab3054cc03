import type { ShareRequestRecord, TimedPermission } from '../share-request';

const hourMs = 3_600_000;
/** The reminder goes out this long before the end... */
const reminderLeadMs = 24 * hourMs;
/** ...for access that lasts at least this long; shorter access is reminded halfway. */
const longAccessMs = 2 * reminderLeadMs;

/**
 * When the sharer is reminded of an end at `endAt` for access given at `sharedAt`: a day before,
 * or halfway for access shorter than two days (a 30-minute share is reminded after 15 minutes).
 */
export function reminderTime(sharedAt: number, endAt: number): number {
  const length = endAt - sharedAt;
  return length >= longAccessMs ? endAt - reminderLeadMs : sharedAt + Math.floor(length / 2);
}

/** Whether Graph carries the end on the invite itself: only personal OneDrive (docs/graph-notes.md §1.5). */
export function graphEndsAccess(record: ShareRequestRecord): boolean {
  return record.item?.driveType === 'personal';
}

/**
 * The request with its end scheduled in the ledger, when it asked for one that Graph cannot carry
 * and created permissions: exactly those (with the role each gave) are what the end removes.
 * Access a recipient already had before the share is never in the list. Without an end, or when
 * nothing was created, the request is returned as it is.
 */
export function scheduleAccessEnd(record: ShareRequestRecord, now: number): ShareRequestRecord {
  if (!record.expiration || graphEndsAccess(record)) return record;
  const created = new Set(record.createdPermissionIds);
  const permissions: TimedPermission[] = record.grants.flatMap((grant) =>
    grant.permissionId && created.has(grant.permissionId)
      ? [{ id: grant.permissionId, name: grant.line.displayName, role: grant.line.role }]
      : [],
  );
  if (permissions.length === 0) return record;
  const at = Date.parse(record.expiration.at);
  // Settled again ("Share with the others"): a reminder already sent is not sent twice.
  const reminded = record.accessEnd !== undefined && record.accessEnd.remindAt === undefined;
  const remindAt = reminded ? undefined : (record.accessEnd?.remindAt ?? reminderTime(now, at));
  return {
    ...record,
    accessEnd: {
      at,
      ...(remindAt !== undefined && remindAt < at ? { remindAt } : {}),
      state: 'scheduled',
      permissions,
    },
    keepUntil: at,
  };
}

/** The request with its end moved to `at` (Extend): scheduled again, with a fresh reminder. */
export function extendAccessEnd(record: ShareRequestRecord, at: number, now: number): ShareRequestRecord {
  const end = record.accessEnd;
  if (!end) return record;
  const remindAt = reminderTime(now, at);
  const { remindAt: _old, ...rest } = end;
  return {
    ...record,
    expiration: { at: new Date(at).toISOString(), words: record.expiration?.words ?? '' },
    accessEnd: { ...rest, at, state: 'scheduled', ...(remindAt > now ? { remindAt } : {}) },
    keepUntil: at,
  };
}

/** When the due-end index should next look at the request: its reminder, else its end. */
export function nextLookAt(record: ShareRequestRecord): number | undefined {
  const end = record.accessEnd;
  if (!end || (end.state !== 'scheduled' && end.state !== 'ending')) return undefined;
  return end.state === 'scheduled' && end.remindAt !== undefined ? end.remindAt : end.at;
}
