import assert from 'node:assert/strict';
import { Writable } from 'node:stream';
import type { LogFormat, LogLevel } from '../../src/logging/log-settings';
import { createLog } from '../../src/logging/pino-log';
import { withTurnFields } from '../../src/logging/turn-fields';

/** A log writing into `lines`; a real stream, as pino-pretty pipes into its destination. */
function capture(level: LogLevel, format: LogFormat) {
  const lines: string[] = [];
  const destination = new Writable({
    write(chunk: Buffer, _encoding, done) {
      lines.push(chunk.toString());
      done();
    },
  });
  return { log: createLog({ level, format, destination }), lines };
}

describe('createLog', () => {
  it('writes one JSON object per line with level, time, message and the detail', () => {
    const { log, lines } = capture('info', 'json');
    log('warn', 'Graph failed', { graphStatus: 503 });
    assert.equal(lines.length, 1);
    const line = JSON.parse(lines[0] as string);
    assert.equal(line.level, 'warn');
    assert.equal(line.message, 'Graph failed');
    assert.equal(line.graphStatus, 503);
    assert.ok(!Number.isNaN(Date.parse(line.time)));
  });

  it('adds the turn’s activity id to every line written during the turn, also after an await', async () => {
    const { log, lines } = capture('info', 'json');
    await withTurnFields({ activityId: 'act-7' }, async () => {
      await new Promise((resolve) => setTimeout(resolve, 1));
      log('info', 'inside');
    });
    log('info', 'outside');
    assert.deepEqual(
      lines.map((line) => JSON.parse(line).activityId),
      ['act-7', undefined],
    );
  });

  const redacted: [string, Record<string, unknown>, string][] = [
    ['a token', { token: 'eyJsecret' }, 'eyJsecret'],
    ['a nested access token', { auth: { accessToken: 'eyJsecret' } }, 'eyJsecret'],
    ['a password', { password: 'hunter2' }, 'hunter2'],
    ['message text', { text: 'share the secret plan' }, 'secret plan'],
    ['an error’s stack', { error: new Error('boom') }, 'at '],
  ];
  for (const [what, detail, secret] of redacted) {
    it(`never writes ${what}`, () => {
      const { log, lines } = capture('info', 'json');
      log('error', 'failed', detail);
      assert.ok(!lines.join('').includes(secret), lines.join(''));
    });
  }

  it('leaves out lines below LOG_LEVEL', () => {
    const { log, lines } = capture('warn', 'json');
    log('info', 'quiet');
    log('error', 'loud');
    assert.deepEqual(
      lines.map((line) => JSON.parse(line).message),
      ['loud'],
    );
  });

  it('writes a readable single line in the pretty format', () => {
    const { log, lines } = capture('info', 'pretty');
    log('error', 'turn failed', { activityId: 'act-1', error: new TypeError('boom') });
    const text = lines.join('');
    assert.match(
      text,
      /^\[\d\d:\d\d:\d\d\.\d{3}\] ERROR: turn failed \{"activityId":"act-1","error":"TypeError: boom"\}\n$/,
    );
  });
});
