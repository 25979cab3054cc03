import type { TenantFile, TenantItem } from './tenant-file';

const forbiddenNameChars = /[/\\*<>?:|"]/;
const externalSharingValues = ['enabled', 'existingGuestsOnly', 'disabled'];
const driveTypes = ['business', 'personal', 'documentLibrary'];

/** Checks a parsed tenant file and throws one Error that lists every problem with its JSON path. */
export function validateTenant(value: unknown): TenantFile {
  const problems: string[] = [];
  const t = value as TenantFile;
  if (!t || typeof t !== 'object') throw new Error('Tenant file must be a JSON object.');
  if (!t.tenant || typeof t.tenant.id !== 'string' || typeof t.tenant.displayName !== 'string') {
    problems.push('tenant: needs id and displayName');
  } else {
    if (!Array.isArray(t.tenant.domains) || t.tenant.domains.length === 0)
      problems.push('tenant.domains: needs at least one domain');
    if (!externalSharingValues.includes(t.tenant.externalSharing)) {
      problems.push(`tenant.externalSharing: must be one of ${externalSharingValues.join(', ')}`);
    }
  }
  const userIds = new Set<string>();
  const upns = new Set<string>();
  (Array.isArray(t.users) ? t.users : []).forEach((u, i) => {
    if (!u.id || !u.displayName || !u.userPrincipalName)
      problems.push(`users[${i}]: needs id, displayName and userPrincipalName`);
    if (userIds.has(u.id)) problems.push(`users[${i}].id: duplicate ${u.id}`);
    if (upns.has(u.userPrincipalName?.toLowerCase()))
      problems.push(`users[${i}].userPrincipalName: duplicate`);
    if (u.oneDriveLicense !== undefined && typeof u.oneDriveLicense !== 'boolean')
      problems.push(`users[${i}].oneDriveLicense: must be true or false`);
    userIds.add(u.id);
    upns.add(u.userPrincipalName?.toLowerCase());
  });
  if (!Array.isArray(t.users)) problems.push('users: must be an array');
  const unlicensed = new Set(
    (Array.isArray(t.users) ? t.users : []).filter((u) => u.oneDriveLicense === false).map((u) => u.id),
  );
  const groupIds = new Set<string>();
  (t.groups ?? []).forEach((g, i) => {
    if (!g.id || !g.displayName) problems.push(`groups[${i}]: needs id and displayName`);
    if (userIds.has(g.id) || groupIds.has(g.id)) problems.push(`groups[${i}].id: duplicate ${g.id}`);
    groupIds.add(g.id);
    (g.members ?? []).forEach((m, j) => {
      if (!userIds.has(m)) problems.push(`groups[${i}].members[${j}]: unknown user ${m}`);
    });
  });
  const allGroupIds = new Set((t.groups ?? []).map((g) => g.id));
  (t.groups ?? []).forEach((g, i) => {
    if (g.memberGroups !== undefined && !Array.isArray(g.memberGroups))
      problems.push(`groups[${i}].memberGroups: must be an array of group ids`);
    (Array.isArray(g.memberGroups) ? g.memberGroups : []).forEach((m, j) => {
      if (m === g.id) problems.push(`groups[${i}].memberGroups[${j}]: a group cannot contain itself`);
      else if (!allGroupIds.has(m)) problems.push(`groups[${i}].memberGroups[${j}]: unknown group ${m}`);
    });
  });
  const principalKnown = (id: string) => userIds.has(id) || groupIds.has(id);
  const checkItems = (items: TenantItem[], where: string, ids: Set<string>) => {
    const names = new Set<string>();
    items.forEach((item, i) => {
      const at = `${where}[${i}]`;
      if (typeof item.name !== 'string' || item.name.length === 0) problems.push(`${at}.name: required`);
      else if (forbiddenNameChars.test(item.name))
        problems.push(`${at}.name: "${item.name}" has a character OneDrive forbids`);
      if (names.has(item.name?.toLowerCase()))
        problems.push(`${at}.name: "${item.name}" appears twice in one folder`);
      names.add(item.name?.toLowerCase());
      if (item.id) {
        if (ids.has(item.id)) problems.push(`${at}.id: duplicate ${item.id}`);
        ids.add(item.id);
      }
      if (item.lastModifiedBy && !userIds.has(item.lastModifiedBy))
        problems.push(`${at}.lastModifiedBy: unknown user`);
      (item.permissions ?? []).forEach((p, j) => {
        if (!Array.isArray(p.roles) || p.roles.length === 0)
          problems.push(`${at}.permissions[${j}].roles: required`);
        if (p.grantedTo && !principalKnown(p.grantedTo))
          problems.push(`${at}.permissions[${j}].grantedTo: unknown user or group`);
        for (const g of p.link?.grantedTo ?? [])
          if (!userIds.has(g)) problems.push(`${at}.permissions[${j}].link.grantedTo: unknown user ${g}`);
      });
      if (item.children) checkItems(item.children, `${at}.children`, ids);
    });
  };
  (Array.isArray(t.drives) ? t.drives : []).forEach((d, i) => {
    if (!d.name) problems.push(`drives[${i}].name: required`);
    if (!driveTypes.includes(d.driveType))
      problems.push(`drives[${i}].driveType: must be one of ${driveTypes.join(', ')}`);
    const owner = d.owner as { user?: string; group?: string } | undefined;
    if (!owner || (!owner.user && !owner.group)) problems.push(`drives[${i}].owner: needs user or group`);
    else if (owner.user && !userIds.has(owner.user))
      problems.push(`drives[${i}].owner.user: unknown user ${owner.user}`);
    else if (owner.user && d.driveType !== 'documentLibrary' && unlicensed.has(owner.user))
      problems.push(`drives[${i}].owner.user: ${owner.user} has oneDriveLicense false, so no OneDrive`);
    else if (owner.group && !groupIds.has(owner.group))
      problems.push(`drives[${i}].owner.group: unknown group ${owner.group}`);
    if (!Array.isArray(d.items)) problems.push(`drives[${i}].items: must be an array`);
    else checkItems(d.items, `drives[${i}].items`, new Set());
  });
  if (!Array.isArray(t.drives)) problems.push('drives: must be an array');
  for (const userId of Object.keys(t.following ?? {})) {
    if (!userIds.has(userId)) problems.push(`following: unknown user ${userId}`);
  }
  if (problems.length > 0) throw new Error(`Invalid tenant file:\n- ${problems.join('\n- ')}`);
  return t;
}
