import assert from 'node:assert/strict';
import type { IncomingMessage } from 'node:http';
import { Readable } from 'node:stream';
import { maxActivityBytes, readActivity } from '../../src/server/read-activity';

/** A request body as a stream of chunks, counting how many of them were pulled. */
function request(
  headers: Record<string, string>,
  chunks: Buffer[],
): { req: IncomingMessage; pulled: () => number } {
  let pulled = 0;
  const stream = Readable.from(
    (function* () {
      for (const chunk of chunks) {
        pulled += 1;
        yield chunk;
      }
    })(),
    { objectMode: false, highWaterMark: 1 },
  );
  return { req: Object.assign(stream, { headers }) as unknown as IncomingMessage, pulled: () => pulled };
}

const json = { 'content-type': 'application/json; charset=utf-8' };

describe('readActivity', () => {
  const refusals: [string, Record<string, string>, string, number, string][] = [
    ['no Content-Type', {}, '{}', 415, 'unsupportedMediaType'],
    ['a form', { 'content-type': 'application/x-www-form-urlencoded' }, 'a=1', 415, 'unsupportedMediaType'],
    ['XML', { 'content-type': 'text/xml' }, '<a/>', 415, 'unsupportedMediaType'],
    ['JSON cut short', json, '{"type":', 400, 'invalidJson'],
    ['an empty body', json, '', 400, 'invalidJson'],
  ];
  for (const [what, headers, body, status, code] of refusals) {
    it(`refuses ${what} with ${status} ${code}`, async () => {
      const outcome = await readActivity(request(headers, [Buffer.from(body)]).req);
      assert.ok(!outcome.ok);
      assert.deepEqual([outcome.problem.status, outcome.problem.code], [status, code]);
    });
  }

  it('parses a JSON body whatever the case of its media type', async () => {
    const outcome = await readActivity(
      request({ 'content-type': 'Application/JSON' }, [Buffer.from('{"type":"message"}')]).req,
    );
    assert.deepEqual(outcome, { ok: true, body: { type: 'message' } });
  });

  it('replaces lone surrogates in strings, so that later steps can URL-encode every text', async () => {
    const outcome = await readActivity(
      request(json, [Buffer.from('{"text":"ab\\ud83c.xlsx","ok":"\\ud83c\\udf89"}')]).req,
    );
    assert.deepEqual(outcome, { ok: true, body: { text: 'ab\uFFFD.xlsx', ok: '🎉' } });
  });

  it('refuses a declared length over the limit before reading anything', async () => {
    const body = request({ ...json, 'content-length': String(maxActivityBytes + 1) }, [Buffer.alloc(10)]);
    const outcome = await readActivity(body.req);
    assert.ok(!outcome.ok);
    assert.deepEqual([outcome.problem.status, outcome.close], [413, true]);
    assert.equal(body.pulled(), 0);
  });

  it('stops reading a chunked body as soon as it passes the limit', async () => {
    const chunk = Buffer.alloc(64 * 1024, 'a');
    const body = request(
      json,
      Array.from({ length: 800 }, () => chunk),
    );
    const outcome = await readActivity(body.req);
    assert.ok(!outcome.ok);
    assert.equal(outcome.problem.status, 413);
    const limitChunks = maxActivityBytes / chunk.length;
    assert.ok(body.pulled() <= limitChunks + 3, `pulled ${body.pulled()} chunks of 64 KiB`);
  });

  it('accepts a body of exactly the limit', async () => {
    const text = `{"t":"${'a'.repeat(maxActivityBytes - 8)}"}`;
    assert.equal(Buffer.byteLength(text), maxActivityBytes);
    assert.ok((await readActivity(request(json, [Buffer.from(text)]).req)).ok);
  });
});
