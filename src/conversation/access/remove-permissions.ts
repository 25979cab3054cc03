import type { ItemAddress } from '../../domain/item';
import { type GraphPort, GraphRequestError, mayHaveActed } from '../../graph/port';

/** What removing a list of permissions did: the ids gone (removed now or already), and the refusal that stopped it. */
export interface PermissionRemoval {
  removed: string[];
  /** Graph's refusal for the first permission it would not remove; the rest were not tried. */
  error?: GraphRequestError;
}

/** How often one DELETE is sent while its answers are lost. */
const maxDeleteSends = 3;

/**
 * Removes the given permissions of an item one by one, in order; one already gone counts as
 * removed, so running it again after a crash is safe. Stops at the first refusal. Anything other
 * than a Graph failure is thrown. The one removal path of Undo, timed access and the tab.
 */
export async function removePermissions(
  port: GraphPort,
  item: ItemAddress,
  permissionIds: readonly string[],
): Promise<PermissionRemoval> {
  const removed: string[] = [];
  for (const permissionId of permissionIds) {
    try {
      await removePermission(port, item, permissionId);
    } catch (error) {
      if (!(error instanceof GraphRequestError)) throw error;
      return { removed, error };
    }
    removed.push(permissionId);
  }
  return { removed };
}

/**
 * Deletes one permission; one already gone counts as removed. Deleting twice is harmless, so when
 * an answer is lost after Graph may have acted (a 504, a dropped connection, a timeout:
 * `mayHaveActed`) the DELETE is sent again, and the next answer tells what happened: 204, or 404
 * because the lost one had worked (https://learn.microsoft.com/graph/api/permission-delete).
 * Without that, Sharebot would say "Access was not removed" about access that is gone. Throws the
 * GraphRequestError that stopped it.
 */
export async function removePermission(
  port: GraphPort,
  item: ItemAddress,
  permissionId: string,
): Promise<void> {
  for (let sent = 1; ; sent++) {
    try {
      await port.deletePermission(item, permissionId);
      return;
    } catch (error) {
      if (!(error instanceof GraphRequestError)) throw error;
      if (error.failure.kind === 'notFound') return;
      if (!mayHaveActed(error.failure) || sent >= maxDeleteSends) throw error;
    }
  }
}
