import assert from 'node:assert/strict';
import { type RoleChangeAsk, readRoleChange } from '../../../src/conversation/access/read-role-change';
import type { ItemRef, RecipientRef } from '../../../src/conversation/parse/parsed-request';

const context = { mentions: [], timeZone: 'Europe/Madrid', now: new Date('2026-12-02T09:00:00Z') };

/** What a sentence must read as: whose role (or a link's), on which item, to which role. */
type Expected = {
  about: RoleChangeAsk['about'];
  item?: string;
  people?: string[];
  role: 'read' | 'write';
  /** Also a share sentence: a share when the person has no access yet. */
  orShare?: boolean;
};

function itemName(item: ItemRef | undefined): string | undefined {
  if (!item) return undefined;
  return item.kind === 'name' ? item.name : item.kind === 'path' ? item.path : item.kind;
}

function personText(r: RecipientRef): string {
  return r.kind === 'email' ? r.email : r.kind === 'name' ? r.text : r.kind;
}

const changes: [string, Expected][] = [
  ['make Ana a viewer on plan.xlsx', { about: 'person', item: 'plan.xlsx', people: ['Ana'], role: 'read' }],
  [
    'change Bob to editor on budget.xlsx',
    { about: 'person', item: 'budget.xlsx', people: ['Bob'], role: 'write' },
  ],
  [
    'let Ana only view plan.xlsx',
    { about: 'person', item: 'plan.xlsx', people: ['Ana'], role: 'read', orShare: true },
  ],
  ['give Ana edit instead', { about: 'person', people: ['Ana'], role: 'write' }],
  ['give Ana edit instead of view', { about: 'person', people: ['Ana'], role: 'write' }],
  [
    'downgrade Bob to view on report.xlsx',
    { about: 'person', item: 'report.xlsx', people: ['Bob'], role: 'read' },
  ],
  [
    'Bob should only be able to view report.xlsx now',
    { about: 'person', item: 'report.xlsx', people: ['Bob'], role: 'read', orShare: true },
  ],
  [
    "change Bob's access on budget.xlsx to view only",
    { about: 'person', item: 'budget.xlsx', people: ['Bob'], role: 'read' },
  ],
  [
    'please make Tom Baker an editor of report.xlsx.',
    { about: 'person', item: 'report.xlsx', people: ['Tom Baker'], role: 'write' },
  ],
  ['switch Ana Lopez to read-only', { about: 'person', people: ['Ana Lopez'], role: 'read' }],
  [
    "make ana.lopez@contoso.com an editor on 'Q3 numbers'",
    { about: 'person', item: 'Q3 numbers', people: ['ana.lopez@contoso.com'], role: 'write' },
  ],
  ['let Bob edit it instead', { about: 'person', people: ['Bob'], role: 'write' }],
  [
    'Ana can only view the budget from now on',
    { about: 'person', item: 'budget', people: ['Ana'], role: 'read', orShare: true },
  ],
  [
    'upgrade Tom to edit on /Reports/report.xlsx',
    { about: 'person', item: '/Reports/report.xlsx', people: ['Tom'], role: 'write' },
  ],
  [
    'make Ana and Bob viewers on plan.xlsx',
    { about: 'person', item: 'plan.xlsx', people: ['Ana', 'Bob'], role: 'read' },
  ],
  ['change the anyone link on report.xlsx to edit', { about: 'link', item: 'report.xlsx', role: 'write' }],
  ['make the link on plan.xlsx view-only', { about: 'link', item: 'plan.xlsx', role: 'read' }],
  ['make it view only', { about: 'lastShare', role: 'read' }],
  ['change it to view only', { about: 'lastShare', role: 'read' }],
  ['make him an editor instead', { about: 'lastShare', role: 'write' }],
  ['let them only view it', { about: 'lastShare', role: 'read' }],
];

/** Sentences that are shares, questions, link requests or follow-ups: never a role change. */
const notChanges = [
  'share plan.xlsx with Ana as viewer',
  'give Ana edit access to plan.xlsx',
  'let Ana view plan.xlsx',
  'make Ana an owner of plan.xlsx',
  'make sure Bob can edit plan.xlsx',
  'actually edit',
  'make her a viewer on plan.xlsx',
  'can Ana only view plan.xlsx?',
  'get me an edit link to report.xlsx',
  'send Lee Chen a view link to report.xlsx',
  'Ana should be able to edit plan.xlsx',
  'let me know when you are done',
  'change of plans',
];

function whose(expected: Expected): string {
  if (expected.about === 'link') return "a link's";
  if (expected.about === 'lastShare') return "the last share's";
  return `${expected.people?.join(' and ')}'s`;
}

describe('reading a role change', () => {
  for (const [says, expected] of changes) {
    it(`reads "${says}" as ${whose(expected)} role becoming ${expected.role}`, () => {
      const ask = readRoleChange(says, context);
      assert.ok(ask, 'read as a role change');
      assert.equal(ask.about, expected.about);
      assert.equal(ask.role, expected.role);
      assert.equal(itemName('item' in ask ? ask.item : undefined), expected.item);
      if (ask.about === 'person') {
        assert.deepEqual(ask.recipients.map(personText), expected.people);
        assert.equal(ask.shareIfNoAccess, expected.orShare === true);
      }
    });
  }

  for (const says of notChanges) {
    it(`leaves "${says}" to the other readers`, () => {
      assert.equal(readRoleChange(says, context), undefined);
    });
  }
});
