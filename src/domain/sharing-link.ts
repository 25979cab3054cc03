/** What a sharing link lets people do: `view` or `edit` (driveItem: createLink `type`). */
export type LinkType = 'view' | 'edit';

/** Who a sharing link works for: the organisation, specific people, or anyone (`scope`). */
export type LinkScope = 'organization' | 'users' | 'anonymous';

/** Every link type Sharebot creates. */
export const linkTypes: readonly LinkType[] = ['view', 'edit'];

/** Every link scope Sharebot creates. */
export const linkScopes: readonly LinkScope[] = ['organization', 'users', 'anonymous'];
