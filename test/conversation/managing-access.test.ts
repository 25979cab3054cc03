import assert from 'node:assert/strict';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { TenantFile } from '../../src/sandbox/tenant/tenant-file';
import { BotHarness } from '../support/bot-harness';
import { type CardMessage, cardMessage, cardText, replaced, textOf } from '../support/card-messages';
import { choiceShowing } from '../support/card-queries';
import { people } from '../support/demo-tenant';
import type { Participant } from '../support/teams-people';
import { personalChat } from '../support/teams-people';

const alex = people.alex;
const financeTeam = '6c234e86-cb1d-47c3-8247-32ea035bebfe';

/**
 * The demo tenant plus items whose access the cases change: a file shared with both Anas and Tom,
 * a folder shared with Mateo (its file inherits that), a file shared with the Finance Team, a file
 * with a direct grant and two links, Ana Lopez's vendor list that Alex can only view, Tom's budget
 * review that Alex reads through the Finance Team, and Megan's personal Documents folder shared
 * with Lee (a personal OneDrive, where Graph says what is inherited).
 */
async function accessTenant(dir: string): Promise<string> {
  const demo = path.resolve(__dirname, '../../env/demo-tenant.json');
  const tenant = JSON.parse(await readFile(demo, 'utf8')) as TenantFile;
  const owned = (id: string) => {
    const drive = tenant.drives.find((d) => 'user' in d.owner && d.owner.user === id);
    assert.ok(drive, `a OneDrive for ${id}`);
    return drive;
  };
  const file = (name: string, permissions: TenantFile['drives'][number]['items'][number]['permissions']) => ({
    name,
    size: 1200,
    lastModifiedBy: alex.aadObjectId,
    permissions,
  });
  owned(alex.aadObjectId).items.push(
    file('Board pack.docx', [
      { roles: ['read'], grantedTo: people.anaLopez.aadObjectId },
      { roles: ['write'], grantedTo: people.anaSilva.aadObjectId },
      { roles: ['read'], grantedTo: people.tom.aadObjectId },
    ]),
    {
      name: 'Offsite',
      permissions: [{ roles: ['read'], grantedTo: people.mateo.aadObjectId }],
      children: [file('Offsite agenda.docx', [])],
    },
    file('Supplier list.xlsx', [{ roles: ['read'], grantedTo: financeTeam }]),
    file('Design brief.docx', [
      {
        roles: ['read'],
        link: { type: 'view', scope: 'users', grantedTo: [people.lee.aadObjectId, people.priya.aadObjectId] },
      },
    ]),
    file('Press kit.zip', [
      { roles: ['write'], grantedTo: people.lee.aadObjectId },
      { roles: ['read'], link: { type: 'view', scope: 'organization' } },
      {
        roles: ['read'],
        link: { type: 'view', scope: 'anonymous' },
        expirationDateTime: '2027-06-30T00:00:00Z',
      },
    ]),
  );
  const budgetReview = owned(people.tom.aadObjectId).items.find((i) => i.name === 'Budget review.xlsx');
  assert.ok(budgetReview);
  budgetReview.permissions = [{ roles: ['read'], grantedTo: financeTeam }];
  const documents = owned(people.megan.aadObjectId).items.find((i) => i.name === 'Documents');
  assert.ok(documents);
  documents.permissions = [{ roles: ['read'], grantedTo: people.lee.aadObjectId }];
  const runningLog = owned(people.megan.aadObjectId).items.find((i) => i.name === 'Running log.xlsx');
  assert.ok(runningLog);
  runningLog.permissions = [
    { roles: ['read'], link: { type: 'view', scope: 'users', grantedTo: [people.lee.aadObjectId] } },
  ];
  const vendorList = owned(people.anaLopez.aadObjectId).items.find((i) => i.name === 'Vendor list.xlsx');
  assert.ok(vendorList);
  vendorList.permissions = [
    ...(vendorList.permissions ?? []),
    { roles: ['read'], grantedTo: people.mateo.aadObjectId },
  ];
  const out = path.join(dir, 'tenant.json');
  await writeFile(out, JSON.stringify(tenant));
  return out;
}

/** A permission as the sandbox lists it. */
interface Listed {
  id: string;
  roles: string[];
  grantedToV2?: { user?: { id?: string }; group?: { id?: string } };
  link?: { type?: string; scope?: string };
}

describe('managing access: who has access, remove, stop sharing (judged by the sandbox)', function () {
  this.timeout(120_000);
  let harness: BotHarness;
  let dir: string;

  before(async () => {
    dir = await mkdtemp(path.join(tmpdir(), 'sharebot-access-'));
    harness = await BotHarness.start({ tenantFile: await accessTenant(dir) });
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

  /** Who holds what on a file in Alex's OneDrive, read as Alex (the owner sees everything). */
  async function accessOn(drivePath: string, ownerId = alex.aadObjectId): Promise<string[]> {
    const item = await harness.asUser.itemByPath(ownerId, drivePath);
    const listed = (await harness.asUser.permissionsAs(ownerId, item.driveId, item.id)) as Listed[];
    return listed
      .map((p) =>
        p.link
          ? `link:${p.link.type}/${p.link.scope}`
          : `${p.grantedToV2?.user?.id ?? p.grantedToV2?.group?.id}:${p.roles.join(',')}`,
      )
      .sort();
  }

  async function deletes(): Promise<number> {
    return (await harness.sandbox.requests()).filter((r) => r.method === 'DELETE').length;
  }

  /** Says a sentence and returns the bot's last answer: its card, or undefined for plain text. */
  async function say(text: string, from: Participant = alex): Promise<{ text: string; card?: CardMessage }> {
    const conversation = personalChat(from);
    const sent = await harness.teams.say(text, { from, conversation });
    const last = sent.at(-1);
    assert.ok(last, `an answer to ${text}`);
    return {
      text: textOf(last),
      ...(last.body.attachments ? { card: cardMessage(last, conversation) } : {}),
    };
  }

  async function askCard(text: string, from: Participant = alex): Promise<CardMessage> {
    const answer = await say(text, from);
    assert.ok(answer.card, `expected a card for "${text}", got: ${answer.text}`);
    return answer.card;
  }

  const anaSilva = `${people.anaSilva.aadObjectId}:write`;
  const boardPackBefore = [
    `${alex.aadObjectId}:owner`,
    `${people.anaLopez.aadObjectId}:read`,
    anaSilva,
    `${people.tom.aadObjectId}:read`,
  ].sort();

  const removePhrasings = [
    'remove Ana Silva from Board pack.docx',
    'stop sharing Board pack.docx with Ana Silva',
    'unshare Board pack.docx with Ana Silva',
    'take Ana Silva off Board pack.docx',
    "revoke Ana Silva's access to Board pack.docx",
    'please remove access to Board pack.docx for ana.silva@contoso.com',
    "I don't want to share Board pack.docx with Ana Silva any more",
  ];

  for (const says of removePhrasings) {
    it(`"${says}" confirms, then removes exactly Ana Silva's permission`, async () => {
      assert.deepEqual(await accessOn('/Board pack.docx'), boardPackBefore);
      const card = await askCard(says);
      assert.match(cardText(card), /Remove Ana Silva's access\?/);
      assert.match(cardText(card), /Ana Silva: can edit/);
      assert.equal(await deletes(), 0, 'nothing removed before the click');
      const result = await harness.teams.click(card, 'access.remove', { from: alex });
      assert.match(textOf(result), /Access removed.*Ana Silva: removed/s);
      assert.deepEqual(
        await accessOn('/Board pack.docx'),
        boardPackBefore.filter((p) => p !== anaSilva),
      );
      assert.equal(await deletes(), 1);
    });
  }

  it('asks which Ana when two people of that name have access, then removes only the one picked', async () => {
    const pick = await askCard('remove Ana from Board pack.docx');
    assert.match(cardText(pick), /Whose access should I remove\?/);
    assert.match(cardText(pick), /Ana Lopez.*Ana Silva/s);
    assert.equal(await deletes(), 0);
    const choice = choiceShowing(pick.card, 'Ana Lopez');
    const confirm = await harness.teams.click(pick, 'access.pick', { from: alex, choice });
    assert.match(textOf(confirm), /Remove Ana Lopez's access\?/);
    assert.equal(await deletes(), 0, 'a pick removes nothing');
    await harness.teams.click(replaced(pick, confirm), 'access.remove', { from: alex });
    assert.deepEqual(
      await accessOn('/Board pack.docx'),
      boardPackBefore.filter((p) => p !== `${people.anaLopez.aadObjectId}:read`),
    );
  });

  const refusals: { says: string; answer: RegExp; from?: Participant }[] = [
    {
      says: 'remove Lee Chen from Recipes.docx',
      answer: /Lee Chen's access to Recipes\.docx comes from the folder above it/,
      from: people.megan,
    },
    { says: 'remove Tom Baker from Supplier list.xlsx', answer: /shared with the group Finance Team/ },
    {
      says: 'remove Lee Chen from 🚀 Roadmap.pptx',
      answer: /through a link anyone in your organisation can use/,
    },
    { says: 'remove Lee Chen from Board pack.docx', answer: /Lee Chen has no access to Board pack\.docx/ },
    { says: 'remove Alex Wilber from Board pack.docx', answer: /owns Board pack\.docx/ },
    {
      says: 'remove Lee Chen from Running log.xlsx',
      answer: /it is shared with a link for specific people, which may include them/,
      from: people.megan,
    },
    { says: 'remove Mateo Rossi from Vendor list.xlsx', answer: /You can only view Vendor list\.xlsx/ },
    { says: 'stop sharing Vendor list.xlsx', answer: /You can only view Vendor list\.xlsx/ },
    {
      says: 'stop sharing Board pack.docx',
      answer: /isn't shared with anyone I could remove: its owner's access, your own/,
      from: people.anaSilva,
    },
  ];

  for (const row of refusals) {
    it(`"${row.says}" says why, that nothing changed, and removes nothing`, async () => {
      const answer = await say(row.says, row.from);
      assert.equal(answer.card, undefined, `a sentence, not a card: ${answer.text}`);
      assert.match(answer.text, row.answer);
      assert.match(answer.text, /Nothing was changed/);
      assert.equal(await deletes(), 0);
    });
  }

  const unclear: [string, RegExp][] = [
    ['remove Bob Nobodyson from Board pack.docx', /couldn't find “Bob Nobodyson”.*Access was not removed/s],
    [
      'remove Tom Baker from plan.xlsx',
      /Several files match: .*2026\/plan\.xlsx.*2027\/plan\.xlsx.*Access was not removed/s,
    ],
    ['stop sharing nothing-like-this.docx', /found nothing.*Access was not removed/s],
    [
      'remove Tom Baker and Ana Silva from Board pack.docx',
      /one person's access at a time.*Nothing was changed/s,
    ],
    [
      'remove everyone in this chat from Board pack.docx',
      /one person's access at a time.*Nothing was changed/s,
    ],
    ['stop sharing', /Which file or folder should I remove access to\?.*Nothing was changed/s],
  ];

  for (const [says, answer] of unclear) {
    it(`"${says}" asks back in words, saying nothing changed`, async () => {
      const reply = await say(says);
      assert.equal(reply.card, undefined, reply.text);
      assert.match(reply.text, answer);
      assert.equal(await deletes(), 0);
    });
  }

  it('removes an @mentioned person in a group chat, after the requester confirms', async () => {
    const conversation = { id: '19:board-prep@thread.v2', type: 'groupChat' as const };
    harness.teams.setMembers(conversation, [alex, people.anaSilva, people.tom]);
    const sent = await harness.teams.say('stop sharing Board pack.docx with @Ana Silva', {
      from: alex,
      conversation,
      mentions: [people.anaSilva],
    });
    const last = sent.at(-1);
    assert.ok(last?.body.attachments, last ? textOf(last) : 'no answer');
    const card = cardMessage(last, conversation);
    assert.match(cardText(card), /Remove Ana Silva's access\?/);
    const refused = await harness.teams.click(card, 'access.remove', { from: people.tom });
    assert.match(String(refused.value), /Only Alex Wilber/);
    await harness.teams.click(card, 'access.remove', { from: alex });
    assert.deepEqual(
      await accessOn('/Board pack.docx'),
      boardPackBefore.filter((p) => p !== anaSilva),
    );
  });

  for (const says of ['who has access to Board pack.docx?', 'stop sharing Board pack.docx with everyone']) {
    it(`keeps the list private in a group chat: "${says}" points to the personal chat`, async () => {
      const conversation = { id: '19:board-prep@thread.v2', type: 'groupChat' as const };
      harness.teams.setMembers(conversation, [alex, people.anaSilva, people.tom]);
      const sent = await harness.teams.say(says, { from: alex, conversation });
      assert.equal(sent.length, 1);
      const text = textOf(sent[0]);
      assert.match(text, /only show it to you: ask me in our personal chat\. Nothing was changed\./);
      assert.doesNotMatch(text, /Ana Silva|Tom Baker/);
      assert.equal(sent[0].body.attachments, undefined);
      assert.equal(await deletes(), 0);
      assert.deepEqual(await accessOn('/Board pack.docx'), boardPackBefore);
    });
  }

  it('takes one person off a link for specific people, leaving the link to the others', async () => {
    const card = await askCard('remove Lee Chen from Design brief.docx');
    assert.match(cardText(card), /Remove Lee Chen's access\?/);
    assert.match(
      cardText(card),
      /Lee Chen, on a view link for specific people \\?\(the link stays for anyone else on it\\?\)/,
    );
    await harness.teams.click(card, 'access.remove', { from: alex });
    const item = await harness.asUser.itemByPath(alex.aadObjectId, '/Design brief.docx');
    const listed = (await harness.asUser.permissionsAs(
      alex.aadObjectId,
      item.driveId,
      item.id,
    )) as (Listed & {
      grantedToIdentitiesV2?: { user?: { id?: string } }[];
    })[];
    const link = listed.find((p) => p.link?.scope === 'users');
    assert.deepEqual(
      link?.grantedToIdentitiesV2?.map((g) => g.user?.id),
      [people.priya.aadObjectId],
    );
    assert.equal(await deletes(), 0, 'the link stays');
  });

  it('"stop sharing it with Lee Chen" right after a share removes the access that share gave', async () => {
    const share = await askCard('share Board pack.docx with Lee Chen');
    await harness.teams.click(share, 'share.confirm', { from: alex });
    assert.ok(
      (await accessOn('/Board pack.docx')).includes(`${people.lee.aadObjectId}:read`),
      'the share gave Lee access',
    );
    const card = await askCard('actually, stop sharing it with Lee Chen');
    assert.match(cardText(card), /Remove Lee Chen's access\?.*Board pack\.docx/s);
    await harness.teams.click(card, 'access.remove', { from: alex });
    assert.deepEqual(await accessOn('/Board pack.docx'), boardPackBefore);
  });

  it("refuses someone else's click and removes nothing, then works for the requester, once", async () => {
    const card = await askCard('remove Ana Silva from Board pack.docx');
    const refusal = await harness.teams.click(card, 'access.remove', { from: people.lee });
    assert.match(String(refusal.value), /Only Alex Wilber can act on this card\. Nothing was changed/);
    assert.equal(await deletes(), 0);
    await harness.teams.click(card, 'access.remove', { from: alex });
    const again = await harness.teams.click(card, 'access.remove', { from: alex });
    assert.match(textOf(again), /Access removed/);
    assert.equal(await deletes(), 1);
  });

  it('removes nothing after Keep it', async () => {
    const card = await askCard('take Tom Baker off Board pack.docx');
    assert.match(textOf(await harness.teams.click(card, 'access.keep', { from: alex })), /Access kept/);
    assert.match(textOf(await harness.teams.click(card, 'access.remove', { from: alex })), /Access kept/);
    assert.deepEqual(await accessOn('/Board pack.docx'), boardPackBefore);
    assert.equal(await deletes(), 0);
  });

  it('says nothing was removed when Graph refuses the removal (403 accessDenied): Alex only reads through a group', async () => {
    const card = await askCard('stop sharing Budget review.xlsx');
    assert.match(cardText(card), /Finance Team: can view/);
    const result = await harness.teams.click(card, 'access.remove', { from: alex });
    assert.match(textOf(result), /Access was not removed/);
    assert.match(textOf(result), /don't have the right to change who has access/);
    assert.match(textOf(result), /Nothing was removed/);
    assert.deepEqual(await accessOn('/Budget review.xlsx', people.tom.aadObjectId), [
      `${financeTeam}:read`,
      `${people.tom.aadObjectId}:owner`,
    ]);
  });

  const stopPhrasings = [
    'stop sharing Press kit.zip',
    'make Press kit.zip private',
    'unshare Press kit.zip with everyone',
  ];

  for (const says of stopPhrasings) {
    it(`"${says}" lists what goes and what stays, then removes exactly those`, async () => {
      const card = await askCard(says);
      const shown = cardText(card);
      assert.match(shown, /Stop sharing with everyone\?/);
      assert.match(
        shown,
        /These will be removed:.*Lee Chen: can edit.*A view link for people in your organisation.*A view link for anyone with the link/s,
      );
      assert.match(shown, /These stay.*Alex Wilber: owner/s);
      assert.equal(await deletes(), 0);
      const result = await harness.teams.click(card, 'access.remove', { from: alex });
      assert.match(textOf(result), /Access removed/);
      assert.deepEqual(await accessOn('/Press kit.zip'), [`${alex.aadObjectId}:owner`]);
      assert.equal(await deletes(), 3);
    });
  }

  it('reports a permission removed meanwhile as already gone', async () => {
    const card = await askCard('stop sharing Press kit.zip');
    const item = await harness.asUser.itemByPath(alex.aadObjectId, '/Press kit.zip');
    const listed = (await harness.asUser.permissionsAs(alex.aadObjectId, item.driveId, item.id)) as Listed[];
    const lee = listed.find((p) => p.grantedToV2?.user?.id === people.lee.aadObjectId);
    assert.ok(lee);
    const token = await harness.sandbox.token(alex.aadObjectId);
    const gone = await fetch(
      `${harness.sandbox.origin}/v1.0/drives/${item.driveId}/items/${item.id}/permissions/${lee.id}`,
      { method: 'DELETE', headers: { authorization: `Bearer ${token}` } },
    );
    assert.equal(gone.status, 204);
    const result = await harness.teams.click(card, 'access.remove', { from: alex });
    assert.match(textOf(result), /Lee Chen: already gone/);
    assert.deepEqual(await accessOn('/Press kit.zip'), [`${alex.aadObjectId}:owner`]);
  });

  it('refuses a forged line on the who-has-access card: the owner, or one that is not there', async () => {
    const card = await askCard('who has access to Board pack.docx?');
    const requestId = (JSON.stringify(card.card).match(/"requestId":"([^"]+)"/) ?? [])[1];
    for (const choice of ['0', '99', '', '-1', '1.0']) {
      const answer = await harness.teams.invoke(
        card,
        'access.removeListed',
        { verb: 'access.removeListed', requestId, choice },
        alex,
      );
      assert.match(String(answer.value), /can't be removed here\. Nothing was changed/, `choice "${choice}"`);
    }
    assert.equal(await deletes(), 0);
  });

  it('names who a link for specific people is for on the who-has-access card', async () => {
    const card = await askCard('who has access to Design brief.docx?');
    assert.match(
      cardText(card),
      /A view link for specific people\*\*\ncan view · for Lee Chen, Priya Natarajan/,
    );
  });

  it('shows who has access on a card, and Remove there confirms and removes that one permission', async () => {
    const card = await askCard('who has access to Press kit.zip?');
    const shown = cardText(card);
    assert.match(shown, /Who has access to Press kit\.zip/);
    assert.match(shown, /Alex Wilber.*owner/s);
    assert.match(shown, /Lee Chen.*can edit/s);
    assert.match(shown, /A view link for people in your organisation/);
    assert.match(shown, /A view link for anyone with the link.*expires/s);
    assert.equal(await deletes(), 0);
    const choice = choiceShowing(card.card, 'Lee Chen');
    const confirm = await harness.teams.click(card, 'access.removeListed', { from: alex, choice });
    assert.match(textOf(confirm), /Remove Lee Chen's access\?/);
    assert.equal(await deletes(), 0, 'Remove on the list only asks');
    await harness.teams.click(replaced(card, confirm), 'access.remove', { from: alex });
    assert.deepEqual(await accessOn('/Press kit.zip'), [
      `${alex.aadObjectId}:owner`,
      'link:view/anonymous',
      'link:view/organization',
    ]);
  });

  it('changes a role from the who-has-access card only after the role-change card is confirmed', async () => {
    const card = await askCard('who has access to Press kit.zip?');
    assert.match(cardText(card), /Lee Chen.*can edit[\s\S]*Make viewer/s);
    const before = await accessOn('/Press kit.zip');
    const choice = choiceShowing(card.card, 'Lee Chen');
    const question = await harness.teams.click(card, 'access.changeListedRole', { from: alex, choice });
    assert.match(textOf(question), /Change Lee Chen from Can edit to Can view on Press kit\.zip\?/);
    assert.deepEqual(await accessOn('/Press kit.zip'), before, 'the card only asks');
    const stranger = await harness.teams.click(card, 'access.changeListedRole', { from: people.tom, choice });
    assert.match(String(stranger.value), /Only Alex Wilber/);
    await harness.teams.click(replaced(card, question), 'role.change', { from: alex });
    assert.deepEqual(
      await accessOn('/Press kit.zip'),
      before.map((p) => (p === `${people.lee.aadObjectId}:write` ? `${people.lee.aadObjectId}:read` : p)),
    );
  });

  it('shows access from the folder above without Remove, and "can X see Y?" stays an answer in words', async () => {
    const card = await askCard('who can see Recipes.docx?', people.megan);
    assert.match(cardText(card), /Lee Chen.*can view · from the folder above/s);
    assert.equal(JSON.stringify(card.card).includes('access.removeListed'), false);
    const answer = await say('can Lee Chen see Recipes.docx?', people.megan);
    assert.equal(answer.card, undefined);
    assert.match(answer.text, /Lee Chen/);
  });

  it('on a work OneDrive, where Graph never says what is inherited, reports its refusal to remove inherited access', async () => {
    const card = await askCard('remove Mateo Rossi from Offsite agenda.docx');
    assert.doesNotMatch(cardText(card), /given on this item/);
    const result = await harness.teams.click(card, 'access.remove', { from: alex });
    assert.match(textOf(result), /comes from the folder above, so it can only be removed on that folder/);
    assert.match(textOf(result), /Nothing was removed/);
    assert.deepEqual(await accessOn('/Offsite'), [
      `${alex.aadObjectId}:owner`,
      `${people.mateo.aadObjectId}:read`,
    ]);
  });

  it('never offers Remove to someone who can only view', async () => {
    const card = await askCard('who has access to Vendor list.xlsx?');
    assert.equal(JSON.stringify(card.card).includes('access.removeListed'), false);
    assert.match(cardText(card), /you can only view this item/);
  });

  /** Removal phrasings (and the undo of a share) that must never become a share or a new link. */
  const neverShares = [
    'stop sharing Board pack.docx with Ana Silva',
    'unshare Board pack.docx with Ana Silva',
    'unshare Board pack.docx from Tom',
    'stop sharing Board pack.docx',
    'stop sharing Board pack.docx with everyone',
    'make Board pack.docx private',
    'take Tom Baker off Board pack.docx',
    "revoke Tom Baker's access to Board pack.docx",
    'revoke access to Board pack.docx for Tom Baker',
    "don't share Board pack.docx with Tom Baker anymore",
    'stop sharing the link to Board pack.docx',
    'please stop sharing report.xlsx with Tom Baker!',
    'Stop sharing',
    'unshare it',
  ];

  for (const says of neverShares) {
    it(`"${says}" never becomes a share or a link`, async () => {
      const answer = await say(says);
      const json = answer.card ? JSON.stringify(answer.card.card) : '';
      for (const verb of ['share.confirm', 'share.pickFile', 'share.pickPerson', 'link.create'])
        assert.equal(json.includes(verb), false, `${verb} on the answer to "${says}": ${answer.text}`);
      const log = await harness.sandbox.requests();
      assert.equal(
        log.filter((r) => r.method !== 'GET' && !r.path.includes('$batch')).length,
        0,
        log.map((r) => `${r.method} ${r.path}`).join('\n'),
      );
    });
  }
});

describe('removing access when Graph loses its answer, is slow, or the card is old', function () {
  this.timeout(120_000);
  let harness: BotHarness;
  let dir: string;

  before(async () => {
    dir = await mkdtemp(path.join(tmpdir(), 'sharebot-access-slow-'));
    harness = await BotHarness.start({
      tenantFile: await accessTenant(dir),
      lossyProxy: true,
      env: { INVOKE_BUDGET_MS: '300', REQUEST_TTL_MINUTES: '0.02' },
    });
  });
  after(async () => {
    await harness?.close();
    await rm(dir, { recursive: true, force: true });
  });
  beforeEach(async () => {
    harness.proxy?.clear();
    await harness.sandbox.reset();
    await harness.sandbox.clearFaults();
  });

  async function askCard(text: string): Promise<CardMessage> {
    const conversation = personalChat(alex);
    const last = (await harness.teams.say(text, { from: alex, conversation })).at(-1);
    assert.ok(last?.body.attachments, `a card for "${text}"`);
    return cardMessage(last, conversation);
  }

  async function rolesOfAnaSilva(): Promise<string[]> {
    return await harness.asUser.rolesOf(alex.aadObjectId, '/Board pack.docx', people.anaSilva.aadObjectId);
  }

  it('sends the DELETE again after a lost answer and reports the access removed, not "already gone"', async () => {
    const card = await askCard('remove Ana Silva from Board pack.docx');
    harness.proxy?.lose({ method: 'DELETE', path: /\/permissions\//, mode: { kind: 'gateway504' } });
    const result = await harness.teams.click(card, 'access.remove', { from: alex });
    assert.match(textOf(result), /Ana Silva: removed/);
    assert.deepEqual(await rolesOfAnaSilva(), []);
    const sentDeletes = harness.proxy?.sent.filter((r) => r.method === 'DELETE') ?? [];
    assert.equal(sentDeletes.length, 2, 'the same DELETE, sent once more');
    assert.equal(new Set(sentDeletes.map((r) => r.path)).size, 1);
  });

  it('says it cannot tell, and that it may be gone, when every answer is lost', async () => {
    const card = await askCard('remove Ana Silva from Board pack.docx');
    harness.proxy?.lose({
      method: 'DELETE',
      path: /\/permissions\//,
      mode: { kind: 'gateway504BeforeGraph' },
      times: Number.POSITIVE_INFINITY,
    });
    const result = await harness.teams.click(card, 'access.remove', { from: alex });
    assert.match(textOf(result), /may or may not be gone/);
    assert.deepEqual(await rolesOfAnaSilva(), ['write']);
  });

  it('answers "Removing access…" at once when Graph is slow, then replaces the card with the result', async () => {
    const card = await askCard('remove Ana Silva from Board pack.docx');
    const added = await harness.sandbox.addFault({
      method: 'DELETE',
      path: '/v1.0/**/permissions/*',
      latencyMs: 800,
      times: 1,
    });
    assert.equal(added.status, 201, JSON.stringify(added.body));
    const answer = await harness.teams.click(card, 'access.remove', { from: alex });
    assert.match(textOf(answer), /Removing access/);
    const deadline = Date.now() + 5000;
    let update = harness.channel.sent.find((s) => s.method === 'PUT' && s.activityId === card.activityId);
    while (!update && Date.now() < deadline) {
      await new Promise((resolve) => setTimeout(resolve, 20));
      update = harness.channel.sent.find((s) => s.method === 'PUT' && s.activityId === card.activityId);
    }
    assert.ok(update, 'the card was replaced');
    assert.match(textOf(update), /Access removed/);
    assert.deepEqual(await rolesOfAnaSilva(), []);
  });

  it('never removes anything after the card has expired', async () => {
    const card = await askCard('remove Ana Silva from Board pack.docx');
    await new Promise((resolve) => setTimeout(resolve, 1400));
    const answer = await harness.teams.click(card, 'access.remove', { from: alex });
    assert.match(textOf(answer), /expired\. Nothing was changed/);
    assert.deepEqual(await rolesOfAnaSilva(), ['write']);
  });
});
