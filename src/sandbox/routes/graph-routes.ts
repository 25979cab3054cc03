import { drivePathPattern } from '../graph/drive-item-url';
import { serveBatch } from './batch';
import { driveRoute } from './drives';
import { checkMemberGroups, listMemberOf } from './memberships';
import { getGroup, getUser, listGroups, listPeople, listUsers } from './people';
import type { Route } from './route-table';

/** Every Graph endpoint the sandbox serves below /v1.0, first match wins; `$batch` dispatches its entries back through it. */
export const graphRoutes: Route[] = [
  {
    method: '*',
    pattern: /^\/\$batch$/,
    handler: (_rt, call, _params, serveInner) => serveBatch(call, serveInner),
  },
  { method: '*', pattern: drivePathPattern, handler: driveRoute },
  { method: 'GET', pattern: /^\/me\/?$/, handler: (rt, call) => getUser(rt, call, call.user.id) },
  { method: 'GET', pattern: /^\/me\/people\/?$/, handler: listPeople },
  {
    method: 'GET',
    pattern: /^\/me\/(transitiveM|m)emberOf\/?$/,
    handler: (rt, call, [name]) => listMemberOf(rt, call, undefined, name === 'transitiveM'),
  },
  {
    method: 'GET',
    pattern: /^\/users\/([^/]+)\/(transitiveM|m)emberOf\/?$/,
    handler: (rt, call, [key, name]) => listMemberOf(rt, call, key, name === 'transitiveM'),
  },
  {
    method: 'POST',
    pattern: /^\/me\/checkMemberGroups$/,
    handler: (rt, call) => checkMemberGroups(rt, call, undefined),
  },
  {
    method: 'POST',
    pattern: /^\/users\/([^/]+)\/checkMemberGroups$/,
    handler: (rt, call, [key]) => checkMemberGroups(rt, call, key),
  },
  { method: 'GET', pattern: /^\/users\/?$/, handler: listUsers },
  // Key syntax: https://learn.microsoft.com/en-us/graph/api/user-get
  {
    method: 'GET',
    pattern: /^\/users\((?:'|%27)(.+?)(?:'|%27)\)\/?$/,
    handler: (rt, call, [key]) => getUser(rt, call, key.replace(/''/g, "'")),
  },
  { method: 'GET', pattern: /^\/users\/([^/]+)\/?$/, handler: (rt, call, [key]) => getUser(rt, call, key) },
  { method: 'GET', pattern: /^\/groups\/?$/, handler: listGroups },
  { method: 'GET', pattern: /^\/groups\/([^/]+)\/?$/, handler: (rt, call, [id]) => getGroup(rt, call, id) },
];
