import assert from 'node:assert/strict';
import { sharedAzurite } from '../support/azurite';
import { cardMessage, cardText, replaced, textOf } from '../support/card-messages';
import { people } from '../support/demo-tenant';
import { ProcessHarness } from '../support/process-harness';
import { personalChat } from '../support/teams-people';
import { waitFor } from '../support/wait-for';

const alex = people.alex;
const lee = people.lee;
const reportPath = '/Reports/report.xlsx';
const deletePath = /\/permissions\/[^/]+$/;
/** Each instance looks for due ends every second, so a minute-long share ends within seconds of its time. */
const quickChecks = { EXPIRY_CHECK_SECONDS: '1', RECOVERY_INTERVAL_SECONDS: '1', SHARE_LEASE_SECONDS: '5' };

/** Shares report.xlsx with Lee "for 1 minute" through instance `n`; returns when it was confirmed (ms). */
async function shareForOneMinute(harness: ProcessHarness, n = 0): Promise<number> {
  const conversation = personalChat(alex);
  const sent = await harness
    .teams(n)
    .say('share report.xlsx with Lee Chen for 1 minute', { from: alex, conversation });
  const last = sent.at(-1);
  assert.ok(last?.body.attachments, 'expected a confirmation card');
  const card = cardMessage(last, conversation);
  assert.match(cardText(card), /Sharebot removes it then/);
  const said = Date.now();
  const result = replaced(card, await harness.teams(n).click(card, 'share.confirm', { from: alex }));
  assert.match(cardText(result), /Shared/);
  assert.deepEqual(await leeRoles(harness), ['read']);
  return said;
}

async function leeRoles(harness: ProcessHarness): Promise<string[]> {
  return await harness.asUser.rolesOf(alex.aadObjectId, reportPath, lee.aadObjectId);
}

/** How many DELETEs of a permission reached the sandbox. */
async function removals(harness: ProcessHarness): Promise<number> {
  const log = await harness.sandbox.requests();
  return log.filter((r) => r.method === 'DELETE' && deletePath.test(r.path)).length;
}

/** The "ended as planned" notes posted into the conversation. */
function notes(harness: ProcessHarness): number {
  return harness.channel.sent.filter((s) => s.method === 'POST' && /ended as planned/.test(textOf(s))).length;
}

/**
 * Real processes, real time: a share "for 1 minute" with two instances on one Azurite container
 * and, at the same time, one on a SQLite state folder whose bot is stopped over the end. Both
 * minutes run side by side so the file stays near 70 seconds.
 */
describe('timed access with real processes (EXPIRY_CHECK_SECONDS=1)', function () {
  this.timeout(150_000);
  let pair: ProcessHarness;
  let alone: ProcessHarness;
  let pairSharedAt = 0;
  let aloneSharedAt = 0;

  before(async () => {
    const azurite = await sharedAzurite();
    [pair, alone] = await Promise.all([
      ProcessHarness.start({
        instances: 2,
        env: {
          ...quickChecks,
          STORAGE: 'blob',
          BLOB_CONNECTION_STRING: azurite.connectionString,
          BLOB_CONTAINER: 'timed-access',
        },
      }),
      ProcessHarness.start({ env: quickChecks }),
    ]);
    await Promise.all([pair.sandbox.clearRequests(), alone.sandbox.clearRequests()]);
    aloneSharedAt = await shareForOneMinute(alone);
    await alone.bots[0].stop();
    pairSharedAt = await shareForOneMinute(pair, 1);
  });
  after(async () => {
    await Promise.all([pair?.close(), alone?.close()]);
  });

  it('ends on time, once, with its note, when two instances share one store', async () => {
    await waitFor(
      'Lee to lose access',
      async () => ((await leeRoles(pair)).length === 0 ? true : undefined),
      75_000,
    );
    const tookMs = Date.now() - pairSharedAt;
    assert.ok(tookMs >= 59_000, `ended after ${tookMs} ms, before its minute`);
    assert.ok(tookMs <= 66_000, `ended after ${tookMs} ms, long after its minute`);
    await waitFor('the note', () => (notes(pair) > 0 ? true : undefined));
    // A few more passes of both instances: nothing happens twice.
    await new Promise((resolve) => setTimeout(resolve, 3_000));
    assert.equal(await removals(pair), 1, 'one instance removed it, once');
    assert.equal(notes(pair), 1);
  });

  it('ends a share whose end passed while the bot was stopped, as soon as it starts again', async () => {
    const wait = aloneSharedAt + 61_000 - Date.now();
    if (wait > 0) await new Promise((resolve) => setTimeout(resolve, wait));
    assert.deepEqual(await leeRoles(alone), ['read'], 'nothing ended while the bot was stopped');
    const startedAt = Date.now();
    await alone.bots[0].start();
    await waitFor('the note after the start', () => (notes(alone) > 0 ? true : undefined), 20_000);
    assert.ok(Date.now() - startedAt < 15_000, 'caught up right after the start');
    assert.deepEqual(await leeRoles(alone), []);
    assert.equal(await removals(alone), 1);
    assert.equal(notes(alone), 1);
  });
});
