import { foldText } from '../../conversation/resolve/fold-text';
import type { TabShareRow } from '../../domain/tab-rows';

/** How the list is ordered. */
export type ShareOrder = 'newest' | 'oldest' | 'name';

/**
 * The shares the filter keeps, in the chosen order. The filter matches the item's name and each
 * person's name or address, ignoring case and accents, so "jose" finds "José".
 */
export function arrangeShares(
  shares: readonly TabShareRow[],
  filter: string,
  order: ShareOrder,
): TabShareRow[] {
  const words = foldText(filter).split(/\s+/).filter(Boolean);
  const kept = shares.filter((share) => {
    const text = foldText(
      [share.itemName, ...share.recipients.flatMap((r) => [r.name, r.email ?? ''])].join(' '),
    );
    return words.every((word) => text.includes(word));
  });
  return kept.sort(compareBy(order));
}

function compareBy(order: ShareOrder): (a: TabShareRow, b: TabShareRow) => number {
  if (order === 'name') {
    return (a, b) =>
      a.itemName.localeCompare(b.itemName, undefined, { sensitivity: 'base' }) ||
      b.sharedAt.localeCompare(a.sharedAt);
  }
  const sign = order === 'newest' ? -1 : 1;
  return (a, b) => sign * a.sharedAt.localeCompare(b.sharedAt);
}
