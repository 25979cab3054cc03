import assert from 'node:assert/strict';
import { isLoopbackAddress } from '../../src/sandbox/http/loopback';
import { startSandbox } from '../../src/sandbox/index';
import { fixtureTenantFile, startTestSandbox, type TestSandbox, users } from './helpers/sandbox-fixture';
import { errorBody, graphError, sdkClient } from './helpers/sdk-client';

describe('sandbox auth and admin endpoints', () => {
  let t: TestSandbox;
  before(async () => {
    t = await startTestSandbox();
  });
  after(async () => t.stop());
  afterEach(async () => {
    await t.admin('DELETE', '/_sandbox/faults');
  });

  describe('tokens', () => {
    it('issues a bearer token for a user id or userPrincipalName', async () => {
      for (const user of [users.ben, 'BEN@contoso.com']) {
        const r = await t.admin('POST', '/_sandbox/token', { user });
        assert.equal(r.status, 200);
        const body = r.body as Record<string, unknown>;
        assert.equal(body.token_type, 'Bearer');
        assert.equal(body.expires_in, 3600);
        const me = await sdkClient(t.sandbox.url, body.access_token as string)
          .api('/me')
          .get();
        assert.equal(me.id, users.ben);
      }
    });

    it('answers 404 with a clear error for an unknown user', async () => {
      const r = await t.admin('POST', '/_sandbox/token', { user: 'nobody@contoso.com' });
      assert.equal(r.status, 404);
      assert.match((r.body as { error: { message: string } }).error.message, /No user "nobody@contoso.com"/);
    });

    const bad: Array<[string, string | undefined, RegExp]> = [
      ['a missing token', undefined, /empty/],
      ['an unknown token', 'Bearer sbx1.eyJzdWIiOiJ4In0.forged', /not a valid/],
      ['a token that is not a bearer token', 'Basic abc', /not a valid/],
    ];
    for (const [what, header, message] of bad) {
      it(`answers 401 with the Graph error envelope for ${what}`, async () => {
        const res = await fetch(`${t.sandbox.graphBaseUrl}/me`, {
          headers: header ? { Authorization: header } : {},
        });
        assert.equal(res.status, 401);
        const body = await res.json();
        assert.equal(body.error.code, 'InvalidAuthenticationToken');
        assert.match(body.error.message, message);
        assert.equal(body.error.innerError['request-id'], res.headers.get('request-id'));
      });
    }

    it('answers 401 for an expired token', async () => {
      const client = sdkClient(t.sandbox.url, await t.token('ana@contoso.com', 0));
      const err = await graphError(client.api('/me').get());
      assert.equal(err.statusCode, 401);
      assert.match(err.message, /expired/);
    });

    it('echoes the client-request-id the SDK sends', async () => {
      const client = await t.client('ana@contoso.com');
      const err = await graphError(client.api('/me/drive/items/missing').get());
      const sent = errorBody(err).innerError['client-request-id'];
      assert.match(String(sent), /^[0-9a-f-]{36}$/);
      assert.equal(err.headers?.get('client-request-id'), sent);
    });
  });

  describe('faults', () => {
    it('throttles exactly the first N matching calls with 429 and a fractional Retry-After', async () => {
      await t.admin('POST', '/_sandbox/faults', {
        method: 'GET',
        path: '/v1.0/me',
        status: 429,
        retryAfter: 0.25,
        times: 2,
      });
      const token = await t.token('ana@contoso.com');
      const statuses: Array<[number, string | null]> = [];
      for (let i = 0; i < 3; i++) {
        const res = await fetch(`${t.sandbox.graphBaseUrl}/me`, {
          headers: { Authorization: `Bearer ${token}` },
        });
        statuses.push([res.status, res.headers.get('retry-after')]);
        if (res.status === 429) assert.equal((await res.json()).error.innerError.code, 'throttledRequest');
      }
      assert.deepEqual(statuses, [
        [429, '0.25'],
        [429, '0.25'],
        [200, null],
      ]);
    });

    it('lets the SDK retry handler recover from a 503 with Retry-After 0', async () => {
      await t.admin('POST', '/_sandbox/faults', { path: '/v1.0/me', status: 503, retryAfter: 0, times: 1 });
      const client = sdkClient(t.sandbox.url, await t.token('ana@contoso.com'), 2);
      assert.equal((await client.api('/me').get()).id, users.ana);
    });

    it('sends 429 without Retry-After when the rule has none', async () => {
      await t.admin('POST', '/_sandbox/faults', { path: '/v1.0/me', status: 429, times: 1 });
      const res = await fetch(`${t.sandbox.graphBaseUrl}/me`, {
        headers: { Authorization: `Bearer ${await t.token('ana@contoso.com')}` },
      });
      assert.equal(res.status, 429);
      assert.equal(res.headers.has('retry-after'), false);
    });

    const errors: Array<[number, string]> = [
      [500, 'generalException'],
      [504, 'gatewayTimeout'],
    ];
    for (const [status, code] of errors) {
      it(`injects a ${status} error`, async () => {
        await t.admin('POST', '/_sandbox/faults', { pathRegex: '^/v1\\.0/users\\?', status, times: 1 });
        const err = await graphError((await t.client('ana@contoso.com')).api('/users').top(1).get());
        assert.equal(err.statusCode, status);
        assert.equal(err.code, code);
      });
    }

    it('limits a rule to one user, given by userPrincipalName', async () => {
      await t.admin('POST', '/_sandbox/faults', { user: 'ben@contoso.com', status: 500 });
      assert.equal((await (await t.client('ana@contoso.com')).api('/me').get()).id, users.ana);
      assert.equal((await graphError((await t.client('ben@contoso.com')).api('/me').get())).statusCode, 500);
    });

    it('never fires with fraction 0 and always fires with fraction 1', async () => {
      await t.admin('POST', '/_sandbox/faults', { path: '/v1.0/me', status: 500, fraction: 0 });
      const client = await t.client('ana@contoso.com');
      for (let i = 0; i < 5; i++) assert.equal((await client.api('/me').get()).id, users.ana);
      await t.admin('POST', '/_sandbox/faults', { path: '/v1.0/me', status: 500, fraction: 1 });
      assert.equal((await graphError(client.api('/me').get())).statusCode, 500);
    });

    it('adds latency to matching calls', async () => {
      await t.admin('POST', '/_sandbox/faults', { path: '/v1.0/me/drive', latencyMs: 120, times: 1 });
      await t.admin('DELETE', '/_sandbox/requests');
      await (await t.client('ana@contoso.com')).api('/me/drive').get();
      const [entry] = (
        (await t.admin('GET', '/_sandbox/requests')).body as {
          value: Array<{ startedAt: string; endedAt: string }>;
        }
      ).value;
      assert.ok(Date.parse(entry.endedAt) - Date.parse(entry.startedAt) >= 100);
    });

    it('lists, removes and rejects invalid rules', async () => {
      const added = (await t.admin('POST', '/_sandbox/faults', { path: '/v1.0/me', status: 429 })).body as {
        id: string;
      };
      assert.equal(((await t.admin('GET', '/_sandbox/faults')).body as { value: unknown[] }).value.length, 1);
      assert.equal((await t.admin('DELETE', `/_sandbox/faults/${added.id}`)).status, 204);
      assert.equal((await t.admin('POST', '/_sandbox/faults', { status: 418 })).status, 400);
      assert.equal((await t.admin('POST', '/_sandbox/faults', { path: '/v1.0/me' })).status, 400);
    });
  });

  describe('request log', () => {
    it('records method, path with query, status, times and user, and clears', async () => {
      await t.admin('DELETE', '/_sandbox/requests');
      const client = await t.client('ana@contoso.com');
      await client.api('/users').top(2).get();
      await graphError(client.api('/me/drive/items/missing').get());
      const log = (
        (await t.admin('GET', '/_sandbox/requests')).body as { value: Array<Record<string, unknown>> }
      ).value;
      assert.deepEqual(
        log.map((e) => [e.method, e.path, e.status, e.user]),
        [
          ['GET', '/v1.0/users?$top=2', 200, users.ana],
          ['GET', '/v1.0/me/drive/items/missing', 404, users.ana],
        ],
      );
      assert.ok(Date.parse(String(log[0].startedAt)) <= Date.parse(String(log[0].endedAt)));
      assert.equal((await t.admin('DELETE', '/_sandbox/requests')).status, 204);
      assert.deepEqual(((await t.admin('GET', '/_sandbox/requests')).body as { value: unknown[] }).value, []);
    });
  });

  it('forgets every change on reset', async () => {
    const ana = await t.client('ana@contoso.com');
    await ana
      .api('/me/drive/root:/Budget 2024.xlsx:/invite')
      .post({ recipients: [{ email: 'gina@fabrikam.com' }], roles: ['read'], requireSignIn: true });
    const before = (await ana.api('/me/drive/root:/Budget 2024.xlsx:/permissions').get()).value.length;
    assert.equal((await t.admin('POST', '/_sandbox/reset')).status, 200);
    const after = (await ana.api('/me/drive/root:/Budget 2024.xlsx:/permissions').get()).value.length;
    assert.equal(after, before - 1);
  });

  it('answers admin calls from loopback addresses only', () => {
    for (const a of ['127.0.0.1', '::1', '::ffff:127.0.0.1', '127.1.2.3'])
      assert.equal(isLoopbackAddress(a), true, a);
    for (const a of ['10.0.0.5', '::ffff:192.168.1.2', 'fe80::1', undefined])
      assert.equal(isLoopbackAddress(a), false, String(a));
  });

  it('names the port and SANDBOX_PORT when the port is taken', async () => {
    await assert.rejects(
      startSandbox({ port: t.sandbox.port, tenantFile: fixtureTenantFile }),
      (err: Error) => {
        assert.match(err.message, new RegExp(`Port ${t.sandbox.port}`));
        assert.match(err.message, /SANDBOX_PORT/);
        return true;
      },
    );
  });

  it('refuses an invalid tenant file with a message naming the problem', async () => {
    await assert.rejects(
      startSandbox({
        port: 0,
        tenant: {
          tenant: { id: 'x', displayName: 'X', domains: ['x.com'], externalSharing: 'enabled' },
          users: [],
          drives: [{ name: 'D', driveType: 'business', owner: { user: 'ghost' }, items: [] }],
        },
      }),
      /drives\[0\]\.owner\.user: unknown user ghost/,
    );
  });
});
