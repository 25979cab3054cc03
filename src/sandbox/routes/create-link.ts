import { objectBody, parseFutureDate, rejectUnknownProperties } from '../graph/body-checks';
import type { LocatedItem } from '../graph/locate-item';
import { parseRecipientEntries, resolveRecipients } from '../graph/recipients';
import type { TenantRuntime } from '../graph-runtime';
import { accessDenied, invalidRequest, methodNotAllowed } from '../http/graph-error';
import { context, type GraphResponse, type SandboxCall } from '../http/graph-exchange';
import { stableGuid } from '../model/hash-ids';
import { shareIdFor, sharingLinkWebUrl } from '../model/sharing-links';
import type { StoredLink, StoredPermission } from '../model/stored-permission';
import { renderPermission } from '../render/render-permission';
import { refusePersonalRoot } from './invite';

const linkTypes = ['view', 'edit', 'embed'];
const linkScopes = ['anonymous', 'organization', 'users'];

/**
 * `POST …/createLink`: view/edit (embed on personal only) links with anonymous, organization or
 * users scope (the latter two outside personal drives, docs/graph-notes.md §2.2). An existing equal
 * link is returned with 200; a new one with 201. Anonymous links follow `tenant.externalSharing`.
 */
export async function createLink(
  rt: TenantRuntime,
  call: SandboxCall,
  target: LocatedItem,
): Promise<GraphResponse> {
  if (call.method !== 'POST') throw methodNotAllowed('createLink only supports POST.');
  if (!rt.access.canWrite(call.user, target.item)) throw accessDenied();
  const body = objectBody(call.body, call.invalidJson);
  rejectUnknownProperties(
    body,
    ['type', 'scope', 'expirationDateTime', 'password', 'retainInheritedPermissions', 'recipients'],
    'createLink',
  );
  const personal = target.drive.driveType === 'personal';
  const type = body.type as StoredLink['type'];
  if (!linkTypes.includes(type)) throw invalidRequest('The link type must be view, edit or embed.');
  if (type === 'embed' && !personal)
    throw invalidRequest('Embed links are only available on personal OneDrive.');
  const scope = (body.scope ?? (personal ? 'anonymous' : 'organization')) as StoredLink['scope'];
  if (!linkScopes.includes(scope))
    throw invalidRequest('The link scope must be anonymous, organization or users.');
  if (personal && scope !== 'anonymous')
    throw invalidRequest(`The ${scope} link scope is not available on personal OneDrive.`);
  if (scope === 'anonymous' && rt.model.tenant.externalSharing !== 'enabled') {
    throw accessDenied('Anyone links are turned off for this tenant.');
  }
  if (body.password !== undefined && !personal)
    throw invalidRequest('The parameter password does not exist in method createLink.');
  const expiration =
    body.expirationDateTime !== undefined
      ? parseFutureDate(body.expirationDateTime, 'expirationDateTime')
      : undefined;
  if (expiration && personal && !target.drive.premium)
    throw invalidRequest('Account Upgrade is required for this operation');
  refusePersonalRoot(target);
  const grantees =
    scope === 'users' && body.recipients !== undefined
      ? resolveRecipients(rt, parseRecipientEntries(body.recipients)).map((r) => {
          if (r.kind !== 'user')
            throw invalidRequest('Specific-people links can only be given to users of the directory.');
          return r.user.id;
        })
      : [];
  const { drive, item } = target;
  const { permission, created } = await rt.state.update(drive.id, item.id, (current) => {
    let p = current.find((c) => c.link?.type === type && c.link.scope === scope);
    const created = !p;
    if (!p) {
      const id = stableGuid('link', drive.id, item.id, type, scope);
      p = {
        id,
        roles: type === 'edit' ? ['write'] : ['read'],
        link: { type, scope, webUrl: sharingLinkWebUrl(rt.model, drive, item, id), grantees: [] },
        shareId: shareIdFor(id),
      };
      current.push(p);
    }
    const link = p.link as StoredLink;
    for (const g of grantees) if (!link.grantees.includes(g)) link.grantees.push(g);
    if (expiration) p.expirationDateTime = expiration;
    if (body.password !== undefined) p.hasPassword = true;
    return {
      next: current,
      breakInheritance: body.retainInheritedPermissions === false,
      result: { permission: { ...p } as StoredPermission, created },
    };
  });
  return {
    status: created ? 201 : 200,
    headers: {},
    body: {
      '@odata.context': context('permission'),
      ...renderPermission(rt, drive, permission, { revealSecrets: true, withType: true }),
    },
  };
}
