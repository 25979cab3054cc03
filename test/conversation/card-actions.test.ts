import assert from 'node:assert/strict';
import { BotHarness } from '../support/bot-harness';
import { type CardMessage, cardMessage, cardOf, cardText, replaced, textOf } from '../support/card-messages';
import { people } from '../support/demo-tenant';
import { conversations, hasGrant } from '../support/share-scenario';
import { personalChat, type TestConversation } from '../support/teams-people';

const alex = people.alex;
const reportPath = '/Reports/report.xlsx';

/** Says a sentence and returns the card message it produced. */
async function ask(
  harness: BotHarness,
  text: string,
  conversation: TestConversation = personalChat(alex),
): Promise<CardMessage> {
  const sent = await harness.teams.say(text, { from: alex, conversation });
  const last = sent.at(-1);
  assert.ok(last?.body.attachments, `expected a card, got ${last ? textOf(last) : 'nothing'}`);
  return cardMessage(last, conversation);
}

async function reportGrants(harness: BotHarness) {
  const item = await harness.asUser.itemByPath(alex.aadObjectId, reportPath);
  return await harness.asUser.permissionsAs(alex.aadObjectId, item.driveId, item.id);
}

async function inviteCount(harness: BotHarness): Promise<number> {
  const log = await harness.sandbox.requests();
  return log.filter((r) => r.method === 'POST' && r.path.split('?')[0].endsWith('/invite')).length;
}

async function addFault(harness: BotHarness, rule: Record<string, unknown>): Promise<void> {
  const answer = await harness.sandbox.addFault(rule);
  assert.equal(answer.status, 201, JSON.stringify(answer.body));
}

describe('the confirmation card', function () {
  this.timeout(60_000);
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

  it('refuses a second member of a group chat, shares nothing, and still works for the requester', async () => {
    const card = await ask(harness, 'share report.xlsx with Lee Chen as editor', conversations.groupChat);
    const refusal = await harness.teams.click(card, 'share.confirm', { from: people.anaLopez });
    assert.equal(refusal.type, 'application/vnd.microsoft.activity.message');
    assert.match(String(refusal.value), /Only Alex Wilber can act on this card/);
    assert.equal(await inviteCount(harness), 0);
    assert.equal(hasGrant(await reportGrants(harness), people.lee, 'write'), false);
    const result = await harness.teams.click(card, 'share.confirm', { from: alex });
    assert.match(textOf(result), /Shared/);
    assert.ok(hasGrant(await reportGrants(harness), people.lee, 'write'));
  });

  it('refuses another member on a pick card too', async () => {
    const card = await ask(harness, 'share report.xlsx with Ana', conversations.groupChat);
    const refusal = await harness.teams.click(card, 'share.pickPerson', {
      from: people.anaSilva,
      choice: '0',
    });
    assert.match(String(refusal.value), /Only Alex Wilber/);
  });

  it('shares nothing when Share is clicked after Cancel', async () => {
    const card = await ask(harness, 'share report.xlsx with Lee Chen');
    const cancelled = await harness.teams.click(card, 'share.cancel', { from: alex });
    assert.match(textOf(cancelled), /Cancelled.*Nothing was shared/s);
    const late = await harness.teams.click(card, 'share.confirm', { from: alex });
    assert.match(textOf(late), /Cancelled/);
    assert.equal(await inviteCount(harness), 0);
    assert.equal(hasGrant(await reportGrants(harness), people.lee, 'read'), false);
  });

  it('invites once when Share is clicked twice at the same time, and shows the same result to both clicks', async () => {
    const card = await ask(harness, 'share report.xlsx with Lee Chen');
    const [first, second] = await Promise.all([
      harness.teams.click(card, 'share.confirm', { from: alex }),
      harness.teams.click(card, 'share.confirm', { from: alex }),
    ]);
    assert.equal(await inviteCount(harness), 1);
    const texts = [textOf(first), textOf(second)];
    assert.ok(
      texts.some((t) => /Shared/.test(t)),
      texts.join('\n---\n'),
    );
    const again = await harness.teams.click(card, 'share.confirm', { from: alex });
    assert.match(textOf(again), /Shared/);
    assert.equal(await inviteCount(harness), 1);
  });

  it('keeps the chosen role from the card and ignores a forged one', async () => {
    const card = await ask(harness, 'share report.xlsx with Lee Chen');
    await harness.teams.click(card, 'share.confirm', { from: alex, inputs: { role: 'owner' } });
    const grants = await reportGrants(harness);
    assert.ok(hasGrant(grants, people.lee, 'read'));
    assert.equal(hasGrant(grants, people.lee, 'write'), false);
  });

  it('keeps the card open and shares nothing when the typed message is too long', async () => {
    const card = await ask(harness, 'share report.xlsx with Lee Chen');
    const answer = await harness.teams.click(card, 'share.confirm', {
      from: alex,
      inputs: { message: 'x'.repeat(2001) },
    });
    assert.match(textOf(answer), /at most 2,000/);
    assert.equal(await inviteCount(harness), 0);
  });

  it('answers a click on an unknown request without sharing', async () => {
    const card = await ask(harness, 'share report.xlsx with Lee Chen');
    const answer = await harness.teams.invoke(
      card,
      'share.confirm',
      { verb: 'share.confirm', requestId: 'forged-id' },
      alex,
    );
    assert.match(textOf(answer), /no longer available/);
    const unknownVerb = await harness.teams.invoke(card, 'share.everything', { requestId: 'x' }, alex);
    assert.match(String(unknownVerb.value), /don't recognise that button/);
    assert.equal(await inviteCount(harness), 0);
  });

  it('warns about view-only access and explains the refusal when the owner has not allowed sharing', async () => {
    const card = await ask(harness, 'share Vendor list.xlsx with Lee Chen');
    assert.match(cardText(card), /You can only view this item/);
    const answer = await harness.teams.click(card, 'share.confirm', { from: alex });
    assert.match(textOf(answer), /can't share this/);
  });

  it('undoes exactly what the share created and leaves earlier access alone', async () => {
    const card = await ask(harness, 'share report.xlsx with Lee Chen');
    const result = replaced(card, await harness.teams.click(card, 'share.confirm', { from: alex }));
    assert.ok(hasGrant(await reportGrants(harness), people.lee, 'read'));
    const question = replaced(result, await harness.teams.click(result, 'share.undo', { from: alex }));
    assert.match(cardText(question), /Lee Chen/);
    const undone = await harness.teams.click(question, 'share.undoConfirm', { from: alex });
    assert.match(textOf(undone), /Removed the access/);
    const grants = await reportGrants(harness);
    assert.equal(hasGrant(grants, people.lee, 'read'), false);
    assert.ok(hasGrant(grants, people.tom, 'read'), 'Tom Baker kept his earlier access');
    const again = await harness.teams.click(question, 'share.undoConfirm', { from: alex });
    assert.match(textOf(again), /Share undone/);
  });

  it('does not remove access someone had before when their role was only raised', async () => {
    const card = await ask(harness, 'share report.xlsx with Tom Baker as editor');
    const result = replaced(card, await harness.teams.click(card, 'share.confirm', { from: alex }));
    const question = replaced(result, await harness.teams.click(result, 'share.undo', { from: alex }));
    const undone = await harness.teams.click(question, 'share.undoConfirm', { from: alex });
    assert.match(textOf(undone), /already had access before this share/);
    assert.ok(hasGrant(await reportGrants(harness), people.tom, 'read'));
  });

  it('brings the result back when the undo question is answered "Keep it"', async () => {
    const card = await ask(harness, 'share report.xlsx with Lee Chen');
    const result = replaced(card, await harness.teams.click(card, 'share.confirm', { from: alex }));
    const question = replaced(result, await harness.teams.click(result, 'share.undo', { from: alex }));
    const kept = await harness.teams.click(question, 'share.undoCancel', { from: alex });
    assert.match(textOf(kept), /Shared/);
    assert.ok(hasGrant(await reportGrants(harness), people.lee, 'read'));
  });

  it('retries a throttled invite after Retry-After and shares', async () => {
    await addFault(harness, {
      method: 'POST',
      path: '/v1.0/**/invite',
      status: 429,
      retryAfter: 0,
      times: 1,
    });
    const card = await ask(harness, 'share report.xlsx with Lee Chen');
    const result = await harness.teams.click(card, 'share.confirm', { from: alex });
    assert.match(textOf(result), /Shared/);
    assert.equal(await inviteCount(harness), 2);
  });

  it('says when to try again while Graph keeps throttling, and shares on a later click', async () => {
    await addFault(harness, { method: 'POST', path: '/v1.0/**/invite', status: 429, retryAfter: 7 });
    const card = await ask(harness, 'share report.xlsx with Lee Chen');
    const busy = await harness.teams.click(card, 'share.confirm', { from: alex });
    assert.match(textOf(busy), /Try again in 7 seconds/);
    assert.ok(cardOf(busy).actions, 'the confirmation card stays usable');
    assert.equal(hasGrant(await reportGrants(harness), people.lee, 'read'), false);
    await harness.sandbox.clearFaults();
    const result = await harness.teams.click(replaced(card, busy), 'share.confirm', { from: alex });
    assert.match(textOf(result), /Shared/);
    assert.ok(hasGrant(await reportGrants(harness), people.lee, 'read'));
  });

  it('retries throttled lookups inside a batch and still shows the card', async () => {
    await addFault(harness, { pathRegex: '^/v1\\.0/users\\?', status: 429, retryAfter: 0, times: 1 });
    const card = await ask(harness, 'share report.xlsx with Lee Chen');
    assert.match(cardText(card), /Share this/);
  });

  it('invites a pasted link through /shares and an item found by name through its drive and id', async () => {
    const item = await harness.asUser.itemByPath(alex.aadObjectId, reportPath);
    const pasted = await ask(harness, `share ${item.webUrl} with Lee Chen`);
    await harness.teams.click(pasted, 'share.confirm', { from: alex });
    const named = await ask(harness, 'share report.xlsx with Priya Natarajan');
    await harness.teams.click(named, 'share.confirm', { from: alex });
    const invites = (await harness.sandbox.requests())
      .filter((r) => r.method === 'POST' && r.path.endsWith('/invite'))
      .map((r) =>
        r.path
          .replace(/u![A-Za-z0-9_-]+/, 'u!…')
          .replace(item.id, '{item}')
          .replace(item.driveId, '{drive}'),
      );
    assert.deepEqual(invites, [
      '/v1.0/shares/u!…/driveItem/invite',
      '/v1.0/drives/{drive}/items/{item}/invite',
    ]);
  });

  it('still finds a person when group search fails (a tenant without group permissions)', async () => {
    await addFault(harness, { pathRegex: '^/v1\\.0/groups\\?', status: 500 });
    const card = await ask(harness, 'share report.xlsx with Lee Chen');
    assert.match(cardText(card), /Lee Chen/);
  });

  it('shows the folder of each choice on a file pick card, in two round trips', async () => {
    await harness.sandbox.clearRequests();
    const card = await ask(harness, 'share budget.xlsx with Ana Lopez');
    assert.equal(roundTrips(await harness.sandbox.requests()), 2);
    const text = cardText(card);
    assert.match(text, /Location: \/Finance\/2026/);
    assert.match(text, /Location: \/Finance\/2027/);
  });

  it('takes two sequential Graph round trips from message to card, and one from click to result', async () => {
    await harness.sandbox.clearRequests();
    const card = await ask(harness, 'share report.xlsx with Ana Lopez as editor');
    const toCard = roundTrips(await harness.sandbox.requests());
    await harness.sandbox.clearRequests();
    await harness.teams.click(card, 'share.confirm', { from: alex });
    const toResult = roundTrips(await harness.sandbox.requests());
    assert.deepEqual({ toCard, toResult }, { toCard: 2, toResult: 1 });
  });
});

describe('the confirmation card with a slow Graph and a short expiry', function () {
  this.timeout(60_000);
  let harness: BotHarness;

  before(async () => {
    harness = await BotHarness.start({ env: { INVOKE_BUDGET_MS: '150', REQUEST_TTL_MINUTES: '0.01' } });
  });
  after(async () => {
    await harness?.close();
  });

  it('answers "Sharing…" at once when Graph is slow, then replaces the card with the result', async () => {
    await harness.sandbox.reset();
    await addFault(harness, { method: 'POST', path: '/v1.0/**/invite', latencyMs: 500, times: 1 });
    const card = await ask(harness, 'share report.xlsx with Lee Chen');
    const answer = await harness.teams.click(card, 'share.confirm', { from: alex });
    assert.match(textOf(answer), /Sharing/);
    const update = await waitFor(() =>
      harness.channel.sent.find((s) => s.method === 'PUT' && s.activityId === card.activityId),
    );
    assert.match(textOf(update), /Shared/);
    assert.ok(hasGrant(await reportGrants(harness), people.lee, 'read'));
  });

  it('never invites after the request has expired', async () => {
    await harness.sandbox.reset();
    await harness.sandbox.clearRequests();
    const card = await ask(harness, 'share report.xlsx with Lee Chen');
    await new Promise((resolve) => setTimeout(resolve, 700));
    const answer = await harness.teams.click(card, 'share.confirm', { from: alex });
    assert.match(textOf(answer), /expired.*Nothing was shared/s);
    assert.equal(await inviteCount(harness), 0);
  });
});

/** Sequential round trips in a request log: each $batch counts once, each other request once. */
function roundTrips(log: { method: string; path: string; batchId?: string }[]): number {
  const batches = new Set(log.filter((r) => r.batchId).map((r) => r.batchId));
  const singles = log.filter((r) => !r.batchId && !r.path.startsWith('/v1.0/$batch'));
  return batches.size + singles.length;
}

async function waitFor<T>(probe: () => T | undefined, timeoutMs = 5000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = probe();
    if (value !== undefined) return value;
    if (Date.now() > deadline) throw new Error('timed out waiting');
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
}
