import assert from 'node:assert/strict';
import { BotHarness } from '../support/bot-harness';
import type { CardJson } from '../support/card-queries';
import { people } from '../support/demo-tenant';
import { runShareCase, type ShareCase } from '../support/share-scenario';

/** The value the confirmation card's role choice starts with. */
function preselectedRole(card: CardJson): unknown {
  const seen: unknown[] = [card];
  while (seen.length > 0) {
    const node = seen.pop();
    if (Array.isArray(node)) seen.push(...node);
    else if (node && typeof node === 'object') {
      const record = node as Record<string, unknown>;
      if (record.id === 'role' && record.type === 'Input.ChoiceSet') return record.value;
      seen.push(...Object.values(record));
    }
  }
  return undefined;
}

/** Negated and limited roles, typed as people write them: each must end in view access only. */
const limits: string[] = [
  'share report.xlsx with Ana Lopez but she must not change it',
  "share report.xlsx with Ana Lopez, don't let her edit",
  'share report.xlsx with Ana Lopez read but not write',
  'give Ana Lopez access to report.xlsx, view only, no edits',
  "send report.xlsx to Ana Lopez — she shouldn't change anything",
  'share report.xlsx with Ana Lopez, no editing please',
];

/** Typos and words that double as names, each shared exactly as meant. */
const typosAndNames: [string, ShareCase][] = [
  [
    'a misspelt verb, "with" and role',
    {
      says: 'shre report.xlsx wth Ana Lopez as editr',
      item: { path: '/Reports/report.xlsx' },
      grants: [{ to: people.anaLopez, role: 'write' }],
    },
  ],
  [
    '"IT" before a file name as part of the name',
    {
      says: 'share IT checklist.xlsx with Lee Chen',
      item: { path: '/Onboarding/IT checklist.xlsx' },
      grants: [{ to: people.lee, role: 'read' }],
    },
  ],
  [
    '"make sure X can edit"',
    {
      says: 'make sure Mateo Rossi can edit report.xlsx',
      item: { path: '/Reports/report.xlsx' },
      grants: [{ to: people.mateo, role: 'write' }],
    },
  ],
  [
    'a misspelt "access"',
    {
      says: 'give Priya Natarajan acess to report.xlsx',
      item: { path: '/Reports/report.xlsx' },
      grants: [{ to: people.priya, role: 'read' }],
    },
  ],
];

describe('reading share requests precisely, judged by the sandbox', function () {
  this.timeout(60_000);
  let harness: BotHarness;

  before(async () => {
    harness = await BotHarness.start();
  });
  after(async () => {
    await harness?.close();
  });

  describe('a negated role shares view only', () => {
    for (const says of limits) {
      it(`preselects View and sends roles ["read"]: ${says}`, async () => {
        await harness.sandbox.clearRequests();
        const { confirm } = await runShareCase(harness, {
          says,
          item: { path: '/Reports/report.xlsx' },
          grants: [{ to: people.anaLopez, role: 'read' }],
        });
        assert.equal(preselectedRole(confirm.card), 'read');
        const roles = await harness.asUser.rolesOf(
          people.alex.aadObjectId,
          '/Reports/report.xlsx',
          people.anaLopez.aadObjectId,
        );
        assert.deepEqual(roles, ['read']);
        const invites = (await harness.sandbox.requests()).filter(
          (r) => r.method === 'POST' && /\/invite$/.test(r.path.split('?')[0]),
        );
        assert.equal(invites.length, 1);
      });
    }
  });

  describe('typos and words that double as names', () => {
    for (const [name, row] of typosAndNames) {
      it(`shares ${name}: ${row.says}`, async () => {
        await runShareCase(harness, row);
      });
    }
  });
});
