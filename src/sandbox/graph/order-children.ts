import { invalidRequest } from '../http/graph-error';
import type { ItemEntity } from '../model/entities';

const sortKeys: Record<string, (i: ItemEntity) => string | number> = {
  name: (i) => i.name.toLowerCase(),
  size: (i) => i.size,
  lastmodifieddatetime: (i) => i.lastModifiedDateTime,
  createddatetime: (i) => i.createdDateTime,
};

/**
 * Applies `$orderby` (`name`, `size`, `lastModifiedDateTime`, `createdDateTime`, then `asc` or
 * `desc`) to a children list: https://learn.microsoft.com/en-us/graph/api/driveitem-list-children
 */
export function orderChildren(items: ItemEntity[], orderby: string | undefined): ItemEntity[] {
  if (orderby === undefined) return items;
  const [prop = '', dir = 'asc', ...extra] = orderby.trim().split(/\s+/);
  const key = sortKeys[prop.toLowerCase()];
  const direction = dir.toLowerCase();
  if (!key || extra.length > 0 || (direction !== 'asc' && direction !== 'desc'))
    throw invalidRequest(`Ordering by '${orderby}' is not supported.`, 'invalidQueryOption');
  const sign = direction === 'desc' ? -1 : 1;
  return [...items].sort((a, b) => {
    const x = key(a);
    const y = key(b);
    return (x < y ? -1 : x > y ? 1 : 0) * sign;
  });
}
