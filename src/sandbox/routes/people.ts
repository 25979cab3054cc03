import type { TenantRuntime } from '../graph-runtime';
import {
  directoryBadRequest,
  directoryNotFound,
  invalidRequest,
  notImplemented,
  unsupportedQuery,
} from '../http/graph-error';
import { context, ok, plainText, type SandboxCall } from '../http/graph-exchange';
import { checkFilter, evaluateFilter, type FilterValue, parseFilter } from '../http/odata-filter';
import { applySelect, checkSelect, option, paginate, parseSelect, parseTop } from '../http/odata-query';
import type { GroupEntity, UserEntity } from '../model/entities';
import { graphV1Properties } from '../model/graph-v1-properties';
import { rankPerson } from '../model/people-ranking';
import { words } from '../model/text-match';
import {
  defaultUserProperties,
  renderGroup,
  renderGroupPerson,
  renderUser,
  renderUserPerson,
} from '../render/render-directory';

const userFilterProperties = [
  'displayName',
  'givenName',
  'surname',
  'mail',
  'userPrincipalName',
  'mailNickname',
  'id',
  'userType',
  'jobTitle',
  'department',
];
const groupFilterProperties = ['displayName', 'mail', 'mailNickname', 'id'];

/** The sandbox models no navigation property of users or groups, so any `$expand` there is a 400. */
function refuseExpand(call: SandboxCall, entity: string): void {
  const expand = option(call.query, 'expand');
  if (expand === undefined) return;
  const name = expand.split(/[,(]/)[0].trim();
  throw directoryBadRequest(`Could not find a property named '${name}' on type 'microsoft.graph.${entity}'.`);
}

/**
 * Properties Graph returns only when one user is read, never on a list (it answers 501 there):
 * https://learn.microsoft.com/en-us/graph/api/resources/user
 */
const singleUserProperties = [
  'aboutme',
  'birthday',
  'hiredate',
  'interests',
  'mysite',
  'pastprojects',
  'preferredname',
  'responsibilities',
  'schools',
  'skills',
  'mailboxsettings',
];

function refuseSingleUserProperties(select: string[] | undefined): void {
  const name = select?.find((s) => singleUserProperties.includes(s.toLowerCase()));
  if (name) throw notImplemented(`The property '${name}' is only returned when one user is read.`);
}

function isEventual(call: SandboxCall): boolean {
  return (call.headers.consistencylevel ?? '').toLowerCase() === 'eventual';
}

function selectFields(select: string[] | undefined): string {
  return select ? `(${select.join(',')})` : '';
}

function shapeUser(u: UserEntity, select: string[] | undefined): Record<string, unknown> {
  const full = renderUser(u);
  return applySelect(full, select ?? defaultUserProperties);
}

/**
 * Directory `$search`: quoted `"property:term"` clauses joined by OR/AND; only with
 * `ConsistencyLevel: eventual` (docs/graph-notes.md §4.2, §8.9). Terms match word prefixes.
 */
function directorySearch(
  call: SandboxCall,
  searchable: string[],
): ((get: (p: string) => string | null) => boolean) | undefined {
  const raw = option(call.query, 'search');
  if (raw === undefined) return undefined;
  if (!isEventual(call)) {
    throw unsupportedQuery(
      "Request with $search query parameter only works through MSGraph with a special request header: 'ConsistencyLevel: eventual'",
    );
  }
  const clauses = raw.split(/\s+(AND|OR)\s+/);
  const terms: Array<{ op: string; test: (get: (p: string) => string | null) => boolean }> = [];
  for (let i = 0; i < clauses.length; i += 2) {
    const m = /^"(?:([A-Za-z]+):)?([^"]*)"$/.exec(clauses[i].trim());
    if (!m)
      throw directoryBadRequest(
        `Syntax error: the $search clause ${clauses[i]} must be a quoted "property:term".`,
      );
    const props = m[1] ? [m[1]] : searchable;
    for (const p of props)
      if (!searchable.some((s) => s.toLowerCase() === p.toLowerCase()))
        throw unsupportedQuery(`The property '${p}' does not support $search.`);
    const needle = words(m[2]);
    terms.push({
      op: i === 0 ? 'OR' : clauses[i - 1],
      test: (get) =>
        props.some((p) => {
          const hay = words(get(p) ?? '');
          return needle.every((n) => hay.some((h) => h.startsWith(n)));
        }),
    });
  }
  return (get) =>
    terms.reduce(
      (acc, t, i) => (i === 0 ? t.test(get) : t.op === 'AND' ? acc && t.test(get) : acc || t.test(get)),
      false,
    );
}

function textOnly(get: (p: string) => FilterValue): (p: string) => string | null {
  return (p) => {
    const v = get(p);
    return typeof v === 'string' ? v : null;
  };
}

function listDirectory<T>(
  call: SandboxCall,
  all: T[],
  get: (item: T) => (p: string) => FilterValue,
  options: { filterProps: string[]; resource: string; searchable: string[]; collections: string[] },
): { items: T[]; count?: number } {
  let items = all;
  const filterText = option(call.query, 'filter');
  const advanced = isEventual(call) && option(call.query, 'count') === 'true';
  if (filterText !== undefined) {
    const expr = parseFilter(filterText);
    checkFilter(expr, options.filterProps, options.resource, advanced, options.collections);
    items = items.filter((i) => evaluateFilter(expr, get(i)));
  }
  const search = directorySearch(call, options.searchable);
  if (search) items = items.filter((i) => search(textOnly(get(i))));
  const orderby = option(call.query, 'orderby');
  if (orderby) {
    const [prop, dir] = orderby.trim().split(/\s+/);
    if (!['displayname', 'userprincipalname', 'mail'].includes(prop.toLowerCase()))
      throw unsupportedQuery(`Sorting by '${prop}' is not supported.`);
    items = [...items].sort(
      (a, b) =>
        (textOnly(get(a))(prop) ?? '').localeCompare(textOnly(get(b))(prop) ?? '') *
        (dir?.toLowerCase() === 'desc' ? -1 : 1),
    );
  }
  return {
    items,
    ...(isEventual(call) && option(call.query, 'count') === 'true' ? { count: items.length } : {}),
  };
}

function userGetter(u: UserEntity): (p: string) => FilterValue {
  const full = renderUser(u) as Record<string, unknown>;
  return (p) => {
    const key = Object.keys(full).find((k) => k.toLowerCase() === p.toLowerCase());
    const v = key ? full[key] : null;
    if (Array.isArray(v)) return v.filter((e): e is string => typeof e === 'string');
    return typeof v === 'string' ? v : null;
  };
}

function groupGetter(g: GroupEntity): (p: string) => FilterValue {
  const full = renderGroup(g);
  return (p) => {
    const key = Object.keys(full).find((k) => k.toLowerCase() === p.toLowerCase());
    const v = key ? full[key] : null;
    if (Array.isArray(v)) return v.filter((e): e is string => typeof e === 'string');
    return typeof v === 'string' ? v : null;
  };
}

/** How one directory collection (users or groups) is listed. */
interface DirectoryCollection<T> {
  /** The entity set in `@odata.context`, e.g. "users". */
  set: string;
  /** The entity name in `$select` and `$filter` errors, e.g. "user" / "User". */
  entity: string;
  resource: string;
  properties: readonly string[];
  filterProps: string[];
  searchable: string[];
  getter: (item: T) => (p: string) => FilterValue;
  /** String collections `$filter` may test with `any(x:…)`. */
  collections: string[];
  render: (item: T, select: string[] | undefined) => Record<string, unknown>;
}

/** `GET /users` or `/groups`: `$select`, `$filter`, `$search`, `$count`, `$top` and paging (docs/graph-notes.md §4.2). */
function listCollection<T>(call: SandboxCall, all: T[], spec: DirectoryCollection<T>) {
  const select = parseSelect(call.query);
  checkSelect(select, spec.properties, spec.entity);
  if (spec.entity === 'user') refuseSingleUserProperties(select);
  refuseExpand(call, spec.entity);
  const top = parseTop(call.query, 'directory', 999) ?? 100;
  const { items, count } = listDirectory(call, all, spec.getter, {
    filterProps: spec.filterProps,
    resource: spec.resource,
    searchable: spec.searchable,
    collections: spec.collections,
  });
  const page = paginate(items, call.path, call.query, top, 'directory');
  // Graph sends @odata.count on the first page only: https://learn.microsoft.com/en-us/graph/paging
  const firstPage = option(call.query, 'skiptoken') === undefined;
  return ok({
    '@odata.context': context(`${spec.set}${selectFields(select)}`),
    ...(count !== undefined && firstPage ? { '@odata.count': count } : {}),
    ...(page.nextLink ? { '@odata.nextLink': page.nextLink } : {}),
    value: page.value.map((item) => spec.render(item, select)),
  });
}

/** `GET /users`: the user list with $filter, $search, $select, $top and $count. */
export function listUsers(rt: TenantRuntime, call: SandboxCall) {
  return listCollection(call, rt.model.users, {
    set: 'users',
    entity: 'user',
    resource: 'User',
    properties: graphV1Properties.user,
    filterProps: userFilterProperties,
    collections: ['businessPhones'],
    searchable: ['displayName', 'givenName', 'surname', 'mail', 'userPrincipalName', 'mailNickname'],
    getter: userGetter,
    render: shapeUser,
  });
}

/**
 * The user a `/users/{key}` URL names: by id, or by user principal name in any case; the index
 * also knows mail addresses, which this URL form does not take. 404 when there is none.
 */
export function directoryUser(rt: TenantRuntime, key: string): UserEntity {
  const user = rt.index.user(key);
  if (!user || (user.id !== key && user.userPrincipalName.toLowerCase() !== key.toLowerCase()))
    throw directoryNotFound(key);
  return user;
}

/** `GET /users/{id | userPrincipalName}` and `GET /me`. */
export function getUser(rt: TenantRuntime, call: SandboxCall, key: string) {
  if (key === '$count') {
    // The $count segment is an advanced query: without ConsistencyLevel it is refused (docs/graph-notes.md §4.2).
    if (!isEventual(call)) throw directoryBadRequest('$count is not currently supported.');
    return plainText(String(rt.model.users.length));
  }
  const user = directoryUser(rt, key);
  const select = parseSelect(call.query);
  checkSelect(select, graphV1Properties.user, 'user');
  refuseExpand(call, 'user');
  return ok({
    '@odata.context': context(`users${selectFields(select)}/$entity`),
    ...shapeUser(user, select),
  });
}

/** `GET /groups`: the group list with the same query options as users. */
export function listGroups(rt: TenantRuntime, call: SandboxCall) {
  return listCollection(call, rt.model.groups, {
    set: 'groups',
    entity: 'group',
    resource: 'Group',
    properties: graphV1Properties.group,
    filterProps: groupFilterProperties,
    collections: ['groupTypes', 'proxyAddresses'],
    searchable: ['displayName', 'mail', 'mailNickname', 'description'],
    getter: groupGetter,
    render: (group, select) => applySelect(renderGroup(group), select),
  });
}

/** `GET /groups/{id}`. */
export function getGroup(rt: TenantRuntime, call: SandboxCall, id: string) {
  const group = rt.model.groups.find((g) => g.id === id);
  if (!group) throw directoryNotFound(id);
  const select = parseSelect(call.query);
  checkSelect(select, graphV1Properties.group, 'group');
  refuseExpand(call, 'group');
  return ok({
    '@odata.context': context(`groups${selectFields(select)}/$entity`),
    ...applySelect(renderGroup(group), select),
  });
}

/**
 * `/me/people`: users and groups ranked by relevance (exact > prefix > fuzzy, accents folded),
 * `scoredEmailAddresses` instead of `mail`, pages of 10, `$skip` refused with `$search` (docs/graph-notes.md §4.1).
 */
export function listPeople(rt: TenantRuntime, call: SandboxCall) {
  const rawSearch = option(call.query, 'search');
  if (rawSearch !== undefined && option(call.query, 'skip') !== undefined) {
    throw invalidRequest('$skip is not supported with $search.', 'ErrorInvalidUrlQuery');
  }
  const top = parseTop(call.query, 'drive', 1000) ?? 10;
  const select = parseSelect(call.query);
  const search = rawSearch?.trim().replace(/^"(.*)"$/s, '$1');
  type Ranked = { entity: Record<string, unknown>; tier: number; total: number; name: string };
  const ranked: Ranked[] = [];
  if (search === undefined || !/^topic:/i.test(search)) {
    for (const u of rt.model.users) {
      if (u.id === call.user.id) continue;
      const r = search
        ? rankPerson(search, [u.displayName, u.givenName, u.surname], [u.mail, u.userPrincipalName])
        : { tier: 0, total: 0 };
      if (r)
        ranked.push({
          entity: renderUserPerson(u, r.tier * 2 + 1),
          tier: r.tier,
          total: r.total,
          name: u.displayName,
        });
    }
    for (const g of rt.model.groups) {
      const r = search ? rankPerson(search, [g.displayName], [g.mail]) : { tier: 0, total: 0 };
      if (r)
        ranked.push({
          entity: renderGroupPerson(g, r.tier * 2 + 1),
          tier: r.tier,
          total: r.total,
          name: g.displayName,
        });
    }
  }
  ranked.sort((a, b) => b.tier - a.tier || b.total - a.total || a.name.localeCompare(b.name));
  let people = ranked.map((r) => r.entity);
  const filterText = option(call.query, 'filter');
  if (filterText !== undefined) {
    const expr = parseFilter(filterText);
    checkFilter(
      expr,
      [
        'personType/class',
        'personType/subclass',
        'displayName',
        'givenName',
        'surname',
        'userPrincipalName',
        'id',
      ],
      'Person',
      true,
    );
    people = people.filter((p) =>
      evaluateFilter(expr, (prop) => {
        const [head, tail] = prop.split('/');
        const v = tail ? (p[head] as Record<string, unknown> | undefined)?.[tail] : p[head];
        return typeof v === 'string' ? v : null;
      }),
    );
  }
  const page = paginate(people, call.path, call.query, top, 'drive', 'skip');
  return ok({
    '@odata.context': context(
      `users('${encodeURIComponent(call.user.userPrincipalName)}')/people${selectFields(select)}`,
    ),
    ...(page.nextLink ? { '@odata.nextLink': page.nextLink } : {}),
    value: page.value.map((p) => applySelect(p, select)),
  });
}
