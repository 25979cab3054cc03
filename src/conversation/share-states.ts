/**
 * Where a share request stands. Only `confirming` and `partlyShared` (for the people still
 * missing) can lead to an invite, and only through `sharing`, which one click or one recovering
 * instance claims with an eTag write.
 */
export type ShareStatus =
  | 'pickingFile'
  | 'pickingPerson'
  | 'confirming'
  | 'sharing'
  | 'shared'
  | 'partlyShared'
  | 'notShared'
  | 'unknown'
  | 'cancelled'
  | 'undoing'
  | 'undone';

/**
 * Every allowed step of the ledger's state machine, in one place. `sharing` ends in what is
 * known: all granted, some granted, none granted (refused: `notShared`, or nothing happened and
 * Share may be pressed again: `confirming`), or not known yet (`unknown`, which "Check again" or
 * the recovery takes back to `sharing` to read the item's access).
 */
const nextStatuses: Readonly<Record<ShareStatus, readonly ShareStatus[]>> = {
  pickingFile: ['pickingFile', 'pickingPerson', 'confirming', 'cancelled'],
  pickingPerson: ['pickingPerson', 'confirming', 'cancelled'],
  confirming: ['confirming', 'sharing', 'cancelled'],
  sharing: ['sharing', 'shared', 'partlyShared', 'notShared', 'unknown', 'confirming'],
  unknown: ['sharing'],
  partlyShared: ['sharing', 'undoing'],
  shared: ['undoing'],
  undoing: ['undoing', 'undone', 'shared', 'partlyShared'],
  notShared: [],
  cancelled: [],
  undone: [],
};

/** The statuses in which a request still waits for the requester's choice or confirmation. */
export const openStatuses: readonly ShareStatus[] = ['pickingFile', 'pickingPerson', 'confirming'];

/** The statuses in which the request granted access that Undo may remove. */
export const grantedStatuses: readonly ShareStatus[] = ['shared', 'partlyShared'];

/** Every status: for card rows whose handler looks at where each member of a group stands. */
export const allStatuses = Object.keys(nextStatuses) as readonly ShareStatus[];

/** Thrown when code tries a step the state machine does not allow: a bug, never a user error. */
export class ShareTransitionError extends Error {
  constructor(from: ShareStatus, to: ShareStatus) {
    super(`A share request cannot go from ${from} to ${to}.`);
    this.name = 'ShareTransitionError';
  }
}

/** Whether the state machine allows going from `from` to `to`. */
export function canMove(from: ShareStatus, to: ShareStatus): boolean {
  return nextStatuses[from].includes(to);
}

/** The one way a request changes status: checks the step and stamps when it happened. */
export function moveTo<R extends { status: ShareStatus; history: StatusChange[]; updatedAt: number }>(
  record: R,
  to: ShareStatus,
  changes: Omit<Partial<R>, 'status' | 'history' | 'updatedAt'>,
  at: number,
): R {
  if (!canMove(record.status, to)) throw new ShareTransitionError(record.status, to);
  const history = to === record.status ? record.history : [...record.history, { status: to, at }];
  return { ...record, ...changes, status: to, history, updatedAt: at };
}

/** When a request entered a status (epoch ms). */
export interface StatusChange {
  status: ShareStatus;
  at: number;
}
