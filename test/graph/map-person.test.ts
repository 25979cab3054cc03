import assert from 'node:assert/strict';
import type { Person } from '@microsoft/microsoft-graph-types';
import type { PersonInfo } from '../../src/domain/person';
import { fromGroup, fromPerson, fromUser } from '../../src/graph/json-mappers';
import { personAna } from './helpers/graph-json-samples';

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
