import assert from 'node:assert/strict';
import { findRoleTarget, judgePermission, type RoleTarget } from '../../src/conversation/access/role-target';
import type { PermissionInfo } from '../../src/domain/permission';
import type { PersonInfo } from '../../src/domain/person';
import type { Role } from '../../src/domain/role';

const ana: PersonInfo = { kind: 'user', id: 'u-ana', displayName: 'Ana Lopez', email: 'ana@contoso.com' };

function grant(id: string, roles: string[], more: Partial<PermissionInfo> = {}): PermissionInfo {
  return { id, roles, grantee: { id: 'u-ana', displayName: 'Ana Lopez' }, inherited: false, ...more };
}

const owner = grant('p-owner', ['owner'], { grantee: { id: 'u-alex', displayName: 'Alex' } });

const rows: {
  case: string;
  permissions: PermissionInfo[];
  to: Role;
  expected: RoleTarget['kind'];
  id?: string;
}[] = [
  {
    case: 'her own edit permission, asked view',
    permissions: [owner, grant('p1', ['write'])],
    to: 'read',
    expected: 'change',
    id: 'p1',
  },
  {
    case: 'her own view permission, asked edit',
    permissions: [grant('p1', ['read'])],
    to: 'write',
    expected: 'change',
    id: 'p1',
  },
  {
    case: 'a permission found by her address only (an invitation)',
    permissions: [grant('p2', ['read'], { grantee: { email: 'ANA@contoso.com' } })],
    to: 'write',
    expected: 'change',
    id: 'p2',
  },
  { case: 'the same role already', permissions: [grant('p1', ['read'])], to: 'read', expected: 'same' },
  {
    case: 'only from the folder above',
    permissions: [grant('p1', ['write'], { inherited: true })],
    to: 'read',
    expected: 'inherited',
  },
  {
    case: 'a direct view and an inherited edit, asked view: the edit would stay',
    permissions: [grant('p1', ['read']), grant('p2', ['write'], { inherited: true })],
    to: 'read',
    expected: 'inherited',
  },
  {
    case: 'an inherited invitation a personal drive lists with a link part',
    permissions: [grant('p1', ['write'], { inherited: true, link: { type: 'edit' } })],
    to: 'read',
    expected: 'inherited',
  },
  { case: 'she owns it', permissions: [grant('p1', ['owner'])], to: 'read', expected: 'owner' },
  {
    case: 'two permissions of her own',
    permissions: [grant('p1', ['read']), grant('p2', ['write'])],
    to: 'read',
    expected: 'several',
  },
  {
    case: 'only a link for the organisation',
    permissions: [
      owner,
      { id: 'l1', roles: ['write'], link: { type: 'edit', scope: 'organization' }, inherited: false },
    ],
    to: 'read',
    expected: 'link',
  },
  {
    case: 'only a group',
    permissions: [
      {
        id: 'g1',
        roles: ['write'],
        grantee: { id: 'g-design', displayName: 'Design', group: true },
        inherited: false,
      },
    ],
    to: 'read',
    expected: 'group',
  },
  { case: 'no access at all', permissions: [owner], to: 'write', expected: 'none' },
];

describe('which permission a role change acts on', () => {
  for (const row of rows) {
    it(`${row.case}: ${row.expected}`, () => {
      const target = findRoleTarget(ana, row.permissions, row.to);
      assert.equal(target.kind, row.expected);
      if (target.kind === 'change') assert.equal(target.permission.id, row.id);
    });
  }

  it('judges a permission a card named: gone, a link, or the one to change', () => {
    assert.equal(judgePermission(undefined, 'read').kind, 'gone');
    assert.equal(
      judgePermission({ id: 'l', roles: ['read'], link: { scope: 'users' }, inherited: false }, 'write').kind,
      'link',
    );
    const change = judgePermission(grant('p1', ['write']), 'read');
    assert.deepEqual(change.kind === 'change' && [change.permission.id, change.from], ['p1', 'write']);
  });
});
