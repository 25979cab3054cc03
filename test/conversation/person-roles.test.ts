import assert from 'node:assert/strict';
import { BotHarness } from '../support/bot-harness';
import { type CardMessage, cardMessage, cardText, replaced, textOf } from '../support/card-messages';
import { choiceShowing, findExecute } from '../support/card-queries';
import { people } from '../support/demo-tenant';
import type { LossMode } from '../support/lossy-graph-proxy';
import { type SentInvite, sentInvites } from '../support/sent-invites';
import { type Grantee, hasGrant } from '../support/share-scenario';
import { personalChat } from '../support/teams-people';

const alex = people.alex;
const reportPath = '/Reports/report.xlsx';
const invitePath = /\/invite(\?|$)/;

/** Each invite call as "role: addresses", in the order sent. */
function callsByRole(invites: SentInvite[]): string[] {
  return invites.map((i) => `${i.roles.join(',')}: ${i.recipients.map((r) => r.email).join(', ')}`);
}

describe('a role per person, over the Bot Framework protocol against the sandbox', function () {
  this.timeout(60_000);
  let harness: BotHarness;

  before(async () => {
    harness = await BotHarness.start({
      lossyProxy: true,
      overrides: { graph: { retry: { maxRetries: 1, maxDelaySeconds: 0.05 }, timeoutSeconds: 1 } },
    });
  });
  after(async () => {
    await harness?.close();
  });
  beforeEach(async () => {
    harness.proxy?.clear();
    await harness.sandbox.reset();
    await harness.sandbox.clearRequests();
  });

  async function ask(text: string, picks: string[] = []): Promise<CardMessage> {
    const conversation = personalChat(alex);
    const sent = await harness.teams.say(text, { from: alex, conversation });
    const last = sent.at(-1);
    assert.ok(last?.body.attachments, `expected a card, got ${last ? textOf(last) : 'nothing'}`);
    let message = cardMessage(last, conversation);
    for (const pick of picks) {
      const answer = await harness.teams.click(message, 'share.pickPerson', {
        from: alex,
        choice: choiceShowing(message.card, pick),
      });
      message = replaced(message, answer);
    }
    assert.ok(
      findExecute(message.card, 'share.confirm'),
      `expected the confirmation card: ${cardText(message)}`,
    );
    return message;
  }

  async function reportAccess() {
    const item = await harness.asUser.itemByPath(alex.aadObjectId, reportPath);
    return await harness.asUser.permissionsAs(alex.aadObjectId, item.driveId, item.id);
  }

  /** True when `who` holds exactly `role` on report.xlsx: edit for "write", view and not edit for "read". */
  async function holdsExactly(who: Grantee, role: 'read' | 'write'): Promise<boolean> {
    const access = await reportAccess();
    return role === 'write'
      ? hasGrant(access, who, 'write')
      : hasGrant(access, who, 'read') && !hasGrant(access, who, 'write');
  }

  const phrasings: { says: string; picks?: string[] }[] = [
    { says: 'share report.xlsx with Lee Chen as editor and Ana Lopez as viewer' },
    { says: 'give Lee Chen edit and Ana Lopez view access to report.xlsx' },
    { says: 'share report.xlsx: Lee Chen can edit, Ana Lopez can only view' },
    { says: 'share report.xlsx, edit for lee.chen@contoso.com and read only for ana.lopez@contoso.com' },
    { says: 'share report.xlsx with Lee Chen as editor and Ana as viewer', picks: ['Ana Lopez'] },
  ];
  for (const { says, picks } of phrasings) {
    it(`gives each person their own role with one invite per role: "${says}"`, async () => {
      const card = await ask(says, picks);
      assert.match(cardText(card), /Access for Lee Chen/);
      assert.match(cardText(card), /Access for Ana Lopez/);
      const result = await harness.teams.click(card, 'share.confirm', { from: alex });
      assert.match(textOf(result), /Shared/);
      assert.ok(await holdsExactly(people.lee, 'write'), 'Lee Chen can edit');
      assert.ok(await holdsExactly(people.anaLopez, 'read'), 'Ana Lopez can only view');
      assert.deepEqual(callsByRole(sentInvites(harness.proxy)), [
        'write: lee.chen@contoso.com',
        'read: ana.lopez@contoso.com',
      ]);
    });
  }

  it('follows the per-person choices changed on the card, in one invite once they agree', async () => {
    const card = await ask('share report.xlsx with Lee Chen as editor and Ana Lopez as viewer');
    await harness.teams.click(card, 'share.confirm', { from: alex, inputs: { 'role.0': 'read' } });
    assert.ok(await holdsExactly(people.lee, 'read'), 'Lee Chen was turned down to view on the card');
    assert.ok(await holdsExactly(people.anaLopez, 'read'));
    assert.deepEqual(callsByRole(sentInvites(harness.proxy)), [
      'read: lee.chen@contoso.com, ana.lopez@contoso.com',
    ]);
  });

  it('ignores a single-role input on a card with a choice per person: nobody gets more than their own choice', async () => {
    const card = await ask('share report.xlsx with Lee Chen as editor and Ana Lopez as viewer');
    await harness.teams.click(card, 'share.confirm', { from: alex, inputs: { role: 'write' } });
    assert.ok(await holdsExactly(people.anaLopez, 'read'), 'Ana Lopez stays a viewer');
    assert.ok(await holdsExactly(people.lee, 'write'));
  });

  it('keeps the one Access choice when everyone has the same role', async () => {
    const card = await ask('share report.xlsx with Lee Chen as editor and Ana Lopez as editor');
    assert.doesNotMatch(cardText(card), /Access for/);
    await harness.teams.click(card, 'share.confirm', { from: alex });
    assert.deepEqual(callsByRole(sentInvites(harness.proxy)), [
      'write: lee.chen@contoso.com, ana.lopez@contoso.com',
    ]);
  });

  const loose = [
    'share report.xlsx with Lee Chen and Ana Lopez, edit and view',
    'share report.xlsx with Tom Baker, Lee Chen as editor and Ana Lopez as viewer',
  ];
  for (const says of loose) {
    it(`asks who gets which role when the list does not say: "${says}"`, async () => {
      const sent = await harness.teams.say(says, { from: alex, conversation: personalChat(alex) });
      assert.match(textOf(sent.at(-1) as (typeof sent)[number]), /Should they \*\*view\*\* or \*\*edit\*\*/);
      assert.deepEqual(sentInvites(harness.proxy), []);
    });
  }

  const losses: [string, LossMode][] = [
    ['a 504 from the gateway', { kind: 'gateway504' }],
    ['a dropped connection', { kind: 'dropSocket' }],
  ];
  for (const [name, mode] of losses) {
    it(`reads the access after ${name} on the editor call, invites the viewer once, and never twice`, async () => {
      const card = await ask('share report.xlsx with Lee Chen as editor and Ana Lopez as viewer');
      harness.proxy?.lose({ method: 'POST', path: invitePath, mode });
      const result = replaced(card, await harness.teams.click(card, 'share.confirm', { from: alex }));
      assert.match(cardText(result), /Shared/);
      assert.doesNotMatch(cardText(result), /Nothing was shared/i);
      assert.ok(await holdsExactly(people.lee, 'write'));
      assert.ok(await holdsExactly(people.anaLopez, 'read'));
      await harness.teams.click(card, 'share.confirm', { from: alex });
      assert.deepEqual(callsByRole(sentInvites(harness.proxy)), [
        'write: lee.chen@contoso.com',
        'read: ana.lopez@contoso.com',
      ]);
    });
  }

  it('reads the access after a lost answer on the viewer call and reports both people as shared', async () => {
    const card = await ask('share report.xlsx with Lee Chen as editor and Ana Lopez as viewer');
    harness.proxy?.lose({
      method: 'POST',
      path: invitePath,
      mode: { kind: 'delayAnswer', ms: 2_500 },
      skip: 1,
    });
    const result = replaced(card, await harness.teams.click(card, 'share.confirm', { from: alex }));
    assert.match(cardText(result), /Shared/);
    assert.match(cardText(result), /answer got lost/);
    assert.ok(await holdsExactly(people.lee, 'write'));
    assert.ok(await holdsExactly(people.anaLopez, 'read'));
    assert.equal(sentInvites(harness.proxy).length, 2);
  });

  it('offers "Share with the others" for the editor when the editor call never reached Graph and the viewer call lost its answer', async () => {
    const card = await ask('share report.xlsx with Lee Chen as editor and Ana Lopez as viewer');
    harness.proxy?.lose({ method: 'POST', path: invitePath, mode: { kind: 'gateway504BeforeGraph' } });
    harness.proxy?.lose({ method: 'POST', path: invitePath, mode: { kind: 'gateway504' }, skip: 1 });
    const partly = replaced(card, await harness.teams.click(card, 'share.confirm', { from: alex }));
    assert.ok(await holdsExactly(people.anaLopez, 'read'), 'the viewer call reached Graph');
    assert.equal(
      hasGrant(await reportAccess(), people.lee, 'read'),
      false,
      'the editor call never reached Graph',
    );
    assert.ok(
      findExecute(partly.card, 'share.missing'),
      `expected "Share with the others": ${cardText(partly)}`,
    );
    const done = replaced(partly, await harness.teams.click(partly, 'share.missing', { from: alex }));
    assert.match(cardText(done), /Shared/);
    assert.ok(await holdsExactly(people.lee, 'write'));
    assert.ok(await holdsExactly(people.anaLopez, 'read'));
    const calls = callsByRole(sentInvites(harness.proxy));
    assert.deepEqual(calls, [
      'write: lee.chen@contoso.com',
      'read: ana.lopez@contoso.com',
      'write: lee.chen@contoso.com',
    ]);
  });
});
