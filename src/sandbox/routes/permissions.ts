import { objectBody, parseFutureDate, parseRoles, rejectUnknownProperties } from '../graph/body-checks';
import type { LocatedItem } from '../graph/locate-item';
import { parseRecipientEntries } from '../graph/recipients';
import type { TenantRuntime } from '../graph-runtime';
import {
  accessDenied,
  invalidRequest,
  itemNotFound,
  methodNotAllowed,
  notAllowed,
  segmentNotFound,
} from '../http/graph-error';
import { context, type GraphResponse, ok, type SandboxCall } from '../http/graph-exchange';
import { applySelect, parseSelect } from '../http/odata-query';
import { stableGuid } from '../model/hash-ids';
import type { StoredPermission } from '../model/stored-permission';
import { groupIdentitySet, userIdentitySet } from '../render/render-identity';
import { renderPermission } from '../render/render-permission';
import { refusePersonalRoot } from './invite';

interface VisiblePermission {
  rendered: Record<string, unknown>;
  stored?: StoredPermission;
  inherited: boolean;
}

/** The drive owner's own grant, which Graph lists first on every item (roles ["owner"]). */
function ownerPermission(rt: TenantRuntime, target: LocatedItem): Record<string, unknown> {
  const { drive } = target;
  const owner = drive.owner;
  const identity =
    owner.kind === 'user'
      ? userIdentitySet(rt.index.user(owner.id))
      : (() => {
          const group = rt.index.group(owner.id);
          return group ? groupIdentitySet(group) : undefined;
        })();
  return {
    id: stableGuid('owner-permission', drive.id),
    roles: ['owner'],
    '@deprecated.GrantedTo': 'GrantedTo has been deprecated. Refer to GrantedToV2',
    grantedTo: identity,
    grantedToV2: identity,
  };
}

/**
 * The permissions the caller may see: owners see all (direct and inherited), everyone else only
 * those that apply to them; `inheritedFrom` only on personal drives (docs/graph-notes.md §7, §8.10).
 */
function visiblePermissions(rt: TenantRuntime, call: SandboxCall, target: LocatedItem): VisiblePermission[] {
  const isOwner = rt.index.ownsDrive(call.user.id, target.drive);
  const revealSecrets = rt.access.canWrite(call.user, target.item);
  const out: VisiblePermission[] = [];
  if (isOwner) out.push({ rendered: ownerPermission(rt, target), inherited: target.item.parentId !== null });
  for (const e of rt.access.effective(target.item)) {
    if (!isOwner && !rt.access.appliesTo(e.permission, call.user)) continue;
    out.push({
      rendered: renderPermission(rt, target.drive, e.permission, {
        revealSecrets,
        inheritedFrom: e.inherited ? e.source : undefined,
      }),
      stored: e.permission,
      inherited: e.inherited,
    });
  }
  return out;
}

function itemContext(target: LocatedItem): string {
  return `drives('${target.drive.id}')/items('${target.item.id}')/permissions`;
}

function findVisible(
  rt: TenantRuntime,
  call: SandboxCall,
  target: LocatedItem,
  id: string,
): VisiblePermission {
  const found = visiblePermissions(rt, call, target).find((v) => v.rendered.id === id);
  if (!found) throw itemNotFound('The permission could not be found.');
  return found;
}

/** Only direct, non-owner grants can change; inherited ones are refused (docs/graph-notes.md §7, §8.10). */
function changeable(rt: TenantRuntime, call: SandboxCall, target: LocatedItem, id: string): StoredPermission {
  const found = findVisible(rt, call, target, id);
  if (!rt.access.canWrite(call.user, target.item)) throw accessDenied();
  refusePersonalRoot(target);
  if (!found.stored || found.inherited) {
    throw notAllowed('Inherited permissions cannot be changed here; change them on the item they come from.');
  }
  return found.stored;
}

async function patchPermission(
  rt: TenantRuntime,
  call: SandboxCall,
  target: LocatedItem,
  id: string,
): Promise<GraphResponse> {
  const stored = changeable(rt, call, target, id);
  const body = objectBody(call.body, call.invalidJson);
  rejectUnknownProperties(body, ['roles', 'expirationDateTime'], 'update');
  if (stored.link && stored.link.scope !== 'anonymous')
    throw invalidRequest('Organization and specific-people links cannot be changed.');
  if (stored.link && body.roles !== undefined)
    throw invalidRequest('The roles of a sharing link cannot be changed; create a new link.');
  if (!stored.link && body.expirationDateTime !== undefined)
    throw invalidRequest('Only anonymous links accept expirationDateTime.');
  const roles = body.roles !== undefined ? parseRoles(body.roles) : undefined;
  const expiration =
    body.expirationDateTime !== undefined
      ? parseFutureDate(body.expirationDateTime, 'expirationDateTime')
      : undefined;
  const updated = await rt.state.update(target.drive.id, target.item.id, (current) => {
    const p = current.find((c) => c.id === id);
    if (!p) throw itemNotFound('The permission could not be found.');
    if (roles) p.roles = roles.includes('write') ? ['write'] : ['read'];
    if (expiration) p.expirationDateTime = expiration;
    return { next: current, result: { ...p } };
  });
  return ok({
    '@odata.context': context(`${itemContext(target)}/$entity`),
    ...renderPermission(rt, target.drive, updated, { revealSecrets: true }),
  });
}

async function deletePermission(
  rt: TenantRuntime,
  call: SandboxCall,
  target: LocatedItem,
  id: string,
): Promise<GraphResponse> {
  changeable(rt, call, target, id);
  await rt.state.update(target.drive.id, target.item.id, (current) => ({
    next: current.filter((c) => c.id !== id),
    result: undefined,
  }));
  return { status: 204, headers: {} };
}

/** `revokeGrants`: removes people from a specific-people link only (docs/graph-notes.md §7). */
async function revokeGrants(
  rt: TenantRuntime,
  call: SandboxCall,
  target: LocatedItem,
  id: string,
): Promise<GraphResponse> {
  if (call.method !== 'POST') throw methodNotAllowed('revokeGrants only supports POST.');
  // Graph answers 400 when the permission is not a sharing link, before any 403 about changing it:
  // https://learn.microsoft.com/en-us/graph/api/permission-revokegrants
  const visible = findVisible(rt, call, target, id);
  if (rt.access.canWrite(call.user, target.item) && !visible.stored?.link)
    throw invalidRequest('revokeGrants only applies to sharing links.');
  const stored = changeable(rt, call, target, id);
  if (target.drive.driveType === 'personal')
    throw invalidRequest('revokeGrants is not supported on personal OneDrive.');
  if (stored.link?.scope !== 'users')
    throw invalidRequest('revokeGrants only applies to links shared with specific people.');
  const body = objectBody(call.body, call.invalidJson);
  rejectUnknownProperties(body, ['grantees'], 'revokeGrants');
  const userIds = parseRecipientEntries(body.grantees).map((g) => {
    const user = g.objectId
      ? rt.model.users.find((u) => u.id === g.objectId)
      : g.email
        ? rt.index.user(g.email)
        : undefined;
    if (!user) throw itemNotFound('One of the provided recipients could not be found');
    return user.id;
  });
  const updated = await rt.state.update(target.drive.id, target.item.id, (current) => {
    const p = current.find((c) => c.id === id);
    if (!p?.link) throw itemNotFound('The permission could not be found.');
    p.link.grantees = p.link.grantees.filter((g) => !userIds.includes(g));
    return { next: current, result: { ...p } };
  });
  return ok({
    '@odata.context': context(`${itemContext(target)}/$entity`),
    ...renderPermission(rt, target.drive, updated, { revealSecrets: true }),
  });
}

/** Dispatches `…/permissions[/{id}[/revokeGrants]]`. */
export async function permissionsRoute(
  rt: TenantRuntime,
  call: SandboxCall,
  target: LocatedItem,
  rest: string[],
): Promise<GraphResponse> {
  const [, id, action] = rest;
  if (id === undefined) {
    if (call.method !== 'GET') throw methodNotAllowed('Use invite or createLink to add permissions.');
    const select = parseSelect(call.query);
    return ok({
      '@odata.context': context(itemContext(target)),
      value: visiblePermissions(rt, call, target).map((v) => applySelect(v.rendered, select)),
    });
  }
  if (action !== undefined) {
    if (action === 'revokeGrants' || action === 'microsoft.graph.revokeGrants')
      return revokeGrants(rt, call, target, id);
    throw segmentNotFound(action);
  }
  if (call.method === 'GET') {
    return ok({
      '@odata.context': context(`${itemContext(target)}/$entity`),
      ...findVisible(rt, call, target, id).rendered,
    });
  }
  if (call.method === 'PATCH') return patchPermission(rt, call, target, id);
  if (call.method === 'DELETE') return deletePermission(rt, call, target, id);
  throw methodNotAllowed(`${call.method} is not supported on a permission.`);
}
