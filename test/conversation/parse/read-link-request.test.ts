import assert from 'node:assert/strict';
import { type LinkAsk, readLinkRequest } from '../../../src/conversation/links/read-link-request';

const context = { mentions: [], timeZone: 'Europe/Madrid', now: new Date('2026-12-02T09:00:00Z') };

/** What a sentence must read as: action, item name or path, people, type, scope, expiry. */
type Expected = {
  action: LinkAsk['action'];
  item?: string;
  people?: string[];
  type?: 'view' | 'edit';
  scope?: 'organization' | 'users' | 'anonymous';
  expires?: boolean;
};

const rows: [string, Expected][] = [
  ['get me a link to plan.xlsx', { action: 'create', item: 'plan.xlsx' }],
  ['a view link for plan.xlsx', { action: 'create', item: 'plan.xlsx', type: 'view' }],
  [
    'an edit link to the budget for the organisation',
    { action: 'create', item: 'budget', type: 'edit', scope: 'organization' },
  ],
  [
    'send Ana a view link to plan.xlsx',
    { action: 'create', item: 'plan.xlsx', people: ['Ana'], type: 'view', scope: 'users' },
  ],
  [
    'send a link to plan.xlsx to bob@contoso.com',
    { action: 'create', item: 'plan.xlsx', people: ['bob@contoso.com'], scope: 'users' },
  ],
  ['a link anyone can open until Friday', { action: 'create', scope: 'anonymous', expires: true }],
  [
    'make an anyone link to /Reports/report.xlsx',
    { action: 'create', item: '/Reports/report.xlsx', scope: 'anonymous' },
  ],
  ['which links does plan.xlsx have?', { action: 'list', item: 'plan.xlsx' }],
  ['what links are on report.xlsx?', { action: 'list', item: 'report.xlsx' }],
  ['delete the anyone link on plan.xlsx', { action: 'delete', item: 'plan.xlsx', scope: 'anonymous' }],
  [
    'remove the edit link for the organisation on report.xlsx',
    { action: 'delete', item: 'report.xlsx', type: 'edit', scope: 'organization' },
  ],
];

const notLinks = [
  'share report.xlsx with Lee',
  'share https://contoso.sharepoint.com/:x:/s/links/abc with Lee',
  'can Lee Chen see report.xlsx through the link?',
  "don't send the link",
];

function itemText(ask: LinkAsk): string | undefined {
  const item = ask.item;
  if (!item) return undefined;
  if (item.kind === 'name') return item.name;
  if (item.kind === 'path') return item.path;
  return item.kind;
}

describe('reading a sharing-link request', () => {
  for (const [says, expected] of rows) {
    it(`reads "${says}" as ${expected.action}`, () => {
      const ask = readLinkRequest(says, context);
      assert.ok(ask, 'read as a link request');
      assert.equal(ask.action, expected.action);
      assert.equal(itemText(ask), expected.item);
      if (ask.action === 'create') {
        const people = ask.recipients.map((r) =>
          r.kind === 'email' ? r.email : r.kind === 'name' ? r.text : r.kind,
        );
        assert.deepEqual(people, expected.people ?? []);
        assert.equal(ask.expiration !== undefined, expected.expires === true);
      }
      if (ask.action !== 'list') {
        assert.equal(ask.type, expected.type);
        assert.equal(ask.scope, expected.scope);
      }
    });
  }
  for (const says of notLinks) {
    it(`leaves "${says}" to the other intents`, () => {
      assert.equal(readLinkRequest(says, context), undefined);
    });
  }
});
