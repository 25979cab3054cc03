import assert from 'node:assert/strict';
import { BotHarness } from '../support/bot-harness';
import { people } from '../support/demo-tenant';

/** Appears in every refused request; no answer may repeat it. */
const sentinel = 'SENTINEL-4d1c';

/** One request and the refusal it must get. */
interface Row {
  what: string;
  /** application/json unless given; null sends no Content-Type at all. */
  contentType?: string | null;
  /** The raw body; a function gets a valid activity to change. */
  body: string | ((activity: Record<string, unknown>) => unknown);
  status: number;
  code: string;
}

const rows: Row[] = [
  {
    what: 'a body without Content-Type',
    contentType: null,
    body: `{"text":"${sentinel}"}`,
    status: 415,
    code: 'unsupportedMediaType',
  },
  {
    what: 'a text/plain body',
    contentType: 'text/plain',
    body: `{"text":"${sentinel}"}`,
    status: 415,
    code: 'unsupportedMediaType',
  },
  {
    what: 'a form body',
    contentType: 'application/x-www-form-urlencoded',
    body: `text=${sentinel}`,
    status: 415,
    code: 'unsupportedMediaType',
  },
  {
    what: 'an XML body',
    contentType: 'application/xml',
    body: `<text>${sentinel}</text>`,
    status: 415,
    code: 'unsupportedMediaType',
  },
  {
    what: 'invalid JSON',
    body: `{"type": "message", "text": "${sentinel}"`,
    status: 400,
    code: 'invalidJson',
  },
  { what: 'a JSON array', body: (a) => [a], status: 400, code: 'invalidActivity' },
  { what: '{"type": 42}', body: () => ({ type: 42, text: sentinel }), status: 400, code: 'invalidActivity' },
  {
    what: '{"type": "message"}',
    body: () => ({ type: 'message', text: sentinel }),
    status: 400,
    code: 'invalidActivity',
  },
  {
    what: 'an activity without conversation',
    body: (a) => ({ ...a, conversation: undefined }),
    status: 400,
    code: 'invalidActivity',
  },
  {
    what: 'an activity without from',
    body: (a) => ({ ...a, from: undefined }),
    status: 400,
    code: 'invalidActivity',
  },
  {
    what: 'a serviceUrl that is not a URL',
    body: (a) => ({ ...a, serviceUrl: sentinel }),
    status: 400,
    code: 'invalidActivity',
  },
  {
    what: 'an activity without serviceUrl',
    body: (a) => ({ ...a, serviceUrl: undefined }),
    status: 400,
    code: 'invalidActivity',
  },
  {
    what: 'the public Bot Framework service as serviceUrl in local mode',
    body: (a) => ({ ...a, serviceUrl: `https://${sentinel.toLowerCase()}.trafficmanager.net/` }),
    status: 403,
    code: 'serviceUrlNotAllowed',
  },
  {
    what: 'a text that is a number',
    body: (a) => ({ ...a, text: 42 }),
    status: 400,
    code: 'invalidActivity',
  },
  {
    what: 'a body over 256 KiB',
    body: (a) => ({ ...a, text: `${sentinel} ${'x'.repeat(300 * 1024)}` }),
    status: 413,
    code: 'payloadTooLarge',
  },
];

describe('POST /api/messages refuses what it cannot answer', function () {
  this.timeout(30_000);
  let harness: BotHarness;
  let activity: Record<string, unknown>;

  before(async () => {
    harness = await BotHarness.start();
    activity = {
      type: 'message',
      id: 'in-endpoint',
      channelId: 'msteams',
      serviceUrl: harness.channel.url,
      from: { id: '29:alex', aadObjectId: people.alex.aadObjectId, name: people.alex.name },
      recipient: { id: '28:sharebot-test', name: 'Sharebot' },
      conversation: { id: 'a:endpoint', conversationType: 'personal' },
      text: `help ${sentinel}`,
    };
  });
  after(async () => {
    await harness?.close();
  });

  for (const row of rows) {
    it(`answers ${row.status} ${row.code} to ${row.what}, with a short JSON error that repeats nothing`, async () => {
      const before = harness.channel.sent.length;
      const body = typeof row.body === 'string' ? row.body : JSON.stringify(row.body({ ...activity }));
      const contentType = row.contentType === undefined ? 'application/json' : row.contentType;
      const headers: Record<string, string> = contentType ? { 'content-type': contentType } : {};
      // Bytes, so that fetch adds no Content-Type of its own.
      const response = await fetch(`${harness.app.bot.url}/api/messages`, {
        method: 'POST',
        headers,
        body: new TextEncoder().encode(body),
      });
      const text = await response.text();
      assert.equal(response.status, row.status);
      assert.match(response.headers.get('content-type') ?? '', /^application\/json/);
      const answer = JSON.parse(text) as { error: { code: string; message: string } };
      assert.deepEqual(Object.keys(answer), ['error']);
      assert.deepEqual(Object.keys(answer.error).sort(), ['code', 'message']);
      assert.equal(answer.error.code, row.code);
      // A body left unread closes the connection; the answer says so.
      assert.equal(
        response.headers.get('connection'),
        row.status === 413 || row.status === 415 ? 'close' : 'keep-alive',
      );
      assert.ok(text.length < 300, `answer of ${text.length} characters`);
      assert.ok(!text.toLowerCase().includes(sentinel.toLowerCase()), text);
      assert.equal(harness.channel.sent.length, before, 'nothing was sent to any channel');
    });
  }

  it('still answers a valid activity with a reply (the checks let Teams through)', async () => {
    const response = await fetch(`${harness.app.bot.url}/api/messages`, {
      method: 'POST',
      headers: { 'content-type': 'application/json; charset=utf-8' },
      body: JSON.stringify({ ...activity, text: 'help' }),
    });
    assert.equal(response.status, 200);
    assert.ok(harness.channel.sent.some((s) => s.conversationId === 'a:endpoint'));
  });

  const routing: [string, string, number, string][] = [
    ['an unknown path', `/${sentinel}`, 404, 'notFound'],
    ['GET on /api/messages', '/api/messages', 405, 'methodNotAllowed'],
  ];
  for (const [what, path, status, code] of routing) {
    it(`answers ${status} to ${what} in the same shape, without repeating the path`, async () => {
      const response = await fetch(`${harness.app.bot.url}${path}`, { headers: { accept: 'text/html' } });
      const text = await response.text();
      assert.equal(response.status, status);
      assert.equal((JSON.parse(text) as { error: { code: string } }).error.code, code);
      assert.ok(!text.includes(sentinel), text);
    });
  }

  it('replies to a long message (under the limit) without echoing it: every quoted piece is bounded', async () => {
    const before = harness.channel.sent.length;
    const long = `share ${'Quarterly '.repeat(20_000)}report.xlsx with Lee Chen`;
    const response = await fetch(`${harness.app.bot.url}/api/messages`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ ...activity, text: long }),
    });
    assert.equal(response.status, 200);
    const replies = harness.channel.sent.slice(before);
    assert.equal(replies.length, 1);
    const size = JSON.stringify(replies[0]?.body).length;
    assert.ok(size < 4000, `reply of ${size} characters to a message of ${long.length}`);
  });
});
