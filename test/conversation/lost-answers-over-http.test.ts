import assert from 'node:assert/strict';
import { BotHarness } from '../support/bot-harness';
import { type CardMessage, cardMessage, cardText, replaced, textOf } from '../support/card-messages';
import { people } from '../support/demo-tenant';
import type { LossMode } from '../support/lossy-graph-proxy';
import { hasGrant } from '../support/share-scenario';
import { personalChat } from '../support/teams-people';

const alex = people.alex;
const reportPath = '/Reports/report.xlsx';
const invitePath = /\/invite(\?|$)/;

describe('a share whose answer a network or gateway loses after Graph acted (real sandbox behind a proxy)', function () {
  this.timeout(60_000);
  let harness: BotHarness;

  before(async () => {
    harness = await BotHarness.start({
      lossyProxy: true,
      // A short client timeout so "the answer came after the timeout" takes one second.
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

  async function askToShare(): Promise<CardMessage> {
    const conversation = personalChat(alex);
    const sent = await harness.teams.say('share report.xlsx with Lee Chen', { from: alex, conversation });
    const last = sent.at(-1);
    assert.ok(last, 'expected a confirmation card');
    return cardMessage(last, conversation);
  }

  async function invitesSent(): Promise<number> {
    const log = await harness.sandbox.requests();
    return log.filter((r) => r.method === 'POST' && invitePath.test(r.path)).length;
  }

  async function leeCanView(): Promise<boolean> {
    const item = await harness.asUser.itemByPath(alex.aadObjectId, reportPath);
    return hasGrant(
      await harness.asUser.permissionsAs(alex.aadObjectId, item.driveId, item.id),
      people.lee,
      'read',
    );
  }

  const losses: [string, LossMode][] = [
    ['a 504 from the gateway', { kind: 'gateway504' }],
    ['a dropped connection', { kind: 'dropSocket' }],
    ['an answer after the client timeout', { kind: 'delayAnswer', ms: 2_500 }],
  ];
  for (const [name, mode] of losses) {
    it(`tells the truth after ${name}, and a second Share sends no second invitation`, async () => {
      const card = await askToShare();
      harness.proxy?.lose({ method: 'POST', path: invitePath, mode });
      const answer = await harness.teams.click(card, 'share.confirm', { from: alex });
      const result = replaced(card, answer);
      assert.match(cardText(result), /Shared/);
      assert.match(cardText(result), /answer got lost/);
      assert.doesNotMatch(cardText(result), /Nothing was shared/i);
      assert.equal(await leeCanView(), true);

      await harness.teams.click(card, 'share.confirm', { from: alex });
      assert.equal(await invitesSent(), 1);
    });
  }

  it('says nothing was shared when the call never reached Graph, and the next Share invites once', async () => {
    const card = await askToShare();
    harness.proxy?.lose({ method: 'POST', path: invitePath, mode: { kind: 'gateway504BeforeGraph' } });
    const answer = await harness.teams.click(card, 'share.confirm', { from: alex });
    const again = replaced(card, answer);
    assert.match(cardText(again), /I checked who has access: nothing was shared/);
    assert.equal(await leeCanView(), false);

    const shared = replaced(again, await harness.teams.click(again, 'share.confirm', { from: alex }));
    assert.match(cardText(shared), /Shared/);
    assert.equal(await leeCanView(), true);
    assert.equal(await invitesSent(), 1);
  });

  /** A share to Lee done through the bot, with the undo question open on its result card. */
  async function sharedAndAskedToUndo(): Promise<CardMessage> {
    const card = await askToShare();
    const result = replaced(card, await harness.teams.click(card, 'share.confirm', { from: alex }));
    assert.equal(await leeCanView(), true);
    return replaced(result, await harness.teams.click(result, 'share.undo', { from: alex }));
  }

  const undoLosses: [string, LossMode][] = [
    ['a 504 from the gateway', { kind: 'gateway504' }],
    ['a dropped connection', { kind: 'dropSocket' }],
  ];
  for (const [name, mode] of undoLosses) {
    it(`says the share was undone when the removal's answer is lost to ${name} (it sends the DELETE again)`, async () => {
      const question = await sharedAndAskedToUndo();
      harness.proxy?.lose({ method: 'DELETE', path: /\/permissions\//, mode });
      const answer = await harness.teams.click(question, 'share.undoConfirm', { from: alex });
      assert.match(textOf(answer), /Share undone/);
      assert.doesNotMatch(textOf(answer), /not removed/);
      assert.equal(await leeCanView(), false);
    });
  }

  it('does not claim the access was kept when every answer to the removal is lost, and the next Yes, remove finishes it', async () => {
    const question = await sharedAndAskedToUndo();
    harness.proxy?.lose({
      method: 'DELETE',
      path: /\/permissions\//,
      mode: { kind: 'gateway504BeforeGraph' },
      times: 3,
    });
    const unsure = await harness.teams.click(question, 'share.undoConfirm', { from: alex });
    assert.match(textOf(unsure), /can't tell yet whether the access was removed/);
    assert.doesNotMatch(textOf(unsure), /Access was not removed/);
    assert.equal(await leeCanView(), true);

    const undone = await harness.teams.click(question, 'share.undoConfirm', { from: alex });
    assert.match(textOf(undone), /Share undone/);
    assert.equal(await leeCanView(), false);
  });
});
