import assert from 'node:assert/strict';
import type { DriveItem, Permission, Person } from '@microsoft/microsoft-graph-types';
import type { DriveItemInfo } from '../../src/domain/item';
import type { PermissionInfo } from '../../src/domain/permission';
import type { PersonInfo } from '../../src/domain/person';
import {
  folderPathFrom,
  fromGroup,
  fromPerson,
  fromUser,
  toDriveItemInfo,
  toDriveItemList,
  toInviteResult,
  toPermissionInfo,
  UnexpectedGraphResponse,
} from '../../src/graph/json-mappers';
import { grantedPermission, odbFile, odbSearchHit, personAna, remoteHit } from './helpers/graph-json-samples';

describe('folderPathFrom', () => {
  const cases: [string | undefined, string | undefined][] = [
    ['/drive/root:/Documents/sub', '/Documents/sub'],
    ['/drives/b!abc/root:', '/'],
    ['/drive/root:', '/'],
    ['/drives/b!abc/root:/Q1%20Reports/caf%C3%A9', '/Q1 Reports/café'],
    ['/drive/root:/100% done', '/100% done'],
    ['/drive/root:/bad %E0%A4%A', '/bad %E0%A4%A'],
    ['no colon here', undefined],
    [undefined, undefined],
  ];
  for (const [path, expected] of cases) {
    it(`reads ${JSON.stringify(path)} as ${JSON.stringify(expected)}`, () => {
      assert.equal(folderPathFrom(path), expected);
    });
  }
});

describe('toDriveItemInfo', () => {
  const cases: [string, object, DriveItemInfo][] = [
    [
      'an ODB file with a parent path',
      odbFile,
      {
        driveId: 'b!driveAna',
        id: '01ABCFILE',
        name: 'report.xlsx',
        webUrl: odbFile.webUrl,
        kind: 'file',
        size: 24576,
        lastModifiedDateTime: '2026-03-02T10:15:00Z',
        lastModifiedByName: 'Ana Lima',
        folderPath: '/Reports',
        parentId: '01PARENT',
        driveType: 'business',
      },
    ],
    [
      'an ODB search hit without parentReference.path (folder left undefined)',
      odbSearchHit,
      {
        driveId: 'b!driveAna',
        id: '01HIT',
        name: 'Budget 2026.docx',
        webUrl: odbSearchHit.webUrl,
        kind: 'file',
        parentId: '01PARENT',
        driveType: 'business',
      },
    ],
    [
      'a remoteItem hit, mapped to the remote drive and item',
      remoteHit,
      {
        driveId: 'b!driveBo',
        id: '01REMOTEITEM',
        name: 'Plan.pptx',
        webUrl: remoteHit.remoteItem.webUrl,
        kind: 'file',
        size: 1048576,
        lastModifiedByName: 'Bo Chen',
        folderPath: '/Shared',
        parentId: '01BOFOLDER',
        driveType: 'business',
        remote: true,
      },
    ],
    [
      'a drive root',
      {
        id: 'root-id',
        name: 'root',
        webUrl: 'https://x/Documents',
        root: {},
        folder: { childCount: 3 },
        parentReference: { driveId: 'b!d', driveType: 'business' },
      },
      {
        driveId: 'b!d',
        id: 'root-id',
        name: 'root',
        webUrl: 'https://x/Documents',
        kind: 'folder',
        driveType: 'business',
        isRoot: true,
      },
    ],
    [
      'a special folder',
      {
        id: 'docs',
        name: 'Documents',
        webUrl: 'https://x/d',
        folder: { childCount: 0 },
        specialFolder: { name: 'documents' },
        parentReference: { driveId: 'd1', driveType: 'personal', path: '/drive/root:' },
      },
      {
        driveId: 'd1',
        id: 'docs',
        name: 'Documents',
        webUrl: 'https://x/d',
        kind: 'folder',
        folderPath: '/',
        driveType: 'personal',
        specialFolder: 'documents',
      },
    ],
  ];
  for (const [what, json, expected] of cases) {
    it(`maps ${what}`, () => {
      assert.deepEqual(toDriveItemInfo(json as DriveItem), expected);
    });
  }

  it('uses the addressed drive when Graph leaves parentReference out', () => {
    const info = toDriveItemInfo(
      { id: 'i1', name: 'a.txt', webUrl: 'https://x/a.txt', file: {} },
      { driveId: 'd9' },
    );
    assert.equal(info.driveId, 'd9');
  });

  it('records the share id of an item reached through a sharing link', () => {
    assert.equal(toDriveItemInfo(odbFile as DriveItem, { shareId: 'u!abc' }).shareId, 'u!abc');
  });

  it('refuses an item it could not address', () => {
    assert.throws(() => toDriveItemInfo({ id: 'i1', name: 'a.txt' }), UnexpectedGraphResponse);
  });

  it('drops unaddressable entries from a list instead of failing the list', () => {
    const items = toDriveItemList({ value: [odbSearchHit, { id: 'orphan', name: 'x' }, remoteHit] });
    assert.deepEqual(
      items.map((item) => item.id),
      ['01HIT', '01REMOTEITEM'],
    );
  });
});

describe('toInviteResult', () => {
  it('maps a 200 answer as complete, echoing the invitation email', () => {
    const result = toInviteResult(200, { value: [grantedPermission] });
    assert.equal(result.partial, false);
    assert.deepEqual(result.permissions[0].invitationEmail, 'robin@contoso.com');
    assert.equal(result.permissions[0].notificationError, undefined);
  });

  it('maps a 207 answer: every recipient granted, failed notifications carry their error', () => {
    const failed = {
      id: 'perm-2',
      roles: ['write'],
      grantedTo: { user: { id: 'u-helga', displayName: 'Helga' } },
      invitation: { email: 'helga@contoso.com', signInRequired: true },
      error: {
        code: 'notAllowed',
        message: 'developer text',
        localizedMessage: 'Wir konnten keine E-Mail senden.',
        fixItUrl: 'http://example.invalid/fix',
        innererror: { code: 'accountVerificationRequired' },
      },
    };
    const result = toInviteResult(207, { value: [grantedPermission, failed] });
    assert.equal(result.partial, true);
    assert.deepEqual(
      result.permissions.map((permission) => permission.id),
      ['perm-1', 'perm-2'],
    );
    assert.deepEqual(result.permissions[1].notificationError, {
      code: 'notAllowed',
      message: 'developer text',
      localizedMessage: 'Wir konnten keine E-Mail senden.',
      innerCode: 'accountVerificationRequired',
    });
  });

  it('reads the inner code whether Graph spells it innererror or innerError', () => {
    const entry = {
      id: 'p',
      roles: ['read'],
      error: { code: 'notAllowed', message: 'm', innerError: { code: 'exchangeInvalidUser' } },
    };
    assert.equal(
      toInviteResult(207, { value: [entry] }).permissions[0].notificationError?.innerCode,
      'exchangeInvalidUser',
    );
  });

  it('keeps a granted entry that has no id rather than losing the recipient', () => {
    const result = toInviteResult(200, {
      value: [{ roles: ['read'], invitation: { email: 'x@contoso.com' } }],
    });
    assert.deepEqual(
      [result.permissions[0].id, result.permissions[0].invitationEmail],
      ['', 'x@contoso.com'],
    );
  });
});

describe('toPermissionInfo', () => {
  const cases: [string, object, PermissionInfo][] = [
    [
      'grantedToV2 with siteUser: names from V2, email from the siteUser login name',
      grantedPermission,
      {
        id: 'perm-1',
        roles: ['write'],
        grantee: { id: 'u-robin', displayName: 'Robin Diaz', email: 'robin@contoso.com' },
        inherited: false,
      },
    ],
    [
      'only the deprecated grantedTo (ODB internal user, no invitation)',
      {
        id: 'p2',
        roles: ['read'],
        grantedTo: { user: { id: 'u2', displayName: 'Kim', email: 'kim@contoso.com' } },
      },
      {
        id: 'p2',
        roles: ['read'],
        grantee: { id: 'u2', displayName: 'Kim', email: 'kim@contoso.com' },
        inherited: false,
      },
    ],
    [
      'an invitation-only permission (unredeemed email)',
      {
        id: 'p3',
        roles: ['write'],
        invitation: { email: 'jd@fabrikam.com', signInRequired: true },
        shareId: 's!1',
      },
      { id: 'p3', roles: ['write'], grantee: { email: 'jd@fabrikam.com' }, inherited: false },
    ],
    [
      'a link permission',
      {
        id: 'p4',
        roles: ['read'],
        link: { type: 'view', scope: 'anonymous', webUrl: 'https://1drv.ms/x' },
        shareId: 's!2',
      },
      {
        id: 'p4',
        roles: ['read'],
        link: { type: 'view', scope: 'anonymous', webUrl: 'https://1drv.ms/x' },
        inherited: false,
      },
    ],
    [
      'an inherited permission reported as an empty inheritedFrom',
      { id: 'p5', roles: ['owner'], inheritedFrom: {}, expirationDateTime: '0001-01-01T00:00:00Z' },
      { id: 'p5', roles: ['owner'], inherited: true },
    ],
    [
      'an expiring link',
      {
        id: 'p6',
        roles: ['write'],
        link: { type: 'edit', scope: 'users' },
        expirationDateTime: '2026-12-31T00:00:00Z',
      },
      {
        id: 'p6',
        roles: ['write'],
        link: { type: 'edit', scope: 'users' },
        inherited: false,
        expirationDateTime: '2026-12-31T00:00:00Z',
      },
    ],
  ];
  for (const [what, json, expected] of cases) {
    it(`maps ${what}`, () => {
      assert.deepEqual(toPermissionInfo(json as Permission), expected);
    });
  }

  it('never takes a SharePoint siteUser id as the directory id', () => {
    const info = toPermissionInfo({
      id: 'p7',
      roles: ['read'],
      grantedToV2: {
        siteUser: { id: '12', displayName: 'Robin', loginName: 'i:0#.f|membership|robin@contoso.com' },
      },
    });
    assert.deepEqual(info.grantee, { displayName: 'Robin', email: 'robin@contoso.com' });
  });
});

describe('person mappers', () => {
  const people: [string, object, PersonInfo][] = [
    [
      'an organization user, email from scoredEmailAddresses',
      personAna,
      {
        kind: 'user',
        displayName: "Ana O'Brien",
        email: 'ana.obrien@contoso.com',
        userPrincipalName: 'ana@contoso.com',
        jobTitle: 'Analyst',
        department: 'Finance',
      },
    ],
    [
      'an M365 group',
      {
        displayName: 'Finance Team',
        userPrincipalName: '',
        scoredEmailAddresses: [{ address: 'finance@contoso.com' }],
        personType: { class: 'Group', subclass: 'UnifiedGroup' },
      },
      { kind: 'group', displayName: 'Finance Team', email: 'finance@contoso.com' },
    ],
    [
      'a personal contact outside the directory',
      {
        displayName: 'Zoe External',
        scoredEmailAddresses: [{ address: 'zoe@fabrikam.com' }],
        personType: { class: 'Person', subclass: 'PersonalContact' },
      },
      { kind: 'contact', displayName: 'Zoe External', email: 'zoe@fabrikam.com' },
    ],
    [
      'a person with no address',
      { displayName: 'No Mail', scoredEmailAddresses: [] },
      { kind: 'user', displayName: 'No Mail' },
    ],
  ];
  for (const [what, json, expected] of people) {
    it(`maps ${what}`, () => {
      assert.deepEqual(fromPerson(json as Person), expected);
    });
  }

  it('does not pass a people-API id off as a directory object id', () => {
    assert.equal(fromPerson(personAna as Person).id, undefined);
  });

  it('maps a guest directory user with its #EXT# UPN and real mail', () => {
    assert.deepEqual(
      fromUser({
        id: 'g1',
        displayName: 'Adele V',
        mail: 'adele@adatum.com',
        userPrincipalName: 'adele_adatum.com#EXT#@contoso.com',
        userType: 'Guest',
      }),
      {
        kind: 'user',
        id: 'g1',
        displayName: 'Adele V',
        email: 'adele@adatum.com',
        userPrincipalName: 'adele_adatum.com#EXT#@contoso.com',
        userType: 'Guest',
      },
    );
  });

  it('maps a group', () => {
    assert.deepEqual(fromGroup({ id: 'grp', displayName: 'Sales', mail: 'sales@contoso.com' }), {
      kind: 'group',
      id: 'grp',
      displayName: 'Sales',
      email: 'sales@contoso.com',
    });
  });
});
