import type { ItemAddress } from '../../domain/item';
import {
  type GraphFailure,
  type GraphPort,
  GraphRequestError,
  type InviteRecipient,
  mayHaveActed,
} from '../../graph/port';

/** What became of one permission id a removal asked for. */
export type PermissionRemoval =
  | { permissionId: string; outcome: 'removed' }
  /** Graph answered 404 to the first DELETE: the permission was already gone (removed elsewhere, or by an earlier click). */
  | { permissionId: string; outcome: 'alreadyGone' }
  /** `mayHaveActed`: every answer was lost, so the permission may or may not be gone. */
  | { permissionId: string; outcome: 'failed'; failure: GraphFailure; mayHaveActed: boolean };

/** How often one DELETE is sent while its answers are lost. */
const maxDeleteSends = 3;

/**
 * The one removal path (Undo on a result card, Remove, Stop sharing): deletes each permission id
 * (or takes one person off a specific-people link), one by one, and says for each whether it was removed, already gone, or failed. Deleting twice is
 * harmless, so when an answer is lost after Graph may have acted (a 504, a dropped connection, a
 * timeout) the DELETE is sent again and the next answer tells what happened: 204, or 404 because
 * the lost one had worked (docs/graph-notes.md §5.2,
 * https://learn.microsoft.com/graph/api/permission-delete). Only ids given are touched.
 */
export async function removePermissions(
  port: GraphPort,
  item: ItemAddress,
  removals: readonly (string | LinkGrantRemoval)[],
): Promise<PermissionRemoval[]> {
  const outcomes: PermissionRemoval[] = [];
  for (const removal of removals)
    outcomes.push(
      typeof removal === 'string'
        ? await removeOne(port, item, removal)
        : await revokeLinkGrant(port, item, removal.permissionId, removal.grantee),
    );
  return outcomes;
}

/** One person to take off a specific-people link, instead of deleting the link. */
export interface LinkGrantRemoval {
  permissionId: string;
  grantee: InviteRecipient;
}

/**
 * Takes one person off a specific-people link (`revokeGrants`), through the same resends as a
 * DELETE: the link stays for the others on it (https://learn.microsoft.com/graph/api/permission-revokegrants).
 * A 404 means the link itself is gone, so the person's access through it is too.
 */
async function revokeLinkGrant(
  port: GraphPort,
  item: ItemAddress,
  permissionId: string,
  grantee: InviteRecipient,
): Promise<PermissionRemoval> {
  return await withResends(permissionId, async () => {
    await port.revokeGrants(item, permissionId, [grantee]);
  });
}

async function removeOne(
  port: GraphPort,
  item: ItemAddress,
  permissionId: string,
): Promise<PermissionRemoval> {
  return await withResends(permissionId, () => port.deletePermission(item, permissionId));
}

/** Sends a removal, again while its answers are lost (at most `maxDeleteSends` times), and says what it came to. */
async function withResends(permissionId: string, send: () => Promise<void>): Promise<PermissionRemoval> {
  for (let sent = 1; ; sent++) {
    try {
      await send();
      return { permissionId, outcome: 'removed' };
    } catch (error) {
      if (!(error instanceof GraphRequestError)) throw error;
      // A 404 after a lost answer means that earlier call worked; on the first send it was gone before.
      if (error.failure.kind === 'notFound')
        return { permissionId, outcome: sent === 1 ? 'alreadyGone' : 'removed' };
      const unsure = mayHaveActed(error.failure);
      if (!unsure || sent >= maxDeleteSends)
        return { permissionId, outcome: 'failed', failure: error.failure, mayHaveActed: unsure };
    }
  }
}
