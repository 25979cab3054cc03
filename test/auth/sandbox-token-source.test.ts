import assert from 'node:assert/strict';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { SandboxTokenSource } from '../../src/auth/sandbox-token-source';
import type { TokenRequester } from '../../src/auth/token-source';

interface TokenServer {
  origin: string;
  bodies: unknown[];
  close(): Promise<void>;
}

/** A loopback stand-in for the sandbox's token endpoint: known users get a token valid for `expiresIn` s. */
async function startTokenServer(
  knownUsers: string[],
  expiresIn = 3600,
  status?: number,
): Promise<TokenServer> {
  const bodies: unknown[] = [];
  let issued = 0;
  const server: Server = createServer((req, res) => {
    let text = '';
    req.on('data', (chunk) => {
      text += chunk;
    });
    req.on('end', () => {
      const body = JSON.parse(text) as { user: string };
      bodies.push(body);
      if (status) {
        res.writeHead(status);
        res.end();
      } else if (req.method !== 'POST' || req.url !== '/_sandbox/token' || !knownUsers.includes(body.user)) {
        res.writeHead(404, { 'Content-Type': 'application/json' });
        res.end('{"error":"unknown user"}');
      } else {
        issued++;
        res.writeHead(200, { 'Content-Type': 'application/json' });
        res.end(
          JSON.stringify({
            access_token: `tok-${body.user}-${issued}`,
            token_type: 'Bearer',
            expires_in: expiresIn,
          }),
        );
      }
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return { origin, bodies, close: () => new Promise((resolve) => server.close(() => resolve())) };
}

function turnFrom(aadObjectId?: string): TokenRequester {
  return { userId: aadObjectId };
}

describe('SandboxTokenSource', () => {
  let server: TokenServer | undefined;
  afterEach(async () => {
    await server?.close();
    server = undefined;
  });

  it('asks the sandbox for a token for the sender’s aadObjectId', async () => {
    server = await startTokenServer(['aad-ana']);
    const outcome = await new SandboxTokenSource({ sandboxOrigin: server.origin }).getToken(
      turnFrom('aad-ana'),
    );
    assert.deepEqual(outcome, { ok: true, token: 'tok-aad-ana-1' });
    assert.deepEqual(server.bodies, [{ user: 'aad-ana' }]);
  });

  it('reuses a cached token until shortly before it expires, then fetches a new one', async () => {
    server = await startTokenServer(['aad-ana'], 600);
    let now = 1_000_000;
    const source = new SandboxTokenSource({
      sandboxOrigin: server.origin,
      refreshMarginSeconds: 60,
      now: () => now,
    });
    const first = await source.getToken(turnFrom('aad-ana'));
    now += 500_000;
    const second = await source.getToken(turnFrom('aad-ana'));
    now += 50_000;
    const third = await source.getToken(turnFrom('aad-ana'));
    assert.deepEqual(
      [first, second, third].map((outcome) => outcome.ok && outcome.token),
      ['tok-aad-ana-1', 'tok-aad-ana-1', 'tok-aad-ana-2'],
    );
  });

  it('drops the tokens of users who stopped writing once they are past their use', async () => {
    server = await startTokenServer(['aad-ana', 'aad-ben', 'aad-cem'], 600);
    let now = 1_000_000;
    const source = new SandboxTokenSource({ sandboxOrigin: server.origin, now: () => now });
    await source.getToken(turnFrom('aad-ana'));
    await source.getToken(turnFrom('aad-ben'));
    assert.equal(source.cachedUsers, 2);
    now += 600_000;
    await source.getToken(turnFrom('aad-cem'));
    assert.equal(source.cachedUsers, 1);
  });

  it('shares one request between concurrent turns of the same user', async () => {
    server = await startTokenServer(['aad-ana']);
    const source = new SandboxTokenSource({ sandboxOrigin: server.origin });
    const outcomes = await Promise.all([
      source.getToken(turnFrom('aad-ana')),
      source.getToken(turnFrom('aad-ana')),
    ]);
    assert.equal(server.bodies.length, 1);
    assert.ok(outcomes.every((outcome) => outcome.ok));
  });

  it('says notInTenant when the sandbox does not know the user', async () => {
    server = await startTokenServer(['aad-ana']);
    const outcome = await new SandboxTokenSource({ sandboxOrigin: server.origin }).getToken(
      turnFrom('aad-stranger'),
    );
    assert.deepEqual(outcome, { ok: false, reason: 'notInTenant' });
  });

  it('says notInTenant without asking when the activity has no aadObjectId', async () => {
    server = await startTokenServer(['aad-ana']);
    const outcome = await new SandboxTokenSource({ sandboxOrigin: server.origin }).getToken(
      turnFrom(undefined),
    );
    assert.deepEqual(outcome, { ok: false, reason: 'notInTenant' });
    assert.equal(server.bodies.length, 0);
  });

  it('says unavailable when the sandbox fails', async () => {
    server = await startTokenServer(['aad-ana'], 3600, 500);
    const outcome = await new SandboxTokenSource({ sandboxOrigin: server.origin }).getToken(
      turnFrom('aad-ana'),
    );
    assert.deepEqual(outcome.ok ? null : outcome.reason, 'unavailable');
  });

  it('says unavailable when the sandbox cannot be reached', async () => {
    const closed = await startTokenServer([]);
    await closed.close();
    const outcome = await new SandboxTokenSource({ sandboxOrigin: closed.origin }).getToken(
      turnFrom('aad-ana'),
    );
    assert.deepEqual(outcome.ok ? null : outcome.reason, 'unavailable');
  });
});
