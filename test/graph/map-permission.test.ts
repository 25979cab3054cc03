import assert from 'node:assert/strict';
import type { Permission } from '@microsoft/microsoft-graph-types';
import type { PermissionInfo } from '../../src/domain/permission';
import { toPermissionInfo } from '../../src/graph/json-mappers';
import { grantedPermission } from './helpers/graph-json-samples';

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
