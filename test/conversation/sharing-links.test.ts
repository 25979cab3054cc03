import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { linkExamples } from '../../src/cards/help-card';
import { BotHarness } from '../support/bot-harness';
import { type CardMessage, cardMessage, cardText, textOf } from '../support/card-messages';
import { people } from '../support/demo-tenant';
import { personalChat } from '../support/teams-people';

const alex = people.alex;
const reportPath = '/Reports/report.xlsx';

/** A link permission as the sandbox lists it. */
interface LinkPermission {
  id: string;
  roles: string[];
  expirationDateTime?: string;
  link?: { type?: string; scope?: string; webUrl?: string };
  grantedToIdentitiesV2?: { user?: { id?: string } }[];
}

/** The sharing links on report.xlsx, read from the sandbox as Alex. */
async function reportLinks(harness: BotHarness): Promise<LinkPermission[]> {
  const item = await harness.asUser.itemByPath(alex.aadObjectId, reportPath);
  const all = (await harness.asUser.permissionsAs(
    alex.aadObjectId,
    item.driveId,
    item.id,
  )) as LinkPermission[];
  return all.filter((p) => p.link?.scope);
}

/** Says a sentence as Alex and returns the card it produced. */
async function askCard(harness: BotHarness, text: string): Promise<CardMessage> {
  const conversation = personalChat(alex);
  const sent = await harness.teams.say(text, { from: alex, conversation });
  const last = sent.at(-1);
  assert.ok(last?.body.attachments, `expected a card, got ${last ? textOf(last) : 'nothing'}`);
  return cardMessage(last, conversation);
}

/** Says a sentence as Alex and returns the text of the bot's last answer. */
async function askText(harness: BotHarness, text: string): Promise<string> {
  const sent = await harness.teams.say(text, { from: alex });
  const last = sent.at(-1);
  assert.ok(last, 'expected an answer');
  return textOf(last);
}

async function createLinkCalls(harness: BotHarness): Promise<number> {
  const log = await harness.sandbox.requests();
  return log.filter((r) => r.method === 'POST' && r.path.split('?')[0].endsWith('/createLink')).length;
}

/** The markdown escapes a card puts in front of URL characters, removed. */
function unescaped(text: string): string {
  return text.replace(/\\([^A-Za-z0-9\s])/g, '$1');
}

const createCases: {
  says: string;
  type: 'view' | 'edit';
  scope: 'organization' | 'users' | 'anonymous';
  grantee?: string;
  expires?: boolean;
}[] = [
  { says: 'get me a link to report.xlsx', type: 'view', scope: 'organization' },
  { says: 'a view link for report.xlsx', type: 'view', scope: 'organization' },
  { says: 'an edit link to report.xlsx for the organisation', type: 'edit', scope: 'organization' },
  {
    says: 'send Lee Chen a view link to report.xlsx',
    type: 'view',
    scope: 'users',
    grantee: people.lee.aadObjectId,
  },
  {
    says: 'a link to report.xlsx anyone can open until Friday',
    type: 'view',
    scope: 'anonymous',
    expires: true,
  },
];

describe('sharing links', function () {
  this.timeout(90_000);
  let harness: BotHarness;

  before(async () => {
    harness = await BotHarness.start();
  });
  after(async () => {
    await harness?.close();
  });
  beforeEach(async () => {
    await harness.sandbox.reset();
    await harness.sandbox.clearFaults();
    await harness.sandbox.clearRequests();
  });

  for (const row of createCases) {
    it(`"${row.says}" confirms, then creates ${row.type} link for ${row.scope}`, async () => {
      const card = await askCard(harness, row.says);
      assert.match(cardText(card), /Create this sharing link\?/);
      assert.equal((await reportLinks(harness)).length, 0, 'nothing before the click');
      const result = await harness.teams.click(card, 'link.create', { from: alex });
      const links = await reportLinks(harness);
      assert.equal(links.length, 1, JSON.stringify(links));
      const [link] = links;
      assert.equal(link.link?.type, row.type);
      assert.equal(link.link?.scope, row.scope);
      if (row.grantee)
        assert.deepEqual(
          link.grantedToIdentitiesV2?.map((g) => g.user?.id),
          [row.grantee],
        );
      assert.equal(link.expirationDateTime !== undefined, row.expires === true);
      const shown = unescaped(textOf(result));
      assert.match(shown, /Link ready/);
      assert.ok(
        link.link?.webUrl && shown.includes(link.link.webUrl),
        `the URL itself on the card: ${shown}`,
      );
      const answer = result.value as { actions?: { type: string; url?: string }[] };
      assert.deepEqual(
        answer.actions?.map((a) => [a.type, a.url]),
        [['Action.OpenUrl', link.link?.webUrl]],
      );
    });
  }

  it('creates the type and scope chosen on the card, not the ones first read', async () => {
    const card = await askCard(harness, 'get me a link to report.xlsx');
    await harness.teams.click(card, 'link.create', {
      from: alex,
      inputs: { linkType: 'edit', linkScope: 'anonymous' },
    });
    const [link] = await reportLinks(harness);
    assert.deepEqual([link.link?.type, link.link?.scope], ['edit', 'anonymous']);
  });

  it('ignores a forged specific-people scope when nobody was named', async () => {
    const card = await askCard(harness, 'get me a link to report.xlsx');
    await harness.teams.click(card, 'link.create', {
      from: alex,
      inputs: { linkScope: 'users', linkType: 'owner' },
    });
    const [link] = await reportLinks(harness);
    assert.deepEqual([link.link?.type, link.link?.scope], ['view', 'organization']);
  });

  it("refuses someone else's click and creates nothing, then still works for the requester", async () => {
    const card = await askCard(harness, 'get me a link to report.xlsx');
    const refusal = await harness.teams.click(card, 'link.create', { from: people.lee });
    assert.match(String(refusal.value), /Only Alex Wilber can act on this card/);
    assert.equal(await createLinkCalls(harness), 0);
    assert.equal((await reportLinks(harness)).length, 0);
    await harness.teams.click(card, 'link.create', { from: alex });
    assert.equal((await reportLinks(harness)).length, 1);
  });

  it('creates once when Create link is clicked twice, and creates nothing after Cancel', async () => {
    const card = await askCard(harness, 'get me a link to report.xlsx');
    await harness.teams.click(card, 'link.create', { from: alex });
    const again = await harness.teams.click(card, 'link.create', { from: alex });
    assert.match(unescaped(textOf(again)), /Link ready/);
    assert.equal(await createLinkCalls(harness), 1);
    const other = await askCard(harness, 'an edit link to report.xlsx');
    assert.match(
      textOf(await harness.teams.click(other, 'link.cancel', { from: alex })),
      /Nothing was shared/,
    );
    assert.match(textOf(await harness.teams.click(other, 'link.create', { from: alex })), /Cancelled/);
    assert.equal(await createLinkCalls(harness), 1);
  });

  it('reads the permissions after a 504 to createLink before saying anything, and never sends it twice', async () => {
    const added = await harness.sandbox.addFault({
      method: 'POST',
      path: '**/createLink',
      status: 504,
      times: 1,
    });
    assert.equal(added.status, 201, JSON.stringify(added.body));
    const card = await askCard(harness, 'get me a link to report.xlsx');
    await harness.sandbox.clearRequests();
    const result = await harness.teams.click(card, 'link.create', { from: alex });
    assert.match(textOf(result), /didn't get Graph's answer and can't see the link/);
    const log = await harness.sandbox.requests();
    const posted = log.findIndex((r) => r.method === 'POST' && r.path.includes('/createLink'));
    const readAfter = log.findIndex(
      (r, i) => i > posted && r.method === 'GET' && r.path.includes('/permissions'),
    );
    assert.ok(posted >= 0 && readAfter > posted, log.map((r) => `${r.method} ${r.path}`).join('\n'));
    assert.equal(await createLinkCalls(harness), 1);
    assert.equal((await reportLinks(harness)).length, 0);
  });

  it('asks which file when the name matches several, and creates nothing', async () => {
    const answer = await askText(harness, 'get me a link to plan.xlsx');
    assert.match(answer, /Several files match: .*2026\/plan\.xlsx.*2027\/plan\.xlsx/s);
    assert.equal(await createLinkCalls(harness), 0);
  });

  it('lists the links a file has', async () => {
    assert.match(
      await askText(harness, 'which links does report.xlsx have?'),
      /report\.xlsx has no sharing links/,
    );
    await harness.teams.click(await askCard(harness, 'an edit link to report.xlsx'), 'link.create', {
      from: alex,
    });
    const listed = await askText(harness, 'which links does report.xlsx have?');
    assert.match(listed, /Edit link for people in your organisation/);
  });

  it('deletes the one matching link after a confirmation, and only that one', async () => {
    await harness.teams.click(
      await askCard(harness, 'an edit link to report.xlsx for anyone'),
      'link.create',
      { from: alex },
    );
    await harness.teams.click(await askCard(harness, 'a view link to report.xlsx'), 'link.create', {
      from: alex,
    });
    const card = await askCard(harness, 'delete the anyone link on report.xlsx');
    assert.match(cardText(card), /Delete this sharing link\?/);
    assert.equal((await reportLinks(harness)).length, 2, 'nothing removed before the click');
    const refused = await harness.teams.click(card, 'link.delete', { from: people.lee });
    assert.match(String(refused.value), /Only Alex Wilber/);
    const result = await harness.teams.click(card, 'link.delete', { from: alex });
    assert.match(textOf(result), /Link deleted/);
    const left = await reportLinks(harness);
    assert.deepEqual(
      left.map((l) => l.link?.scope),
      ['organization'],
    );
  });

  it('says so when no link matches, and removes nothing', async () => {
    await harness.teams.click(await askCard(harness, 'a view link to report.xlsx'), 'link.create', {
      from: alex,
    });
    assert.match(
      await askText(harness, 'delete the anyone link on report.xlsx'),
      /has no link for anyone.*Nothing was removed/s,
    );
    assert.equal((await reportLinks(harness)).length, 1);
  });

  it('asks which one when two links match, and removes nothing', async () => {
    await harness.teams.click(await askCard(harness, 'a view link to report.xlsx'), 'link.create', {
      from: alex,
    });
    await harness.teams.click(
      await askCard(harness, 'a view link to report.xlsx for anyone'),
      'link.create',
      { from: alex },
    );
    const answer = await askText(harness, 'delete the view link on report.xlsx');
    assert.match(answer, /several links like that.*Which one\?/s);
    assert.equal((await reportLinks(harness)).length, 2);
    const log = await harness.sandbox.requests();
    assert.equal(log.filter((r) => r.method === 'DELETE').length, 0);
  });

  it('answers every link example on the help card as it says, changing nothing before a click', async () => {
    await harness.teams.click(await askCard(harness, 'a link to report.xlsx for anyone'), 'link.create', {
      from: alex,
    });
    const before = (await reportLinks(harness)).map((l) => l.id);
    for (const example of linkExamples) {
      const sent = await harness.teams.say(example, { from: alex });
      const answer = textOf(sent.at(-1) ?? assert.fail(`no answer to ${example}`));
      assert.match(
        answer,
        /Create this sharing link\?|Sharing links on report\.xlsx|Delete this sharing link\?/,
        example,
      );
    }
    assert.deepEqual(
      (await reportLinks(harness)).map((l) => l.id),
      before,
    );
  });
});

describe('sharing links where the tenant turns anyone links off', function () {
  this.timeout(90_000);
  let harness: BotHarness;

  before(async () => {
    const demo = JSON.parse(readFileSync(path.resolve(__dirname, '../../env/demo-tenant.json'), 'utf8'));
    demo.tenant.externalSharing = 'disabled';
    const tenantFile = path.join(mkdtempSync(path.join(tmpdir(), 'links-tenant-')), 'tenant.json');
    writeFileSync(tenantFile, JSON.stringify(demo));
    harness = await BotHarness.start({ tenantFile });
  });
  after(async () => {
    await harness?.close();
  });

  it('refuses an anyone link plainly and says nothing was shared', async () => {
    const card = await askCard(harness, 'a link to report.xlsx anyone can open');
    const result = await harness.teams.click(card, 'link.create', { from: alex });
    assert.match(textOf(result), /does not allow links that work for anyone\. Nothing was shared/);
    assert.equal((await reportLinks(harness)).length, 0);
    const again = await harness.teams.click(card, 'link.create', { from: alex });
    assert.match(textOf(again), /does not allow links/);
    assert.equal(await createLinkCalls(harness), 1);
  });
});

describe('sharing links when Graph is slow or the card is old', function () {
  this.timeout(90_000);
  let harness: BotHarness;

  before(async () => {
    harness = await BotHarness.start({ env: { INVOKE_BUDGET_MS: '150', REQUEST_TTL_MINUTES: '0.01' } });
  });
  after(async () => {
    await harness?.close();
  });

  it('answers "Creating the link…" at once, then replaces the card with the link', async () => {
    await harness.sandbox.reset();
    const added = await harness.sandbox.addFault({
      method: 'POST',
      path: '/v1.0/**/createLink',
      latencyMs: 500,
      times: 1,
    });
    assert.equal(added.status, 201, JSON.stringify(added.body));
    const card = await askCard(harness, 'get me a link to report.xlsx');
    const answer = await harness.teams.click(card, 'link.create', { from: alex });
    assert.match(textOf(answer), /Creating the link/);
    const update = await waitFor(() =>
      harness.channel.sent.find((s) => s.method === 'PUT' && s.activityId === card.activityId),
    );
    const [link] = await reportLinks(harness);
    assert.ok(unescaped(textOf(update)).includes(String(link.link?.webUrl)));
  });

  it('never creates a link after the card has expired', async () => {
    await harness.sandbox.reset();
    await harness.sandbox.clearRequests();
    const card = await askCard(harness, 'get me a link to report.xlsx');
    await new Promise((resolve) => setTimeout(resolve, 700));
    const answer = await harness.teams.click(card, 'link.create', { from: alex });
    assert.match(textOf(answer), /expired\. Nothing was shared/);
    assert.equal(await createLinkCalls(harness), 0);
  });
});

async function waitFor<T>(probe: () => T | undefined, timeoutMs = 5000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = probe();
    if (value !== undefined) return value;
    if (Date.now() > deadline) throw new Error('timed out waiting');
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}
