/**
 * Realistic Graph JSON shapes (docs/graph-notes.md §1.6, §2, §3, §4) shared by the mapper and port tests.
 */

/** A file in the user's OneDrive for Business, as GET item returns it. */
export const odbFile = {
  id: '01ABCFILE',
  name: 'report.xlsx',
  size: 24576,
  webUrl: 'https://contoso-my.sharepoint.com/personal/ana_contoso_com/Documents/Reports/report.xlsx',
  lastModifiedDateTime: '2026-03-02T10:15:00Z',
  lastModifiedBy: { user: { id: 'u-ana', displayName: 'Ana Lima', email: 'ana@contoso.com' } },
  file: { mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' },
  parentReference: {
    driveId: 'b!driveAna',
    driveType: 'business',
    id: '01PARENT',
    path: '/drive/root:/Reports',
  },
};

/** An ODB search hit: parentReference has no path (docs/graph-notes.md §3.1). */
export const odbSearchHit = {
  id: '01HIT',
  name: 'Budget 2026.docx',
  webUrl: 'https://contoso-my.sharepoint.com/personal/ana_contoso_com/Documents/Budget%202026.docx',
  file: { mimeType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document' },
  parentReference: { driveId: 'b!driveAna', driveType: 'business', id: '01PARENT', siteId: 'site-1' },
  searchResult: { onClickTelemetryUrl: 'https://example.invalid/t' },
};

/** A search hit that lives in another person's drive (docs/graph-notes.md §3.4). */
export const remoteHit = {
  id: '01LOCALSHORTCUT',
  name: 'Plan.pptx',
  webUrl: 'https://contoso-my.sharepoint.com/personal/bo_contoso_com/Documents/Plan.pptx',
  parentReference: { driveId: 'b!driveAna', driveType: 'business' },
  remoteItem: {
    id: '01REMOTEITEM',
    name: 'Plan.pptx',
    size: 1048576,
    webUrl: 'https://contoso-my.sharepoint.com/personal/bo_contoso_com/Documents/Shared/Plan.pptx',
    file: { mimeType: 'application/vnd.ms-powerpoint' },
    lastModifiedBy: { user: { displayName: 'Bo Chen' } },
    parentReference: {
      driveId: 'b!driveBo',
      driveType: 'business',
      id: '01BOFOLDER',
      path: '/drives/b!driveBo/root:/Shared',
    },
  },
};

/** A person from /me/people: no mail, addresses in scoredEmailAddresses (docs/graph-notes.md §4.1). */
export const personAna = {
  id: 'person-ana',
  displayName: "Ana O'Brien",
  givenName: 'Ana',
  surname: "O'Brien",
  userPrincipalName: 'ana@contoso.com',
  jobTitle: 'Analyst',
  department: 'Finance',
  scoredEmailAddresses: [{ address: 'ana.obrien@contoso.com', relevanceScore: 8 }],
  personType: { class: 'Person', subclass: 'OrganizationUser' },
};

/** An invite answer entry with grantedToV2 + siteUser and the deprecated grantedTo (docs/graph-notes.md §1.6). */
export const grantedPermission = {
  '@odata.type': '#microsoft.graph.permission',
  id: 'perm-1',
  roles: ['write'],
  grantedTo: { user: { id: 'u-robin', displayName: 'Robin (old)', email: 'robin@contoso.com' } },
  '@deprecated.GrantedTo': 'GrantedTo has been deprecated. Refer to GrantedToV2',
  grantedToV2: {
    user: { id: 'u-robin', displayName: 'Robin Diaz' },
    siteUser: { id: '12', displayName: 'Robin Diaz', loginName: 'i:0#.f|membership|robin@contoso.com' },
  },
  invitation: { email: 'robin@contoso.com', signInRequired: true },
};
