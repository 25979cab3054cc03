import assert from 'node:assert/strict';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { TenantFile } from '../../src/sandbox/tenant/tenant-file';
import { BotHarness } from '../support/bot-harness';
import { type CardMessage, cardMessage, cardText, replaced, textOf } from '../support/card-messages';
import { people } from '../support/demo-tenant';
import { conversations } from '../support/share-scenario';
import { personalChat, type TestConversation } from '../support/teams-people';

const alex = people.alex;
const financeTeam = '6c234e86-cb1d-47c3-8247-32ea035bebfe';
const designTeam = 'c8a6e6ce-af0f-4296-8acf-ef59579b6d28';
const budget = '/Budget 2027.xlsx';
const notes = '/Team notes.docx';

/**
 * The demo tenant plus a file of Alex's shared with the Finance Team (Ana Lopez is in it, Lee Chen
 * is not), and one shared with the Design Team, which here has the Finance Team nested in it (so Tom
 * Baker, in Finance only, reaches it through the nesting).
 */
async function groupTenant(dir: string): Promise<string> {
  const demo = path.resolve(__dirname, '../../env/demo-tenant.json');
  const tenant = JSON.parse(await readFile(demo, 'utf8')) as TenantFile;
  const drive = tenant.drives.find((d) => 'user' in d.owner && d.owner.user === alex.aadObjectId);
  assert.ok(drive, "Alex's OneDrive");
  drive.items.push(
    {
      name: 'Budget 2027.xlsx',
      size: 2048,
      lastModifiedBy: alex.aadObjectId,
      permissions: [{ roles: ['read'], grantedTo: financeTeam }],
    },
    { name: 'Team notes.docx', size: 900, lastModifiedBy: alex.aadObjectId, permissions: [] },
    {
      name: 'Brand book.pdf',
      size: 4096,
      lastModifiedBy: alex.aadObjectId,
      permissions: [{ roles: ['write'], grantedTo: designTeam }],
    },
  );
  const design = tenant.groups?.find((g) => g.id === designTeam);
  assert.ok(design, 'the Design Team');
  design.memberGroups = [financeTeam];
  const out = path.join(dir, 'tenant.json');
  await writeFile(out, JSON.stringify(tenant));
  return out;
}

describe('sharing with someone who already has access through a group (judged by the sandbox)', function () {
  this.timeout(120_000);
  let harness: BotHarness;
  let dir: string;

  before(async () => {
    dir = await mkdtemp(path.join(tmpdir(), 'sharebot-via-group-'));
    harness = await BotHarness.start({ tenantFile: await groupTenant(dir) });
  });
  after(async () => {
    await harness?.close();
    await rm(dir, { recursive: true, force: true });
  });
  beforeEach(async () => {
    await harness.sandbox.reset();
    await harness.sandbox.clearFaults();
    await harness.sandbox.clearRequests();
  });

  async function confirmation(sentence: string, conversation: TestConversation = personalChat(alex)) {
    const sent = await harness.teams.say(sentence, { from: alex, conversation });
    const last = sent.at(-1);
    assert.ok(last?.body.attachments, `a card for "${sentence}", got ${last ? textOf(last) : 'nothing'}`);
    return cardMessage(last, conversation);
  }

  async function share(card: CardMessage): Promise<string> {
    return cardText(replaced(card, await harness.teams.click(card, 'share.confirm', { from: alex })));
  }

  /** The invite calls the sandbox received, with their recipients. */
  async function invitesSent(): Promise<number> {
    return (await harness.sandbox.requests()).filter((r) => r.method === 'POST' && /\/invite$/.test(r.path))
      .length;
  }

  async function membershipReads(): Promise<number> {
    return (await harness.sandbox.requests()).filter((r) => /\/checkMemberGroups$/.test(r.path)).length;
  }

  const rolesOf = (person: (typeof people)[keyof typeof people], file = budget) =>
    harness.asUser.rolesOf(alex.aadObjectId, file, person.aadObjectId);

  it('tells that a member already has view through the group, and sends her no invitation', async () => {
    const card = await confirmation('share Budget 2027.xlsx with Ana Lopez');
    assert.match(
      cardText(card),
      /Ana Lopez already has view access through the Finance Team group, so they won't be invited again/,
    );
    assert.equal(await membershipReads(), 1);
    const result = await share(card);
    assert.equal(await invitesSent(), 0, 'no invite went to Graph');
    assert.deepEqual(await rolesOf(people.anaLopez), [], 'she has no permission of her own');
    assert.match(result, /Already had view access through the Finance Team group · no email sent/);
  });

  it('still invites a member when edit is asked and the group only gives view, and says so', async () => {
    const card = await confirmation('let Ana Lopez edit Budget 2027.xlsx');
    assert.match(
      cardText(card),
      /Ana Lopez already has view access through the Finance Team group; sharing gives them edit access/,
    );
    await share(card);
    assert.equal(await invitesSent(), 1);
    assert.deepEqual(await rolesOf(people.anaLopez), ['write']);
  });

  it('invites someone who is not in the group, with no group note', async () => {
    const card = await confirmation('share Budget 2027.xlsx with Lee Chen');
    assert.doesNotMatch(cardText(card), /through the/);
    await share(card);
    assert.equal(await invitesSent(), 1);
    assert.deepEqual(await rolesOf(people.lee), ['read']);
  });

  it('invites only the people the group does not already cover', async () => {
    const card = await confirmation('share Budget 2027.xlsx with Ana Lopez and Lee Chen');
    const result = await share(card);
    assert.equal(await invitesSent(), 1);
    assert.deepEqual(await rolesOf(people.lee), ['read']);
    assert.deepEqual(await rolesOf(people.anaLopez), []);
    assert.match(result, /Lee Chen/);
    assert.match(result, /Already had view access through the Finance Team group/);
  });

  it('invites as usual and says nothing about groups when the membership read fails', async () => {
    const added = await harness.sandbox.addFault({
      path: '/v1.0/users/*/checkMemberGroups',
      status: 503,
      retryAfter: null,
    });
    assert.equal(added.status, 201, JSON.stringify(added.body));
    const card = await confirmation('share Budget 2027.xlsx with Ana Lopez');
    assert.doesNotMatch(cardText(card), /through the/);
    await share(card);
    assert.equal(await invitesSent(), 1);
    assert.deepEqual(await rolesOf(people.anaLopez), ['read']);
  });

  it('skips the membership read when no group holds a permission on the item', async () => {
    const card = await confirmation('share Team notes.docx with Ana Lopez');
    assert.equal(await membershipReads(), 0);
    await share(card);
    assert.deepEqual(await rolesOf(people.anaLopez, notes), ['read']);
  });

  it('counts a member of a group nested in the one the item is shared with', async () => {
    const card = await confirmation('let Tom Baker edit Brand book.pdf');
    assert.match(cardText(card), /Tom Baker already has edit access through the Design Team group/);
    const result = await share(card);
    assert.equal(await invitesSent(), 0);
    assert.deepEqual(await rolesOf(people.tom, '/Brand book.pdf'), []);
    assert.match(result, /Already had edit access through the Design Team group/);
  });

  it('leaves the group note off the card everyone in a group chat sees', async () => {
    const card = await confirmation('share Budget 2027.xlsx with Ana Lopez', conversations.groupChat);
    assert.doesNotMatch(cardText(card), /Finance Team/);
    await share(card);
    assert.equal(await invitesSent(), 0, 'the group still covers her, so no invite');
  });
});
