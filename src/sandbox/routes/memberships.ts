import { objectBody } from '../graph/body-checks';
import type { TenantRuntime } from '../graph-runtime';
import { directoryBadRequest } from '../http/graph-error';
import { context, type GraphResponse, ok, type SandboxCall } from '../http/graph-exchange';
import { applySelect, checkSelect, paginate, parseSelect, parseTop } from '../http/odata-query';
import type { UserEntity } from '../model/entities';
import { graphV1Properties } from '../model/graph-v1-properties';
import { renderGroup } from '../render/render-directory';
import { directoryUser } from './people';

const maxCheckedGroups = 20;

/** The user a `/me/...` or `/users/{id | userPrincipalName}/...` membership URL names. */
function memberUser(rt: TenantRuntime, call: SandboxCall, key: string | undefined): UserEntity {
  return key === undefined ? call.user : directoryUser(rt, key);
}

/**
 * `GET …/memberOf` (groups the user is listed in) and `…/transitiveMemberOf` (also the groups those
 * are nested in) as directory objects:
 * https://learn.microsoft.com/en-us/graph/api/user-list-memberof,
 * https://learn.microsoft.com/en-us/graph/api/user-list-transitivememberof
 */
export function listMemberOf(
  rt: TenantRuntime,
  call: SandboxCall,
  key: string | undefined,
  transitive: boolean,
): GraphResponse {
  const user = memberUser(rt, call, key);
  const select = parseSelect(call.query);
  checkSelect(select, graphV1Properties.group, 'group');
  const top = parseTop(call.query, 'directory', 999) ?? 100;
  const groups = rt.model.groups.filter((g) => (transitive ? g.members : g.directMembers).has(user.id));
  const page = paginate(groups, call.path, call.query, top, 'directory');
  return ok({
    '@odata.context': context('directoryObjects'),
    ...(page.nextLink ? { '@odata.nextLink': page.nextLink } : {}),
    value: page.value.map((g) => ({
      '@odata.type': '#microsoft.graph.group',
      ...applySelect(renderGroup(g), select),
    })),
  });
}

/**
 * `POST …/checkMemberGroups`: which of up to 20 group ids the user belongs to, also through nested groups:
 * https://learn.microsoft.com/en-us/graph/api/directoryobject-checkmembergroups
 */
export function checkMemberGroups(
  rt: TenantRuntime,
  call: SandboxCall,
  key: string | undefined,
): GraphResponse {
  const user = memberUser(rt, call, key);
  const { groupIds } = objectBody(call.body, call.invalidJson);
  if (!Array.isArray(groupIds) || groupIds.some((id) => typeof id !== 'string'))
    throw directoryBadRequest('groupIds must be an array of group ids.');
  if (groupIds.length > maxCheckedGroups)
    throw directoryBadRequest(`At most ${maxCheckedGroups} groupIds can be checked at once.`);
  const memberOf = new Set(rt.model.groups.filter((g) => g.members.has(user.id)).map((g) => g.id));
  return ok({
    '@odata.context': context('Collection(Edm.String)'),
    value: (groupIds as string[]).filter((id) => memberOf.has(id)),
  });
}
