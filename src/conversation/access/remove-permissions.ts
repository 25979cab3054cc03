import type { ItemAddress } from '../../domain/item';
import { type GraphPort, GraphRequestError, mayHaveActed } from '../../graph/port';

/** How often one DELETE is sent while its answers are lost. */
const maxDeleteSends = 3;

/**
 * Deletes one permission; one already gone counts as removed. The one removal path of Undo and the
 * tab's Remove. Deleting twice is harmless, so when an answer is lost after Graph may have acted (a
 * 504, a dropped connection, a timeout: `mayHaveActed`) the DELETE is sent again, and the next
 * answer tells what happened: 204, or 404 because the lost one had worked
 * (https://learn.microsoft.com/graph/api/permission-delete). Without that, Sharebot would say
 * "Access was not removed" about access that is gone. Throws the GraphRequestError that stopped it.
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
