import { parseDriveItemUrl, parseSearchSegment } from '../graph/drive-item-url';
import { type LocatedItem, locateDrive, locateItem, locateSharedItem } from '../graph/locate-item';
import { orderChildren } from '../graph/order-children';
import type { TenantRuntime } from '../graph-runtime';
import { invalidRequest, methodNotAllowed, segmentNotFound } from '../http/graph-error';
import { context, type GraphResponse, ok, type SandboxCall } from '../http/graph-exchange';
import { parseExpand } from '../http/odata-expand';
import { applySelect, option, paginate, parseSelect, parseTop } from '../http/odata-query';
import type { ItemEntity } from '../model/entities';
import { renderDrive, renderItem, renderRemoteItem } from '../render/render-drive';
import { userIdentitySet } from '../render/render-identity';
import { createLink } from './create-link';
import { invite } from './invite';
import { permissionsRoute } from './permissions';
import { searchMyDriveAndShared, searchWithin } from './search';

function requireGet(call: SandboxCall): void {
  if (call.method !== 'GET') throw methodNotAllowed(`${call.method} is not supported on this resource.`);
}

/** GET item, with `$select` and `$expand=children`; permissions cannot be expanded (docs/graph-notes.md §7). */
function getItem(rt: TenantRuntime, call: SandboxCall, target: LocatedItem): GraphResponse {
  const expand = option(call.query, 'expand');
  const body: Record<string, unknown> = {
    '@odata.context': context(`drives('${target.drive.id}')/items/$entity`),
    ...renderItem(rt, target.item),
  };
  if (expand !== undefined) {
    for (const entry of parseExpand(expand)) {
      const name = entry.name.toLowerCase();
      if (name === 'children') {
        const nestedSelect = parseSelect(entry.options);
        body.children = orderChildren(
          target.item.children.filter((c) => rt.access.canRead(call.user, c)),
          option(entry.options, 'orderby'),
        ).map((c) => applySelect(renderItem(rt, c), nestedSelect));
      } else if (name === 'permissions') {
        throw invalidRequest(
          'Expanding permissions is not supported; call …/permissions instead.',
          'invalidQueryOption',
        );
      } else {
        throw invalidRequest(`Cannot expand '${name}' on driveItem.`, 'invalidQueryOption');
      }
    }
  }
  return ok(
    applySelect(body, [...(parseSelect(call.query) ?? Object.keys(body)), ...(expand ? ['children'] : [])]),
  );
}

function listChildren(rt: TenantRuntime, call: SandboxCall, target: LocatedItem): GraphResponse {
  requireGet(call);
  if (!target.item.isFolder) throw invalidRequest('The item is a file; it has no children.');
  const top = parseTop(call.query, 'drive', 1000) ?? 200;
  const select = parseSelect(call.query);
  const children = orderChildren(
    target.item.children.filter((c) => rt.access.canRead(call.user, c)),
    option(call.query, 'orderby'),
  );
  const page = paginate(children, call.path, call.query, top, 'drive');
  return ok({
    '@odata.context': context(`drives('${target.drive.id}')/items('${target.item.id}')/children`),
    ...(page.nextLink ? { '@odata.nextLink': page.nextLink } : {}),
    value: page.value.map((c) => applySelect(renderItem(rt, c), select)),
  });
}

/** `/me/drive/following`: followed items still readable; those in other drives as remoteItem. */
function listFollowing(rt: TenantRuntime, call: SandboxCall): GraphResponse {
  requireGet(call);
  const own = rt.index.userDrive(call.user.id);
  const items = (rt.model.following.get(call.user.id) ?? [])
    .map((f) => rt.index.item(f.driveId, f.itemId))
    .filter((i): i is ItemEntity => i !== undefined && rt.access.canRead(call.user, i));
  const top = parseTop(call.query, 'drive', 1000) ?? 200;
  const select = parseSelect(call.query);
  const page = paginate(items, call.path, call.query, top, 'drive');
  return ok({
    '@odata.context': context('Collection(driveItem)'),
    ...(page.nextLink ? { '@odata.nextLink': page.nextLink } : {}),
    value: page.value.map((i) =>
      applySelect(
        i.driveId === own?.id ? renderItem(rt, i) : renderRemoteItem(rt, i, call.user, false),
        select,
      ),
    ),
  });
}

/** `GET /shares/{token}`: the sharedDriveItem. */
function getSharedDriveItem(rt: TenantRuntime, call: SandboxCall, token: string): GraphResponse {
  requireGet(call);
  const share = locateSharedItem(rt, call, token);
  const owner =
    share.drive.owner.kind === 'user' ? userIdentitySet(rt.index.user(share.drive.owner.id)) : undefined;
  return ok({
    '@odata.context': context('shares/$entity'),
    id: token,
    name: share.item.name,
    webUrl: share.item.webUrl,
    ...(owner ? { owner } : {}),
  });
}

function itemAction(
  rt: TenantRuntime,
  call: SandboxCall,
  target: LocatedItem,
  rest: string[],
): Promise<GraphResponse> | GraphResponse {
  const [head] = rest;
  if (head === undefined) {
    requireGet(call);
    return getItem(rt, call, target);
  }
  if (head === 'children' && rest.length === 1) return listChildren(rt, call, target);
  if ((head === 'invite' || head === 'microsoft.graph.invite') && rest.length === 1)
    return invite(rt, call, target);
  if ((head === 'createLink' || head === 'microsoft.graph.createLink') && rest.length === 1)
    return createLink(rt, call, target);
  if (head === 'permissions') return permissionsRoute(rt, call, target, rest);
  const q = parseSearchSegment(head);
  if (q !== undefined && rest.length === 1) {
    requireGet(call);
    return searchWithin(rt, call, target.item, q);
  }
  throw segmentNotFound(head);
}

/** Serves every drive and item URL form (docs/graph-notes.md §1.1, §3); the route table sends it paths matching `drivePathPattern`. */
export async function driveRoute(rt: TenantRuntime, call: SandboxCall): Promise<GraphResponse> {
  const address = parseDriveItemUrl(call.path);
  if (!address) throw segmentNotFound(call.path.split('/').filter((s) => s)[0] ?? '');
  if (address.drive.kind === 'share' && address.item.kind === 'drive') {
    if (address.rest.length === 0) return getSharedDriveItem(rt, call, address.drive.token);
    throw segmentNotFound(address.rest[0]);
  }
  if (address.item.kind === 'drive') {
    const [head] = address.rest;
    const q = head === undefined ? undefined : parseSearchSegment(head);
    if (q !== undefined && address.rest.length === 1 && address.drive.kind === 'me') {
      requireGet(call);
      // Users the tenant file gives no OneDrive can still find what others shared with them.
      return searchMyDriveAndShared(rt, call, rt.index.userDrive(call.user.id), q);
    }
    const drive = locateDrive(rt, call, address.drive);
    if (head === undefined) {
      requireGet(call);
      return ok({
        '@odata.context': context('drives/$entity'),
        ...applySelect(renderDrive(rt, drive), parseSelect(call.query)),
      });
    }
    if (q !== undefined && address.rest.length === 1) {
      requireGet(call);
      return searchWithin(rt, call, drive.root, q);
    }
    throw segmentNotFound(head);
  }
  if (address.item.kind === 'followingList') {
    if (address.drive.kind !== 'me') throw segmentNotFound('following');
    return listFollowing(rt, call);
  }
  const target = locateItem(rt, call, address);
  return itemAction(rt, call, target, address.rest);
}
