import assert from 'node:assert/strict';
import { createServer } from 'node:net';
import { MemoryStorage, type StoreItems } from 'botbuilder';
import { checkReadiness, ProbeFailure } from '../../src/server/readiness';
import { BotHarness } from '../support/bot-harness';

interface Readiness {
  status: string;
  ready: boolean;
  probes: { name: string; ok: boolean; reason?: string }[];
}

async function readyz(harness: BotHarness): Promise<{ status: number; text: string; body: Readiness }> {
  const response = await fetch(`${harness.app.bot.url}/readyz`);
  const text = await response.text();
  return { status: response.status, text, body: JSON.parse(text) as Readiness };
}

/** A port nothing listens on. */
async function closedPort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return port;
}

/** Storage that cannot be read, failing the way a storage client does: a message with a secret in it. */
class UnreachableStorage extends MemoryStorage {
  override async read(_keys: string[]): Promise<StoreItems> {
    throw Object.assign(new Error('connect failed for AccountKey=SECRET-c0ffee'), { code: 'ECONNREFUSED' });
  }
}

describe('GET /readyz', function () {
  this.timeout(30_000);

  it('answers 200 with storage and the sandbox ok', async () => {
    const harness = await BotHarness.start();
    try {
      const { status, body } = await readyz(harness);
      assert.equal(status, 200);
      assert.deepEqual(body, {
        status: 'ready',
        ready: true,
        probes: [
          { name: 'storage', ok: true },
          { name: 'graph', ok: true },
        ],
      });
    } finally {
      await harness.close();
    }
  });

  it('answers 503 naming the sandbox when it cannot be reached', async () => {
    const harness = await BotHarness.start({
      env: { GRAPH_ORIGIN: `http://127.0.0.1:${await closedPort()}` },
    });
    try {
      const { status, body } = await readyz(harness);
      assert.equal(status, 503);
      assert.equal(body.status, 'notReady');
      assert.deepEqual(body.probes[1], {
        name: 'graph',
        ok: false,
        reason: 'cannot reach the sandbox (ECONNREFUSED)',
      });
    } finally {
      await harness.close();
    }
  });

  it('answers 503 naming storage, with its error code only (no message, no secret, no stack)', async () => {
    const harness = await BotHarness.start({ overrides: { storage: new UnreachableStorage() } });
    try {
      const { status, body, text } = await readyz(harness);
      assert.equal(status, 503);
      assert.deepEqual(body.probes[0], { name: 'storage', ok: false, reason: 'ECONNREFUSED' });
      assert.ok(!text.includes('SECRET') && !text.includes(' at '), text);
    } finally {
      await harness.close();
    }
  });
});

describe('checkReadiness', () => {
  const cases: [string, () => Promise<void>, string | undefined][] = [
    ['a probe that resolves is ok', async () => undefined, undefined],
    [
      'a ProbeFailure shows its message',
      async () => Promise.reject(new ProbeFailure('disk full')),
      'disk full',
    ],
    [
      'another error shows its code',
      async () => Promise.reject(Object.assign(new Error('x'), { code: 'ENOTFOUND' })),
      'ENOTFOUND',
    ],
    [
      'an error without code shows its name',
      async () => Promise.reject(new RangeError('secret 42')),
      'RangeError',
    ],
    ['a thrown string shows "failed"', async () => Promise.reject('secret'), 'failed'],
    [
      'a probe that never answers times out',
      () => new Promise<void>(() => undefined),
      'no answer within 50 ms',
    ],
  ];
  for (const [what, check, reason] of cases) {
    it(what, async () => {
      const started = Date.now();
      const result = await checkReadiness([{ name: 'p', check }], 50);
      assert.deepEqual(result, {
        ready: reason === undefined,
        probes: [reason === undefined ? { name: 'p', ok: true } : { name: 'p', ok: false, reason }],
      });
      assert.ok(Date.now() - started < 1000);
    });
  }
});
