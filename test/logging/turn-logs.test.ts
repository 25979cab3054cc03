import assert from 'node:assert/strict';
import { createLog } from '../../src/logging/pino-log';
import { BotHarness } from '../support/bot-harness';
import { people } from '../support/demo-tenant';
import { FailingStorage } from '../support/failing-storage';

/** Words in the messages; they must never reach the log. */
const phrase = 'PurpleElephantSentinel';
/** Shaped like a Graph access token; the bot holds it for Graph and must never log it. */
const token = 'eyJ0eXAiOiJKV1QiLCJhbGciOiJSUzI1NiJ9.eyJzZW50aW5lbCI6dHJ1ZX0.c2VudGluZWwtc2lnbmF0dXJl';

/** The log as JSON lines, captured from the real pino logger. */
function capturedLog() {
  const lines: string[] = [];
  const log = createLog({
    level: 'info',
    format: 'json',
    destination: { write: (line: string) => void lines.push(line) },
  });
  const entries = () => lines.map((line) => JSON.parse(line) as Record<string, unknown>);
  return { log, lines, entries };
}

describe('log lines of real conversations', function () {
  this.timeout(30_000);

  it('carry the activity id on a turn failure and never the message text', async () => {
    const capture = capturedLog();
    const storage = new FailingStorage();
    const harness = await BotHarness.start({ overrides: { log: capture.log, storage } });
    try {
      storage.failWrites = true;
      await harness.teams.say(`share report.xlsx with Ana Lopez with the message: ${phrase}`, {
        from: people.alex,
        activityId: 'in-log-sentinel-1',
      });
    } finally {
      await harness.close();
    }
    const failure = capture.entries().find((entry) => entry.message === 'turn failed');
    assert.ok(failure, capture.lines.join(''));
    assert.equal(failure.level, 'error');
    assert.equal(failure.activityId, 'in-log-sentinel-1');
    assert.match(String(failure.time), /^\d{4}-\d\d-\d\dT/);
    assert.ok(!capture.lines.join('').includes(phrase), capture.lines.join(''));
  });

  it("carry Graph's request-id on a Graph failure and never the turn's token or message text", async () => {
    const capture = capturedLog();
    const harness = await BotHarness.start({
      overrides: { log: capture.log, tokens: { forTurn: async () => ({ ok: true, token }) } },
    });
    try {
      await harness.teams.say(`share report.xlsx with Ana Lopez ${phrase}`, { from: people.alex });
    } finally {
      await harness.close();
    }
    const failure = capture.entries().find((entry) => entry.graphStatus === 401);
    assert.ok(failure, capture.lines.join(''));
    assert.equal(failure.level, 'warn');
    assert.match(String(failure.graphRequestId), /^[\w-]{8,}$/);
    assert.ok(typeof failure.activityId === 'string');
    const all = capture.lines.join('');
    assert.ok(
      !all.includes(phrase) && !all.includes(token) && !all.includes(token.split('.')[1] ?? '-'),
      all,
    );
  });
});
