import assert from 'node:assert/strict';
import { type AccessFinding, findAccess } from '../../src/domain/access-findings';
import type { PermissionInfo } from '../../src/domain/permission';
import type { PersonInfo } from '../../src/domain/person';

const ana: PersonInfo = { kind: 'user', id: 'ana', displayName: 'Ana Lopez', email: 'ana@contoso.com' };
const guest: PersonInfo = { ...ana, id: 'robin', email: 'robin@fabrikam.com', userType: 'Guest' };
const finance: PersonInfo = {
  kind: 'group',
  id: 'fin',
  displayName: 'Finance Team',
  email: 'finance@contoso.com',
};

function permission(roles: string[], rest: Partial<PermissionInfo> = {}): PermissionInfo {
  return { id: `p${Math.random()}`, roles, inherited: false, ...rest };
}

const owner = permission(['owner'], { grantee: { id: 'alex', displayName: 'Alex Wilber' } });
const anaReads = permission(['read'], { grantee: { id: 'ana', displayName: 'Ana Lopez' } });
const anaWritesByAddress = permission(['write'], { grantee: { email: 'ANA@contoso.com' } });
const anaInherits = permission(['write'], { grantee: { id: 'ana' }, inherited: true });
const financeWrites = permission(['write'], {
  grantee: { id: 'fin', displayName: 'Finance Team', group: true },
});
const orgLink = permission(['read'], { link: { scope: 'organization', type: 'view' } });
const anyoneLink = permission(['write'], { link: { scope: 'anonymous', type: 'edit' } });
const peopleLink = permission(['read'], { link: { scope: 'users', type: 'view' } });

/** What the access list says about a person, from the strongest evidence to none. */
const rows: Array<[string, PersonInfo, PermissionInfo[], AccessFinding]> = [
  ['the owner', { ...ana, id: 'alex' }, [owner], { kind: 'owner' }],
  ['a direct reader', ana, [owner, anaReads], { kind: 'direct', role: 'read', inherited: false }],
  [
    'the strongest of two own permissions',
    ana,
    [anaReads, anaWritesByAddress],
    { kind: 'direct', role: 'write', inherited: false },
  ],
  ['access through a folder', ana, [anaInherits], { kind: 'direct', role: 'write', inherited: true }],
  ['an organisation link', ana, [owner, orgLink], { kind: 'link', role: 'read', reach: 'organization' }],
  ['a guest is not reached by an organisation link', guest, [orgLink], { kind: 'none' }],
  [
    'an anyone link reaches a guest',
    guest,
    [anyoneLink],
    { kind: 'link', role: 'write', reach: 'anonymous' },
  ],
  [
    'a group grant cannot tell',
    ana,
    [owner, financeWrites],
    { kind: 'cannotTell', groups: ['Finance Team'], peopleLinks: false },
  ],
  [
    'a link for chosen people cannot tell',
    ana,
    [peopleLink],
    { kind: 'cannotTell', groups: [], peopleLinks: true },
  ],
  ['the group itself', finance, [financeWrites], { kind: 'direct', role: 'write', inherited: false }],
  ['nothing', ana, [owner], { kind: 'none' }],
];

describe('finding what access someone has from an access list', () => {
  for (const [name, person, permissions, expected] of rows) {
    it(`reads ${name}`, () => assert.deepEqual(findAccess(person, permissions), expected));
  }
});
