import assert from 'node:assert/strict';
import { type CardMessage, cardMessage, cardOf, cardText, replaced } from '../support/card-messages';
import { choiceShowing, jsonText } from '../support/card-queries';
import { people } from '../support/demo-tenant';
import { ProcessHarness } from '../support/process-harness';
import { personalChat } from '../support/teams-people';
import { waitFor } from '../support/wait-for';

const alex = people.alex;
const reportPath = '/Reports/report.xlsx';
const invitePath = /\/invite(\?|$)/;

describe('Sharebot restarted or killed (real processes, state in STATE_DIR)', function () {
  this.timeout(90_000);
  let harness: ProcessHarness;

  before(async () => {
    harness = await ProcessHarness.start({
      // Short lease and recovery interval, so a share a killed process left is settled within seconds.
      env: { SHARE_LEASE_SECONDS: '1', RECOVERY_INTERVAL_SECONDS: '1' },
    });
  });
  after(async () => {
    await harness?.close();
  });
  beforeEach(async () => {
    harness.proxy.clear();
    await harness.sandbox.reset();
    await harness.sandbox.clearRequests();
  });

  const bot = () => harness.bots[0];

  async function ask(text: string): Promise<CardMessage> {
    const conversation = personalChat(alex);
    const sent = await harness.teams().say(text, { from: alex, conversation });
    const last = sent.at(-1);
    assert.ok(last?.body.attachments, `expected a card for "${text}"`);
    return cardMessage(last, conversation);
  }

  async function leeRoles(): Promise<string[]> {
    return await harness.asUser.rolesOf(alex.aadObjectId, reportPath, people.lee.aadObjectId);
  }

  async function invitesSent(): Promise<number> {
    const log = await harness.sandbox.requests();
    return log.filter((r) => r.method === 'POST' && invitePath.test(r.path)).length;
  }

  it('shares from a confirmation card made before a restart, as if nothing had happened', async () => {
    const card = await ask('share report.xlsx with Lee Chen');
    await bot().stop();
    await bot().start();
    const result = replaced(card, await harness.teams().click(card, 'share.confirm', { from: alex }));
    assert.match(cardText(result), /Shared/);
    assert.deepEqual(await leeRoles(), ['read']);
  });

  it('keeps Undo working after the process was killed', async () => {
    const card = await ask('share report.xlsx with Lee Chen');
    const result = replaced(card, await harness.teams().click(card, 'share.confirm', { from: alex }));
    await bot().kill();
    await bot().start();
    const question = replaced(result, await harness.teams().click(result, 'share.undo', { from: alex }));
    const undone = replaced(
      question,
      await harness.teams().click(question, 'share.undoConfirm', { from: alex }),
    );
    assert.match(cardText(undone), /Share undone/);
    assert.deepEqual(await leeRoles(), []);
  });

  it('takes the answer to a pick card made before a kill', async () => {
    const card = await ask('share report.xlsx with Ana');
    await bot().kill();
    await bot().start();
    const next = replaced(
      card,
      await harness
        .teams()
        .click(card, 'share.pickPerson', { from: alex, choice: choiceShowing(card.card, 'Ana Lopez') }),
    );
    const result = replaced(next, await harness.teams().click(next, 'share.confirm', { from: alex }));
    assert.match(cardText(result), /Shared/);
    const roles = await harness.asUser.rolesOf(alex.aadObjectId, reportPath, people.anaLopez.aadObjectId);
    assert.deepEqual(roles, ['read']);
  });

  it('completes the card truthfully after a kill -9 while the invite was in flight', async () => {
    const card = await ask('share report.xlsx with Lee Chen');
    // The sandbox grants access, and its answer is held back until the process is gone.
    harness.proxy.lose({ method: 'POST', path: invitePath, mode: { kind: 'delayAnswer', ms: 60_000 } });
    const click = harness
      .teams()
      .click(card, 'share.confirm', { from: alex })
      .catch((error: Error) => error);
    await waitFor('the invite to reach the sandbox', () => (harness.proxy.lost === 1 ? true : undefined));
    await bot().kill();
    assert.ok((await click) instanceof Error, 'the click got no answer from the killed process');
    await bot().start();
    const update = await waitFor('the card to be replaced', () =>
      harness.channel.sent.find((sent) => sent.method === 'PUT' && sent.activityId === card.activityId),
    );
    assert.match(jsonText(cardOf(update)), /Shared/);
    assert.match(jsonText(cardOf(update)), /answer got lost/);
    assert.deepEqual(await leeRoles(), ['read']);
    // Share on the old card shows the outcome; nobody is invited again.
    const again = await harness.teams().click(card, 'share.confirm', { from: alex });
    assert.match(jsonText(cardOf(again)), /Shared/);
    assert.equal(await invitesSent(), 1);
  });
});
