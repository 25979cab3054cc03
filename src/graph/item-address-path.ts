import type { ItemAddress } from '../domain/item';

/**
 * The Graph path of an addressed item. Drive + id is the documented form for every drive type
 * (graph-contract §1.1). The `/shares/{id}/driveItem` form is UNCONFIRMED for actions such as
 * invite and permission delete; it is kept because an item reached through a pasted link may
 * have no other address the user can act on, and our sandbox supports it. Flows should prefer
 * the drive + id that the `/shares` lookup returned.
 */
export function itemAddressPath(address: ItemAddress): string {
  if ('shareId' in address) return `/shares/${encodeURIComponent(address.shareId)}/driveItem`;
  return `/drives/${encodeURIComponent(address.driveId)}/items/${encodeURIComponent(address.itemId)}`;
}
