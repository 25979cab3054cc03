import assert from 'node:assert/strict';
import http from 'node:http';
import fc from 'fast-check';
import { Verbs } from '../../src/cards/models';
import { checkActivity } from '../../src/server/check-activity';
import { maxActivityBytes } from '../../src/server/read-activity';
import { BotHarness } from '../support/bot-harness';
import { cardMessage } from '../support/card-messages';
import { people } from '../support/demo-tenant';
import { personalChat } from '../support/teams-people';

/** FUZZ_SEED=<n> replays a run; otherwise every run draws a new seed, printed when it fails. */
const seed = Number(process.env.FUZZ_SEED ?? Math.floor(Math.random() * 2 ** 31));
const total = 10_000;
/** Requests in flight at once. */
const concurrency = 16;

/** One fuzzed request: its raw body and content type, or an activity to send as JSON. */
type FuzzCase =
  | { kind: 'raw'; contentType: string | null; body: string }
  | { kind: 'activity'; activity: Record<string, unknown> }
  /** An activity whose text is made `size` bytes long when it is sent (not kept in memory before). */
  | { kind: 'oversized'; activity: Record<string, unknown>; size: number };

const demoPeople = Object.values(people);

/** Pieces of hostile or tricky text; messages are made of them. */
const piece = fc.oneof(
  fc.constantFrom(
    'share',
    'with',
    'as editor',
    'as viewer',
    'and',
    'give',
    'access to',
    'undo',
    'help',
    'hi',
  ),
  fc.constantFrom(
    'report.xlsx',
    'budget.xlsx',
    'plan.xlsx',
    '/Reports/report.xlsx',
    'the Zebra folder',
    'ab🎉.xlsx',
  ),
  fc.constantFrom('Ana Lopez', 'Lee Chen', 'Chen Wei', 'Ana', 'ana.lopez@contoso.com', 'someone@example.org'),
  fc.constantFrom(
    'everyone in this chat',
    'until Friday',
    'for 3 days',
    'password hunter2',
    'with the message: hi',
  ),
  fc.constantFrom('\u202e', '\u200f', '\u061c', '\u2066', '\u200b', '\u200c', '\u200d', '\ufeff', '\u00a0'),
  fc.constantFrom('\u0000', '\u0007', '\u001b[31m', '\r\n', '\t', '\u0085', '\u2028'),
  fc.constantFrom('👩‍👩‍👧‍👦', '🏳️‍🌈', '🇪🇸', '👍🏽', '🎉', '1️⃣', 'e\u0301', '\ud83c', '\udf89x'),
  fc.constantFrom(
    '**bold**',
    '# title',
    '- item',
    '1. first',
    '> quote',
    '`code`',
    '[x](http://evil.example)',
  ),
  fc.constantFrom(
    '<b>hi</b>',
    '<script>alert(1)</script>',
    '&amp;',
    '&nbsp;',
    '<at>Sharebot</at>',
    '<at>Ana Lopez</at>',
  ),
  fc.constantFrom(
    "O'Brien",
    "it''s",
    "q(q='x')",
    '%27',
    '"quoted"',
    '“curly”',
    '\u0024{secret}',
    '{{DATE(2026-01-01T00:00:00Z)}}',
  ),
  fc.string({ unit: 'grapheme', maxLength: 12 }),
  fc.string({ unit: 'binary', maxLength: 8 }),
);

const words = fc.array(piece, { minLength: 0, maxLength: 14 }).map((parts) => parts.join(' '));

/** Up to about 28 KB, Teams' own message limit. */
const longText = fc
  .tuple(piece, fc.integer({ min: 2_000, max: 28_000 }))
  .map(([p, length]) =>
    (p || 'x').repeat(Math.ceil(length / Math.max(1, (p || 'x').length))).slice(0, length),
  );

const text = fc.oneof({ weight: 30, arbitrary: words }, { weight: 1, arbitrary: longText });

const from = fc.oneof(
  { weight: 5, arbitrary: fc.constantFrom(...demoPeople) },
  { weight: 1, arbitrary: fc.record({ aadObjectId: fc.uuid(), name: fc.string({ maxLength: 300 }) }) },
);

const timeZone = fc.constantFrom(
  'Europe/Madrid',
  'America/New_York',
  'UTC',
  '',
  'Mars/Phobos',
  'Europe/Madrid\u0000',
);

const conversationType = fc.constantFrom('personal', 'personal', 'groupChat', 'channel', 'weird');

/** Fields a mutation removes or replaces with any JSON value. */
const mutablePaths = [
  'type',
  'id',
  'channelId',
  'serviceUrl',
  'from',
  'from.id',
  'from.aadObjectId',
  'from.name',
  'conversation',
  'conversation.id',
  'conversation.conversationType',
  'recipient',
  'text',
  'textFormat',
  'entities',
  'attachments',
  'localTimezone',
  'locale',
  'timestamp',
  'channelData',
  'value',
  'membersAdded',
];

const anyJson = fc.jsonValue({ maxDepth: 3 });

/** Mention and other entities, mostly well formed. */
const entities = fc.array(
  fc.oneof(
    {
      weight: 4,
      arbitrary: fc.record({
        type: fc.constantFrom('mention', 'Mention'),
        text: fc.constantFrom('<at>Ana Lopez</at>', '<at>Sharebot</at>', '<at>Nobody</at>', ''),
        mentioned: fc.record({
          id: fc.constantFrom('28:sharebot-test', `29:${people.anaLopez.aadObjectId}`, '29:unknown'),
          name: fc.constantFrom('Ana Lopez', 'Sharebot', '👩‍👩‍👧‍👦\u202e'),
        }),
      }),
    },
    { weight: 1, arbitrary: fc.record({ type: fc.constant('clientInfo'), locale: anyJson }) },
    {
      weight: 1,
      arbitrary: fc.record({ type: anyJson, text: anyJson, mentioned: anyJson }, { requiredKeys: [] }),
    },
  ),
  { maxLength: 3 },
);

const invokeData = (requestIds: string[]) =>
  fc.oneof(
    anyJson,
    fc.record(
      {
        requestId: fc.oneof(fc.constantFrom(...requestIds), fc.string(), anyJson),
        choice: fc.oneof(fc.constantFrom('0', '1', '4', '9', 'none', '-1'), anyJson),
        role: fc.oneof(fc.constantFrom('read', 'write', 'owner'), anyJson),
        notify: fc.oneof(fc.constantFrom('true', 'false'), anyJson),
        message: fc.oneof(text, anyJson),
        verb: anyJson,
      },
      { requiredKeys: [] },
    ),
  );

const invokeValue = (requestIds: string[]) =>
  fc.oneof(
    { weight: 1, arbitrary: anyJson },
    {
      weight: 6,
      arbitrary: fc.record({
        action: fc.oneof(
          { weight: 1, arbitrary: anyJson },
          {
            weight: 8,
            arbitrary: fc.record(
              {
                type: fc.oneof(fc.constant('Action.Execute'), fc.constant('Action.Execute'), anyJson),
                verb: fc.oneof(fc.constantFrom(...Object.values(Verbs)), fc.string(), anyJson),
                data: invokeData(requestIds),
              },
              { requiredKeys: ['type'] },
            ),
          },
        ),
        trigger: fc.constantFrom('manual', 'automatic'),
      }),
    },
  );

/** Sets or removes the value at a dotted path, making the objects on the way when needed. */
function mutate(activity: Record<string, unknown>, path: string, value: unknown, remove: boolean): void {
  const keys = path.split('.');
  let target = activity;
  for (const key of keys.slice(0, -1)) {
    const next = target[key];
    if (typeof next !== 'object' || next === null || Array.isArray(next)) {
      if (remove) return;
      target[key] = {};
    }
    target = target[key] as Record<string, unknown>;
  }
  const last = keys.at(-1) as string;
  if (remove) delete target[last];
  else target[last] = value;
}

function fuzzCases(serviceUrl: string, requestIds: string[]): fc.Arbitrary<FuzzCase> {
  const envelope = fc
    .record({ from, conversationType, timeZone, n: fc.nat() })
    .map(({ from: person, conversationType: type, timeZone: zone, n }) => ({
      id: `fz-${n}`,
      channelId: 'msteams',
      serviceUrl,
      timestamp: new Date(0).toISOString(),
      from: { id: `29:${person.aadObjectId}`, aadObjectId: person.aadObjectId, name: person.name },
      recipient: { id: '28:sharebot-test', name: 'Sharebot' },
      conversation: { id: `fuzz-${n}`, conversationType: type, tenantId: 'test-tenant' },
      localTimezone: zone,
    }));
  const message = fc
    .tuple(envelope, text, fc.option(entities, { freq: 3 }))
    .map(([e, t, list]) => ({ ...e, type: 'message', text: t, ...(list ? { entities: list } : {}) }));
  const invoke = fc.tuple(envelope, invokeValue(requestIds), fc.boolean()).map(([e, value, asRequester]) => ({
    ...e,
    ...(asRequester
      ? { from: { id: `29:${people.alex.aadObjectId}`, aadObjectId: people.alex.aadObjectId } }
      : {}),
    type: 'invoke',
    name: 'adaptiveCard/action',
    value,
  }));
  const mutated = fc
    .tuple(fc.oneof(message, invoke), fc.constantFrom(...mutablePaths), anyJson, fc.boolean())
    .map(([activity, path, value, remove]) => {
      const copy = structuredClone(activity) as Record<string, unknown>;
      mutate(copy, path, value, remove);
      return copy;
    });
  const raw: fc.Arbitrary<FuzzCase> = fc.oneof(
    fc.record({
      kind: fc.constant('raw' as const),
      contentType: fc.constantFrom('application/json', 'application/json; charset=utf-8'),
      body: fc.oneof(
        fc.string({ maxLength: 200 }),
        anyJson.map((v) => JSON.stringify(v)),
        message.map((m) => JSON.stringify(m).slice(0, -3)),
        fc.constantFrom('', '{', '[', 'null', '{"type":', '\ufeff{}', '{"type":"message"}{}', 'NaN'),
      ),
    }),
    fc.record({
      kind: fc.constant('raw' as const),
      contentType: fc.constantFrom(
        null,
        'text/plain',
        'application/x-www-form-urlencoded',
        'application/xml',
        'multipart/form-data; boundary=x',
        'application/jsonp',
      ),
      body: fc.oneof(
        fc.constantFrom('a=1&b=2', '<activity><type>message</type></activity>', '{"type":"message"}'),
        fc.string(),
      ),
    }),
  );
  const oversized: fc.Arbitrary<FuzzCase> = fc
    .tuple(message, fc.integer({ min: maxActivityBytes + 1, max: 2 * maxActivityBytes }))
    .map(([activity, size]) => ({ kind: 'oversized', activity, size }));
  return fc.oneof(
    { weight: 30, arbitrary: message.map((activity) => ({ kind: 'activity' as const, activity })) },
    { weight: 20, arbitrary: invoke.map((activity) => ({ kind: 'activity' as const, activity })) },
    { weight: 25, arbitrary: mutated.map((activity) => ({ kind: 'activity' as const, activity })) },
    { weight: 24, arbitrary: raw },
    { weight: 1, arbitrary: oversized },
  );
}

/** What one request got, for the assertions. */
interface Outcome {
  fuzz: FuzzCase;
  status: number;
  body: string;
}

async function send(botUrl: string, fuzz: FuzzCase): Promise<{ status: number; body: string }> {
  const headers: Record<string, string> = {};
  let body: string;
  if (fuzz.kind === 'raw') {
    if (fuzz.contentType) headers['content-type'] = fuzz.contentType;
    body = fuzz.body;
  } else {
    headers['content-type'] = 'application/json';
    body = JSON.stringify(
      fuzz.kind === 'oversized' ? { ...fuzz.activity, text: 'x'.repeat(fuzz.size) } : fuzz.activity,
    );
  }
  return await post(`${botUrl}/api/messages`, headers, body);
}

/** Kept-alive connections: plain node:http costs this process much less than fetch per request. */
const agent = new http.Agent({ keepAlive: true, maxSockets: concurrency });

function post(
  url: string,
  headers: Record<string, string>,
  body: string,
): Promise<{ status: number; body: string }> {
  return new Promise((resolve, reject) => {
    const request = http.request(url, { method: 'POST', headers, agent }, (response) => {
      const chunks: Buffer[] = [];
      response.on('data', (chunk: Buffer) => chunks.push(chunk));
      response.on('end', () =>
        resolve({ status: response.statusCode ?? 0, body: Buffer.concat(chunks).toString() }),
      );
      response.on('error', reject);
    });
    request.on('error', reject);
    request.end(body);
  });
}

/** Runs `work` over every item with at most `limit` at once. */
async function pool<T>(
  items: T[],
  limit: number,
  work: (item: T, index: number) => Promise<void>,
): Promise<void> {
  let next = 0;
  const worker = async () => {
    while (next < items.length) {
      const index = next++;
      await work(items[index] as T, index);
    }
  };
  await Promise.all(Array.from({ length: limit }, worker));
}

const invokeResponseTypes = [
  'application/vnd.microsoft.card.adaptive',
  'application/vnd.microsoft.activity.message',
];

describe(`fuzzing POST /api/messages with ${total} requests (seed ${seed})`, function () {
  this.timeout(120_000);
  let harness: BotHarness;
  const turnFailures: unknown[] = [];

  before(async () => {
    harness = await BotHarness.start({
      overrides: {
        log: (level, message, detail) => {
          if (level === 'error') turnFailures.push({ message, ...detail });
        },
      },
    });
  });
  after(async () => {
    agent.destroy();
    await harness?.close();
  });

  it('never answers 5xx, never crashes, replies to every valid message and answers every card click', async () => {
    // A few real requests, so that fuzzed clicks also reach the flows behind the request guard.
    const requestIds: string[] = [];
    for (const sentence of [
      'share report.xlsx with Ana Lopez',
      'share budget.xlsx with Lee Chen as editor',
      'share plan.xlsx with Lee Chen',
    ]) {
      const [card] = await harness.teams.say(sentence, { from: people.alex });
      const data =
        card &&
        JSON.stringify(cardMessage(card, personalChat(people.alex)).card).match(/"requestId":"([^"]+)"/);
      if (data?.[1]) requestIds.push(data[1]);
    }
    assert.equal(requestIds.length, 3);

    const cases = fc.sample(fuzzCases(harness.channel.url, requestIds), { seed, numRuns: total });
    const unhandled: unknown[] = [];
    const onUnhandled = (reason: unknown) => unhandled.push(reason);
    process.on('unhandledRejection', onUnhandled);
    const rssBefore = process.memoryUsage().rss;
    const started = performance.now();
    const cpuBefore = process.cpuUsage();
    const problems: string[] = [];
    const tally = { refused: 0, messages: 0, clicks: 0, other: 0 };
    try {
      await pool(cases, concurrency, async (fuzz, index) => {
        if (fuzz.kind !== 'raw') {
          // A conversation of its own, so the replies to this request can be counted.
          const conversation = fuzz.activity.conversation;
          if (conversation && typeof conversation === 'object' && !Array.isArray(conversation)) {
            (conversation as Record<string, unknown>).id = `fuzz-${index}`;
          }
          if (typeof fuzz.activity.id === 'string') fuzz.activity.id = `fz-${index}`;
        }
        // Judged at once: a message's replies are all sent before its HTTP answer.
        const failure = problemOf({ fuzz, ...(await send(harness.app.bot.url, fuzz)) }, harness, tally);
        if (failure) problems.push(`#${index}: ${failure}; sent ${summary(fuzz)}`);
        // Only the counts per conversation are needed; dropping the captured replies keeps memory flat.
        if (harness.channel.sent.length > 1000) harness.channel.sent.splice(0);
      });
    } finally {
      process.off('unhandledRejection', onUnhandled);
    }
    const seconds = (performance.now() - started) / 1000;
    const cpu = process.cpuUsage(cpuBefore);
    const cpuSeconds = (cpu.user + cpu.system) / 1e6;
    const rssGrowth = (process.memoryUsage().rss - rssBefore) / 1024 / 1024;

    console.log(
      `      ${total} requests in ${seconds.toFixed(1)} s, ${cpuSeconds.toFixed(1)} s of CPU (${concurrency} at once): ` +
        `${tally.refused} refused, ${tally.messages} messages replied to, ${tally.clicks} clicks answered, ` +
        `${tally.other} other; RSS ${rssGrowth >= 0 ? '+' : ''}${rssGrowth.toFixed(0)} MB`,
    );
    const replay = `(replay with FUZZ_SEED=${seed})`;
    assert.deepEqual(unhandled, [], `unhandled rejections ${replay}`);
    assert.deepEqual(problems.slice(0, 10), [], `${problems.length} problems ${replay}`);
    const failedTurns = turnFailures.slice(0, 5).map((failure) => {
      const index = Number(/^fz-(\d+)$/.exec(String((failure as { activityId?: unknown }).activityId))?.[1]);
      return { ...(failure as object), sent: summary(cases[index] as FuzzCase) };
    });
    assert.deepEqual(failedTurns, [], `${turnFailures.length} turns failed ${replay}`);
  });
});

/** What is wrong with one answer, if anything. */
function problemOf(outcome: Outcome, harness: BotHarness, tally: Record<string, number>): string | undefined {
  const { fuzz, status } = outcome;
  if (status >= 500) return `answered ${status}: ${outcome.body.slice(0, 200)}`;
  if (fuzz.kind === 'raw') {
    tally.refused = (tally.refused ?? 0) + 1;
    return status >= 400 ? undefined : `a malformed body answered ${status}`;
  }
  const activity = fuzz.activity;
  const tooLarge =
    fuzz.kind === 'oversized' || Buffer.byteLength(JSON.stringify(activity)) > maxActivityBytes;
  const problem = tooLarge ? { status: 413 } : checkActivity(activity, { loopbackServiceUrlOnly: true });
  if (problem) {
    tally.refused = (tally.refused ?? 0) + 1;
    return status === problem.status ? undefined : `expected ${problem.status}, got ${status}`;
  }
  if (status !== 200) return `a valid activity answered ${status}: ${outcome.body.slice(0, 200)}`;
  if (activity.type === 'message') {
    tally.messages = (tally.messages ?? 0) + 1;
    const conversationId = (activity.conversation as { id: string }).id;
    return harness.channel.sentCount(conversationId) > 0 ? undefined : 'a valid message got no reply';
  }
  if (activity.type === 'invoke') {
    tally.clicks = (tally.clicks ?? 0) + 1;
    const answer = JSON.parse(outcome.body || 'null') as { statusCode?: number; type?: string } | null;
    return answer?.statusCode === 200 && invokeResponseTypes.includes(answer.type ?? '')
      ? undefined
      : `a card click got ${outcome.body.slice(0, 200) || 'no invoke response'}`;
  }
  tally.other = (tally.other ?? 0) + 1;
  return undefined;
}

function summary(fuzz: FuzzCase): string {
  const text = JSON.stringify(fuzz);
  return text.length > 1200 ? `${text.slice(0, 1200)}…` : text;
}
