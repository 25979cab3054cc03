import assert from 'node:assert/strict';
import { roleChangeExamples } from '../../src/cards/help-card';
import { BotHarness } from '../support/bot-harness';
import { type CardMessage, cardMessage, cardText, textOf } from '../support/card-messages';
import { people } from '../support/demo-tenant';
import type { SandboxPermission } from '../support/sandbox-user-view';
import { type Participant, personalChat } from '../support/teams-people';

const alex = people.alex;

/** Every permission on a file in `owner`'s OneDrive, as the owner sees it: id and roles per grantee. */
async function accessOf(
  harness: BotHarness,
  path: string,
  owner: Participant = alex,
): Promise<SandboxPermission[]> {
  const item = await harness.asUser.itemByPath(owner.aadObjectId, path);
  return await harness.asUser.permissionsAs(owner.aadObjectId, item.driveId, item.id);
}

/** The roles each permission holds, by id: what a role change must leave alone or change. */
function rolesById(permissions: SandboxPermission[]): Record<string, string[]> {
  return Object.fromEntries(permissions.map((p) => [p.id, p.roles]));
}

function permissionOf(permissions: SandboxPermission[], person: Participant): SandboxPermission {
  const found = permissions.find(
    (p) => (p.grantedToV2?.user?.id ?? p.grantedTo?.user?.id) === person.aadObjectId,
  );
  assert.ok(found, `${person.name} has a permission`);
  return found;
}

async function patchesSent(harness: BotHarness): Promise<number> {
  return (await harness.sandbox.requests()).filter((r) => r.method === 'PATCH').length;
}

async function invitesSent(harness: BotHarness): Promise<number> {
  return (await harness.sandbox.requests()).filter(
    (r) => r.method === 'POST' && /\/invite(\?|$)/.test(r.path),
  ).length;
}

/** Says a sentence as `from` and returns the card it produced. */
async function askCard(harness: BotHarness, text: string, from: Participant = alex): Promise<CardMessage> {
  const conversation = personalChat(from);
  const sent = await harness.teams.say(text, { from, conversation });
  const last = sent.at(-1);
  assert.ok(last?.body.attachments, `expected a card, got ${last ? textOf(last) : 'nothing'}`);
  return cardMessage(last, conversation);
}

/** Says a sentence as `from` and returns the text of the bot's last answer. */
async function askText(harness: BotHarness, text: string, from: Participant = alex): Promise<string> {
  const sent = await harness.teams.say(text, { from });
  const last = sent.at(-1);
  assert.ok(last, 'expected an answer');
  return textOf(last);
}

describe('changing the role someone already has', function () {
  this.timeout(90_000);
  let harness: BotHarness;

  before(async () => {
    harness = await BotHarness.start({ lossyProxy: true });
  });
  after(async () => {
    await harness?.close();
  });
  beforeEach(async () => {
    harness.proxy?.clear();
    await harness.sandbox.reset();
    await harness.sandbox.clearFaults();
    await harness.sandbox.clearRequests();
  });

  const confirmed: { says: string; path: string; person: Participant; from: string; to: string }[] = [
    {
      says: 'make Tom Baker an editor on report.xlsx',
      path: '/Reports/report.xlsx',
      person: people.tom,
      from: 'Can view',
      to: 'Can edit',
    },
    {
      says: 'downgrade Ana Silva to view on Launch Deck v3.pptx',
      path: '/Launch Deck v3.pptx',
      person: people.anaSilva,
      from: 'Can edit',
      to: 'Can view',
    },
    {
      says: 'Ana Silva should only be able to view Launch Deck v3.pptx now',
      path: '/Launch Deck v3.pptx',
      person: people.anaSilva,
      from: 'Can edit',
      to: 'Can view',
    },
  ];
  for (const row of confirmed) {
    it(`"${row.says}" confirms, then changes exactly that permission's roles`, async () => {
      const before = rolesById(await accessOf(harness, row.path));
      const card = await askCard(harness, row.says);
      assert.match(
        cardText(card),
        new RegExp(
          `Change ${row.person.name} from ${row.from} to ${row.to} on ${row.path.split('/').pop()?.replace('.', '\\.')}\\?`,
        ),
      );
      assert.deepEqual(
        rolesById(await accessOf(harness, row.path)),
        before,
        'nothing changes before the click',
      );
      const result = await harness.teams.click(card, 'role.change', { from: alex });
      assert.match(textOf(result), /Role changed/);
      const after = await accessOf(harness, row.path);
      const target = permissionOf(after, row.person);
      assert.deepEqual(target.roles, [row.to === 'Can edit' ? 'write' : 'read']);
      assert.deepEqual(
        { ...rolesById(after), [target.id]: before[target.id] },
        before,
        'every other permission as it was',
      );
      assert.equal(await invitesSent(harness), 0, 'no invitation, so no email');
      const again = await harness.teams.click(card, 'role.change', { from: alex });
      assert.match(textOf(again), /Role changed/);
      assert.equal(await patchesSent(harness), 1, 'a second click changes nothing again');
    });
  }

  it("refuses someone else's click and changes nothing, then works for the requester", async () => {
    const card = await askCard(harness, 'make Tom Baker an editor on report.xlsx');
    const refusal = await harness.teams.click(card, 'role.change', { from: people.lee });
    assert.match(String(refusal.value), /Only Alex Wilber can act on this card/);
    assert.equal(await patchesSent(harness), 0);
    assert.deepEqual(permissionOf(await accessOf(harness, '/Reports/report.xlsx'), people.tom).roles, [
      'read',
    ]);
    await harness.teams.click(card, 'role.change', { from: alex });
    assert.deepEqual(permissionOf(await accessOf(harness, '/Reports/report.xlsx'), people.tom).roles, [
      'write',
    ]);
  });

  it('changes nothing after Cancel', async () => {
    const card = await askCard(harness, 'change Tom Baker to editor on report.xlsx');
    assert.match(
      textOf(await harness.teams.click(card, 'role.cancel', { from: alex })),
      /No role was changed/,
    );
    assert.match(textOf(await harness.teams.click(card, 'role.change', { from: alex })), /Cancelled/);
    assert.equal(await patchesSent(harness), 0);
  });

  const refusals: { says: string; reply: RegExp }[] = [
    {
      says: 'make Tom Baker a viewer on report.xlsx',
      reply: /Tom Baker can view report\.xlsx already\. No role was changed/,
    },
    {
      says: 'make Lee Chen a viewer on report.xlsx',
      reply:
        /Lee Chen has no access of their own to report\.xlsx.*'share report\.xlsx with Lee Chen as viewer'.*No role was changed/s,
    },
    {
      says: 'make Lee Chen an editor on 🚀 Roadmap.pptx',
      reply: /only through a sharing link.*'get me an edit link to 🚀 Roadmap\.pptx'.*No role was changed/s,
    },
    {
      says: 'change the link on report.xlsx to edit',
      reply:
        /A sharing link's role can't be changed.*'get me an edit link to report\.xlsx'.*No role was changed/s,
    },
    {
      says: 'make Alex Wilber an editor on Vendor list.xlsx',
      reply: /You can only view Vendor list\.xlsx.*No role was changed/s,
    },
    { says: 'make Tom Baker and Lee Chen editors on report.xlsx', reply: /one person's role at a time/ },
  ];
  for (const row of refusals) {
    it(`answers "${row.says}" in words, and neither changes nor shares anything`, async () => {
      const before = rolesById(await accessOf(harness, '/Reports/report.xlsx'));
      assert.match(await askText(harness, row.says), row.reply);
      assert.equal(await patchesSent(harness), 0);
      assert.equal(await invitesSent(harness), 0);
      assert.deepEqual(rolesById(await accessOf(harness, '/Reports/report.xlsx')), before);
    });
  }

  it('says so when the access comes from the folder above, and changes nothing', async () => {
    const megan = people.megan;
    await harness.asUser.sendAs(
      megan.aadObjectId,
      'POST',
      '/v1.0/me/drive/root:/Pictures/Vacation 2026:/invite',
      {
        recipients: [{ email: people.lee.email }],
        roles: ['write'],
        requireSignIn: true,
        sendInvitation: false,
      },
    );
    const answer = await askText(harness, 'make Lee Chen a viewer on Beach.jpg', megan);
    assert.match(answer, /Lee Chen's access to Beach\.jpg comes from the folder above.*No role was changed/s);
    assert.equal(await patchesSent(harness), 0);
  });

  it('says Graph did not allow it (403) when the access comes from a folder on a work drive, and no role changed', async () => {
    // Work and school drives do not say which permissions are inherited (docs/graph-notes.md §2.1):
    // the card is offered, and Graph's 403 on the PATCH is what tells.
    await harness.asUser.sendAs(alex.aadObjectId, 'POST', '/v1.0/me/drive/root:/Reports:/invite', {
      recipients: [{ email: people.lee.email }],
      roles: ['read'],
      requireSignIn: true,
      sendInvitation: false,
    });
    const card = await askCard(harness, 'make Lee Chen an editor on report.xlsx');
    const result = await harness.teams.click(card, 'role.change', { from: alex });
    assert.match(textOf(result), /didn't allow this change.*folder above.*No role was changed/s);
    assert.equal(await patchesSent(harness), 1);
    assert.deepEqual(permissionOf(await accessOf(harness, '/Reports/report.xlsx'), people.lee).roles, [
      'read',
    ]);
  });

  it('reads the permission back after a lost answer, and reports the change Graph made', async () => {
    const card = await askCard(harness, 'make Tom Baker an editor on report.xlsx');
    harness.proxy?.lose({
      method: 'PATCH',
      path: /\/permissions\//,
      mode: { kind: 'gateway504' },
      times: Infinity,
    });
    const result = await harness.teams.click(card, 'role.change', { from: alex });
    assert.match(textOf(result), /Role changed/);
    assert.deepEqual(permissionOf(await accessOf(harness, '/Reports/report.xlsx'), people.tom).roles, [
      'write',
    ]);
  });

  it('says the role is unchanged when the lost call never reached Graph', async () => {
    const card = await askCard(harness, 'make Tom Baker an editor on report.xlsx');
    harness.proxy?.lose({
      method: 'PATCH',
      path: /\/permissions\//,
      mode: { kind: 'gateway504BeforeGraph' },
      times: Infinity,
    });
    const result = await harness.teams.click(card, 'role.change', { from: alex });
    assert.match(
      textOf(result),
      /didn't get Microsoft 365's answer, and Tom Baker still can view report\.xlsx\. No role was changed/,
    );
    assert.deepEqual(permissionOf(await accessOf(harness, '/Reports/report.xlsx'), people.tom).roles, [
      'read',
    ]);
  });

  it('"let Lee Chen only view report.xlsx" is a share when Lee has no access yet', async () => {
    const card = await askCard(harness, 'let Lee Chen only view report.xlsx');
    assert.match(cardText(card), /Lee Chen/);
    assert.ok(
      card.card.actions?.some((a) => (a as { verb?: string }).verb === 'share.confirm'),
      cardText(card),
    );
  });

  it('"give Tom Baker edit instead" after a share of report.xlsx acts on that item', async () => {
    const share = await askCard(harness, 'share report.xlsx with Lee Chen');
    await harness.teams.click(share, 'share.confirm', { from: alex });
    const card = await askCard(harness, 'give Tom Baker edit instead');
    assert.match(cardText(card), /Change Tom Baker from Can view to Can edit on report\.xlsx\?/);
  });

  it('answers every role-change example on the help card with a Change role card, changing nothing before a click', async () => {
    const before = rolesById(await accessOf(harness, '/Reports/report.xlsx'));
    for (const example of roleChangeExamples) {
      const card = await askCard(harness, example);
      assert.ok(
        card.card.actions?.some((a) => (a as { verb?: string }).verb === 'role.change'),
        `${example}: ${cardText(card)}`,
      );
    }
    assert.deepEqual(rolesById(await accessOf(harness, '/Reports/report.xlsx')), before);
  });
});

describe('role changes when the card is old or the last share had several people', function () {
  this.timeout(90_000);
  let harness: BotHarness;

  before(async () => {
    harness = await BotHarness.start({ env: { REQUEST_TTL_MINUTES: '0.01' } });
  });
  after(async () => {
    await harness?.close();
  });
  beforeEach(async () => {
    await harness.sandbox.reset();
    await harness.sandbox.clearRequests();
  });

  it('never changes a role after the card has expired', async () => {
    const card = await askCard(harness, 'make Tom Baker an editor on report.xlsx');
    await new Promise((resolve) => setTimeout(resolve, 700));
    const answer = await harness.teams.click(card, 'role.change', { from: alex });
    assert.match(textOf(answer), /expired\. No role was changed/);
    assert.equal(await patchesSent(harness), 0);
    assert.deepEqual(permissionOf(await accessOf(harness, '/Reports/report.xlsx'), people.tom).roles, [
      'read',
    ]);
  });

  it('asks whose role to change when "make it view only" follows a share with two people', async () => {
    const share = await askCard(harness, 'share report.xlsx with Lee Chen and Mateo Rossi as editors');
    await harness.teams.click(share, 'share.confirm', { from: alex });
    const answer = await askText(harness, 'make it view only');
    assert.match(answer, /with several people\. Say whose role to change.*No role was changed/s);
    assert.equal(await patchesSent(harness), 0);
  });

  it('asks which file when "give … edit instead" names no file and there is no last share', async () => {
    assert.match(
      await askText(harness, 'give Tom Baker edit instead', people.lee),
      /Which file or folder is that about\?/,
    );
  });
});
