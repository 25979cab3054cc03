import assert from 'node:assert/strict';
import { editDistance, nameForms } from '../../../src/conversation/resolve/fold-text';
import { type PersonMatch, rankPeople } from '../../../src/conversation/resolve/rank-people';
import { groupSearchText } from '../../../src/conversation/resolve/team-words';
import type { PersonInfo } from '../../../src/domain/person';

function user(displayName: string, email: string): PersonInfo {
  return { kind: 'user', displayName, email, userPrincipalName: email };
}

function group(displayName: string, email: string): PersonInfo {
  return { kind: 'group', displayName, email };
}

const directory: PersonInfo[] = [
  user('Jürgen Müller', 'juergen.mueller@contoso.com'),
  user('María García-López', 'maria.garcia@contoso.com'),
  user("Seán O'Brien", 'sean.obrien@contoso.com'),
  user('陈伟', 'wei.chen@contoso.com'),
  user('Jon Smith', 'jon.smith@contoso.com'),
  user('Ana Lopez', 'ana.lopez@contoso.com'),
  user('Ana Silva', 'ana.silva@contoso.com'),
  user('Mateo Rossi', 'mateo.rossi@contoso.com'),
  user('Heinz Weiß', 'heinz.weiss@contoso.com'),
  user('Michael Novak', 'michael.novak@contoso.com'),
  user('Michal Novák', 'michal.novak@contoso.com'),
  user('Robin Ext', 'robin_fabrikam.com#EXT#@contoso.onmicrosoft.com'),
  group('Design Team', 'design@contoso.com'),
  group('Finance Team', 'finance@contoso.com'),
  group('Atlas Project', 'atlas@contoso.com'),
  group('Launch', 'launch@contoso.com'),
];

/** What a typed name finds in the directory above: each person found, with how well they matched. */
const cases: [string, [string, PersonMatch][]][] = [
  ['Muller', [['Jürgen Müller', 'partial']]],
  ['Mueller', [['Jürgen Müller', 'partial']]],
  ['jurgen muller', [['Jürgen Müller', 'exact']]],
  ['Juergen Mueller', [['Jürgen Müller', 'exact']]],
  ['Heinz Weiss', [['Heinz Weiß', 'exact']]],
  ['Garcia Lopez', [['María García-López', 'partial']]],
  ['Maria Garcia Lopez', [['María García-López', 'exact']]],
  ['Maria GarciaLopez', [['María García-López', 'exact']]],
  ['OBrien', [["Seán O'Brien", 'partial']]],
  ['Sean O Brien', [["Seán O'Brien", 'exact']]],
  ['Sean OBrien', [["Seán O'Brien", 'exact']]],
  ['Wei Chen', [['陈伟', 'partial']]],
  [
    'wei',
    [
      ['陈伟', 'partial'],
      ['Heinz Weiß', 'partial'],
    ],
  ],
  ['Jon Smiht', [['Jon Smith', 'fuzzy']]],
  ['Ana Lopes', [['Ana Lopez', 'fuzzy']]],
  ['Mateo', [['Mateo Rossi', 'partial']]],
  [
    'Michal Novak',
    [
      ['Michal Novák', 'exact'],
      ['Michael Novak', 'fuzzy'],
    ],
  ],
  [
    'Michael',
    [
      ['Michael Novak', 'partial'],
      ['Michal Novák', 'fuzzy'],
    ],
  ],
  ['the design team', [['Design Team', 'exact']]],
  ['design team', [['Design Team', 'exact']]],
  ['Finance team', [['Finance Team', 'exact']]],
  ['Atlas project team', [['Atlas Project', 'exact']]],
  ['the launch team', [['Launch', 'exact']]],
  ['design', [['Design Team', 'partial']]],
  ['desgin team', [['Design Team', 'fuzzy']]],
];

/** Names that must never be taken as one person: they find nobody, or only near misses to ask about. */
const neverExact: string[] = [
  'Jon', // a prefix, many could follow
  'Ana', // two people
  'Jan Smith', // a three-letter word is never corrected
  'Anna Lopez Silva',
  'Chen Wei Long',
  'Brien',
  'com', // the end of an address is no name
  'ext', // nor is a guest's #EXT# marker
  'Lopez Ana Maria',
  'team',
];

describe('matching people and groups to a typed name', () => {
  for (const [typed, expected] of cases) {
    it(`"${typed}" finds ${expected.map(([name, match]) => `${name} (${match})`).join(', ')}`, () => {
      const ranked = rankPeople(typed, directory);
      assert.deepEqual(
        ranked.map((entry) => [entry.person.displayName, entry.match]),
        expected,
      );
    });
  }

  for (const typed of neverExact) {
    it(`"${typed}" matches no one exactly`, () => {
      const exact = rankPeople(typed, directory).filter((entry) => entry.match === 'exact');
      assert.deepEqual(
        exact.map((entry) => entry.person.displayName),
        [],
      );
    });
  }

  it('finds nothing for a name no one is close to', () => {
    assert.deepEqual(rankPeople('Zhang Xiaoming', directory), []);
    assert.deepEqual(rankPeople('Bob', directory), []);
  });
});

describe('the spellings of a name', () => {
  const table: [string, string[]][] = [
    ['Müller', ['muller', 'mueller']],
    ['García-López', ['garcialopez', 'garcia lopez']],
    ["O'Brien", ['obrien', 'o brien']],
    ['Weiß', ['weiss']],
  ];
  for (const [name, forms] of table) {
    it(`"${name}" is written ${forms.join(' or ')}`, () => {
      assert.deepEqual(
        nameForms(name)
          .map((words) => words.join(' '))
          .sort(),
        [...forms].sort(),
      );
    });
  }

  it('counts two swapped letters as one typo only when asked to', () => {
    assert.equal(editDistance('smiht', 'smith', 3, true), 1);
    assert.equal(editDistance('smiht', 'smith', 3), 2);
  });
});

describe('looking a group up by name', () => {
  const table: [string, string][] = [
    ['design team', 'design'],
    ['the Atlas project team', 'Atlas'],
    ['Finance Team', 'Finance'],
    ['our marketing group', 'marketing'],
    ['Team', 'Team'],
    ['Ana Lopez', 'Ana Lopez'],
  ];
  for (const [typed, searched] of table) {
    it(`searches "${typed}" as "${searched}"`, () => assert.equal(groupSearchText(typed), searched));
  }
});
