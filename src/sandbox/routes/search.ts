import type { TenantRuntime } from '../graph-runtime';
import { invalidRequest } from '../http/graph-error';
import { context, type GraphResponse, ok, type SandboxCall } from '../http/graph-exchange';
import { applySelect, option, paginate, parseSelect, parseTop } from '../http/odata-query';
import type { DriveEntity, ItemEntity } from '../model/entities';
import { nameMatchesQuery } from '../model/text-match';
import { renderRemoteItem, renderSearchHit } from '../render/render-drive';

function descendants(item: ItemEntity): ItemEntity[] {
  return item.children.flatMap((c) => [c, ...descendants(c)]);
}

function byName(a: ItemEntity, b: ItemEntity): number {
  return a.name.localeCompare(b.name) || a.path.localeCompare(b.path);
}

function answer(call: SandboxCall, hits: Array<Record<string, unknown>>): GraphResponse {
  if (option(call.query, 'expand')?.toLowerCase().includes('parentreference')) {
    throw invalidRequest('parentReference cannot be expanded on search results.', 'invalidQueryOption');
  }
  const top = parseTop(call.query, 'drive', 1000) ?? 200;
  const select = parseSelect(call.query);
  const page = paginate(hits, call.path, call.query, top, 'drive');
  return ok({
    '@odata.context': context('Collection(driveItem)'),
    ...(page.nextLink ? { '@odata.nextLink': page.nextLink } : {}),
    value: page.value.map((h) => applySelect(h, select)),
  });
}

/**
 * `…/root/search(q=)` and folder search: hits inside one drive or subtree that the caller can read.
 * Names match case- and accent-insensitively, words in any order (docs/graph-notes.md §3.1).
 */
export function searchWithin(
  rt: TenantRuntime,
  call: SandboxCall,
  scope: ItemEntity,
  q: string,
): GraphResponse {
  const hits = descendants(scope)
    .filter((i) => nameMatchesQuery(i.name, q) && rt.access.canRead(call.user, i))
    .sort(byName);
  return answer(
    call,
    hits.map((i) => renderSearchHit(rt, i)),
  );
}

/**
 * `/me/drive/search(q=)`: the caller's own drive plus every other drive item they can reach
 * (direct grant, via a group, or a library of a group they belong to), those as `remoteItem`.
 */
export function searchMyDriveAndShared(
  rt: TenantRuntime,
  call: SandboxCall,
  own: DriveEntity | undefined,
  q: string,
): GraphResponse {
  const ownHits = own
    ? descendants(own.root)
        .filter((i) => nameMatchesQuery(i.name, q))
        .sort(byName)
    : [];
  const remoteHits = rt.model.drives
    .filter((d) => d !== own)
    .flatMap((d) => rt.access.readableItems(call.user, d).filter((i) => nameMatchesQuery(i.name, q)))
    .sort(byName);
  return answer(call, [
    ...ownHits.map((i) => renderSearchHit(rt, i)),
    ...remoteHits.map((i) => renderRemoteItem(rt, i, call.user, true)),
  ]);
}
