import assert from 'node:assert/strict';
import { BotHarness } from '../support/bot-harness';
import { type CardMessage, cardMessage, cardText, replaced } from '../support/card-messages';
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
});
