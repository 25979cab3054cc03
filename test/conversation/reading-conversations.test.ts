import assert from 'node:assert/strict';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { TenantFile } from '../../src/sandbox/tenant/tenant-file';
import { BotHarness } from '../support/bot-harness';
import { textOf } from '../support/card-messages';
import type { CardJson } from '../support/card-queries';
import { people } from '../support/demo-tenant';
import { type RefusalCase, runRefusalCase, runShareCase, type ShareCase } from '../support/share-scenario';
import { personalChat } from '../support/teams-people';

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

/**
 * The demo tenant plus an Induction folder next to files that share its name, so a kind word
 * decides: Alex's OneDrive gets /Induction (with a checklist) and /Induction slides.pptx.
 */
async function tenantWithInduction(dir: string): Promise<string> {
  const demo = path.resolve(__dirname, '../../env/demo-tenant.json');
  const tenant = JSON.parse(await readFile(demo, 'utf8')) as TenantFile;
  const alexDrive = tenant.drives.find((d) => 'user' in d.owner && d.owner.user === people.alex.aadObjectId);
  assert.ok(alexDrive, "Alex's OneDrive is in the demo tenant");
  alexDrive.items.push(
    {
      name: 'Induction',
      children: [{ name: 'Induction checklist.docx', size: 1200, lastModifiedBy: people.alex.aadObjectId }],
    },
    { name: 'Induction slides.pptx', size: 88000, lastModifiedBy: people.alex.aadObjectId },
  );
  const file = path.join(dir, 'tenant.json');
  await writeFile(file, JSON.stringify(tenant));
  return file;
}

/** Kind words: the kind of item decides between a folder and files of the same name (`untouched`). */
const kinds: [string, ShareCase & { untouched: string }][] = [
  [
    'the slides, not the folder of the same name',
    {
      says: 'share the induction slides with Lee Chen',
      item: { path: '/Induction slides.pptx' },
      grants: [{ to: people.lee, role: 'read' }],
      untouched: '/Induction',
    },
  ],
  [
    'the deck, by another word for slides',
    {
      says: 'give Lee Chen edit access to the induction deck',
      picks: ['Induction slides.pptx'],
      item: { path: '/Induction slides.pptx' },
      grants: [{ to: people.lee, role: 'write' }],
      untouched: '/Induction',
    },
  ],
  [
    'the folder, not the files of the same name',
    {
      says: 'share the induction folder with Lee Chen',
      item: { path: '/Induction' },
      grants: [{ to: people.lee, role: 'read' }],
      untouched: '/Induction slides.pptx',
    },
  ],
  [
    'the document, picked from the documents only',
    {
      says: 'share the induction doc with Lee Chen',
      picks: ['Induction checklist.docx'],
      item: { path: '/Induction/Induction checklist.docx' },
      grants: [{ to: people.lee, role: 'read' }],
      untouched: '/Induction',
    },
  ],
];

/** Kind words that match nothing of that kind: a clear answer, and no share. */
const kindRefusals: [string, RefusalCase][] = [
  [
    'no spreadsheet of that name',
    { says: 'share the induction spreadsheet with Lee Chen', reply: /induction spreadsheet/ },
  ],
  ['no picture of that name', { says: 'share the induction photo with Lee Chen', reply: /induction photo/ }],
];

/** Questions about access, each answered in words from the sandbox's permissions. */
const questions: [string, RegExp][] = [
  [
    'can Mateo Rossi see the launch deck?',
    /^2 items match “launch deck”.*\n\nNo — \*\*Mateo Rossi\*\* has no access to \*\*Launch Deck v3\.pptx\*\*\.\n\nI can't tell — \*\*Launch Deck v2\.pptx\*\* isn't shared with \*\*Mateo Rossi\*\* directly, but it is shared with \*\*Design Team\*\*/s,
  ],
  [
    'can Mateo Rossi see Launch Deck v3.pptx?',
    /^No — \*\*Mateo Rossi\*\* has no access to \*\*Launch Deck v3\.pptx\*\*/,
  ],
  [
    'does Tom Baker have access to report.xlsx?',
    /^Yes — \*\*Tom Baker\*\* can view \*\*report\.xlsx\*\* \(shared with them directly\)/,
  ],
  [
    'can Tom Baker edit report.xlsx?',
    /^No — \*\*Tom Baker\*\* can view \*\*report\.xlsx\*\* but not edit it/,
  ],
  ['does Ana Silva have edit access to Launch Deck v3.pptx?', /^Yes — \*\*Ana Silva\*\* can edit/],
  [
    'did I already share report.xlsx with Lee Chen?',
    /^No — \*\*Lee Chen\*\* has no access to \*\*report\.xlsx\*\*/,
  ],
  ['did I share /Finance/2026/budget.xlsx with Ana Lopez?', /^I can't tell — .*\*\*Finance Team\*\*/],
  [
    'can Lee Chen see budget.xlsx?',
    /^2 items match “budget\.xlsx”.*\*\*\/Finance\/2026\/budget\.xlsx\*\*.*\*\*\/Finance\/2027\/budget\.xlsx\*\*/s,
  ],
  ['can Lee Chen open 🚀 Roadmap.pptx?', /^Only with the link — .*anyone in your organisation can open/],
  [
    'is report.xlsx shared with Tom Baker and Lee Chen?',
    /^Yes — \*\*Tom Baker\*\*.*\n\nNo — \*\*Lee Chen\*\*/,
  ],
];

/** "Who has access" questions: answered with the who-has-access card, which changes nothing by itself. */
const whoQuestions: [string, RegExp][] = [
  [
    'who can see report.xlsx?',
    /^Who has access to report\.xlsx\n\*\*Alex Wilber\*\*\nowner\n\*\*Tom Baker\*\*\ncan view/,
  ],
  ['who can edit report.xlsx?', /^Who can edit report\.xlsx\n\*\*Alex Wilber\*\*\nowner$/],
];

/** Questions that cannot be answered as asked: a question back, in words, and still no share. */
const unanswerable: [string, RegExp][] = [
  ['can Mateo Rossi see nonexistent-xyz.docx?', /I looked for “nonexistent-xyz\.docx”/],
  ['does Ana have access to report.xlsx?', /Which “Ana” do you mean: \*\*Ana Lopez/],
  ['who has access?', /Which file or folder do you mean/],
];

describe('reading share requests precisely, judged by the sandbox', function () {
  this.timeout(60_000);
  let harness: BotHarness;

  let dir: string;

  before(async () => {
    dir = await mkdtemp(path.join(tmpdir(), 'sharebot-reading-'));
    harness = await BotHarness.start({ tenantFile: await tenantWithInduction(dir) });
  });
  after(async () => {
    await harness?.close();
    await rm(dir, { recursive: true, force: true });
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

  describe('item kinds', () => {
    for (const [name, row] of kinds) {
      it(`shares ${name}: ${row.says}`, async () => {
        await runShareCase(harness, row);
        const elsewhere = await harness.asUser.rolesOf(
          people.alex.aadObjectId,
          row.untouched,
          people.lee.aadObjectId,
        );
        assert.deepEqual(elsewhere, [], `${row.untouched} was shared too`);
      });
    }
    for (const [name, row] of kindRefusals) {
      it(`answers and shares nothing when there is ${name}: ${row.says}`, async () => {
        await runRefusalCase(harness, row);
      });
    }
  });

  describe('questions are answered, never shared', () => {
    /** Asks as Alex; the answer must be one text message, with no card and nothing changed in Graph. */
    async function ask(says: string): Promise<string> {
      await harness.sandbox.reset();
      await harness.sandbox.clearRequests();
      const sent = await harness.teams.say(says, {
        from: people.alex,
        conversation: personalChat(people.alex),
      });
      assert.equal(sent.length, 1, `expected one answer, got ${sent.length}`);
      const [answer] = sent;
      assert.ok(
        answer && !answer.body.attachments?.length,
        `expected text, got a card: ${answer ? textOf(answer) : ''}`,
      );
      const changes = (await harness.sandbox.requests()).filter(
        (r) => r.method !== 'GET' && !/\$batch/.test(r.path),
      );
      assert.deepEqual(changes, [], 'a question changed something in Graph');
      return textOf(answer);
    }

    for (const [says, answer] of questions) {
      it(`answers "${says}"`, async () => {
        assert.match(await ask(says), answer);
      });
    }
    for (const [says, answer] of whoQuestions) {
      it(`shows the who-has-access card for "${says}", changing nothing`, async () => {
        await harness.sandbox.reset();
        await harness.sandbox.clearRequests();
        const sent = await harness.teams.say(says, {
          from: people.alex,
          conversation: personalChat(people.alex),
        });
        assert.equal(sent.length, 1);
        const [card] = sent;
        assert.ok(card?.body.attachments?.length, 'a card');
        assert.match(textOf(card), answer);
        const changes = (await harness.sandbox.requests()).filter(
          (r) => r.method !== 'GET' && !/\$batch/.test(r.path),
        );
        assert.deepEqual(changes, []);
      });
    }
    for (const [says, answer] of unanswerable) {
      it(`asks back on "${says}"`, async () => {
        assert.match(await ask(says), answer);
      });
    }

    it('answers from what a share just did', async () => {
      await runShareCase(harness, {
        says: 'share report.xlsx with Lee Chen as editor',
        item: { path: '/Reports/report.xlsx' },
        grants: [{ to: people.lee, role: 'write' }],
      });
      const sent = await harness.teams.say('is report.xlsx shared with Lee Chen?', {
        from: people.alex,
        conversation: personalChat(people.alex),
      });
      assert.match(textOf(sent.at(-1) as never), /^Yes — \*\*Lee Chen\*\* can edit \*\*report\.xlsx\*\*/);
    });

    it('reads the item and the people in one $batch, then the access list', async () => {
      await ask('does Tom Baker have access to report.xlsx?');
      const log = await harness.sandbox.requests();
      const batches = new Set(log.filter((r) => r.batchId).map((r) => r.batchId));
      const alone = log.filter((r) => !r.batchId && !/\$batch/.test(r.path));
      assert.ok(batches.size <= 2, `${batches.size} batches`);
      assert.ok(alone.length <= 1, `requests outside a batch: ${alone.map((r) => r.path).join(', ')}`);
    });
  });
});
