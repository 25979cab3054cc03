import assert from 'node:assert/strict';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createGraphPortFactory } from '../../src/graph/create-graph-port';
import {
  type GraphFailure,
  type GraphPort,
  GraphRequestError,
  type InviteRequest,
} from '../../src/graph/port';
import { FakeGraphServer, graphError } from './helpers/fake-graph-server';

const TOKEN = 'token-for-ana';
const FAST_RETRY = { maxRetries: 2, maxDelaySeconds: 0.05 };
const invite: InviteRequest = {
  item: { driveId: 'b!d1', itemId: '01ITEM' },
  recipients: [{ email: 'robin@contoso.com' }],
  roles: ['write'],
  requireSignIn: true,
  sendInvitation: true,
};
const inviteOk = {
  status: 200,
  body: { value: [{ id: 'perm-1', roles: ['write'], invitation: { email: 'robin@contoso.com' } }] },
};
const me = {
  status: 200,
  body: {
    id: 'u-ana',
    displayName: 'Ana Lima',
    mail: 'ana@contoso.com',
    userPrincipalName: 'ana@contoso.com',
  },
};

async function failureOf(promise: Promise<unknown>): Promise<GraphFailure> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof GraphRequestError) return error.failure;
    throw error;
  }
  throw new Error('expected the call to fail');
}

describe('Graph port over HTTP', () => {
  let fake: FakeGraphServer;
  let port: GraphPort;

  beforeEach(async () => {
    fake = await FakeGraphServer.start();
    port = createGraphPortFactory({ graphOrigin: fake.origin, retry: FAST_RETRY })(async () => TOKEN);
  });
  afterEach(() => fake.close());

  it('sends the bearer token, a client-request-id and the Sharebot User-Agent', async () => {
    fake.on('GET', '/me', me);
    const person = await port.me();
    assert.equal(person.email, 'ana@contoso.com');
    const [request] = fake.httpRequests;
    assert.equal(request.headers.authorization, `Bearer ${TOKEN}`);
    assert.match(String(request.headers['client-request-id']), /^[0-9a-f-]{36}$/);
    assert.equal(request.headers['user-agent'], 'NONISV|Sharebot|Sharebot/0.1');
    assert.match(request.query, /^\$select=/);
  });

  it('gives each request its own client-request-id', async () => {
    fake.on('GET', '/me', me);
    await port.me();
    await port.me();
    const ids = fake.httpRequests.map((request) => request.headers['client-request-id']);
    assert.notEqual(ids[0], ids[1]);
  });

  it('retries a 429 with a fractional Retry-After, then succeeds', async () => {
    fake.on('GET', '/me', graphError(429, 'activityLimitReached', { 'Retry-After': '0.01' }), me);
    assert.equal((await port.me()).displayName, 'Ana Lima');
    assert.equal(fake.httpRequests.length, 2);
  });

  it('retries a 503 that has no Retry-After, then succeeds', async () => {
    fake.on('GET', '/me', graphError(503, 'serviceNotAvailable'), me);
    assert.equal((await port.me()).displayName, 'Ana Lima');
    assert.equal(fake.httpRequests.length, 2);
  });

  it('gives up after the retry bound with a throttled failure carrying Retry-After', async () => {
    fake.on('GET', '/me', graphError(429, 'activityLimitReached', { 'Retry-After': '0.02' }));
    const failure = await failureOf(port.me());
    assert.deepEqual([failure.kind, failure.status, failure.retryAfterSeconds], ['throttled', 429, 0.02]);
    assert.equal(fake.httpRequests.length, 1 + FAST_RETRY.maxRetries);
  });

  it('does not wait out a Retry-After longer than the bound: it fails at once and says how long', async () => {
    fake.on('GET', '/me', graphError(429, 'activityLimitReached', { 'Retry-After': '315' }));
    const failure = await failureOf(port.me());
    assert.deepEqual([failure.kind, failure.retryAfterSeconds], ['throttled', 315]);
    assert.equal(fake.httpRequests.length, 1);
  });

  it('posts exactly the invite body to the drive item', async () => {
    fake.on('POST', '/drives/b!d1/items/01ITEM/invite', inviteOk);
    const result = await port.invite({ ...invite, message: 'Numbers for Q1' });
    assert.deepEqual(result.permissions[0].invitationEmail, 'robin@contoso.com');
    assert.deepEqual(fake.httpRequests[0].body, {
      recipients: [{ email: 'robin@contoso.com' }],
      roles: ['write'],
      requireSignIn: true,
      sendInvitation: true,
      message: 'Numbers for Q1',
    });
    assert.match(String(fake.httpRequests[0].headers['content-type']), /application\/json/);
  });

  it('does not re-post an invite after a 504: Graph may already have granted access', async () => {
    fake.on(
      'POST',
      '/drives/b!d1/items/01ITEM/invite',
      { status: 504, headers: { 'Retry-After': '0' } },
      inviteOk,
    );
    const failure = await failureOf(port.invite(invite));
    assert.equal(failure.kind, 'unavailable');
    assert.equal(fake.httpRequests.length, 1);
  });

  it('re-posts an invite after a 429, which Graph did not process', async () => {
    fake.on(
      'POST',
      '/drives/b!d1/items/01ITEM/invite',
      graphError(429, 'activityLimitReached', { 'Retry-After': '0' }),
      inviteOk,
    );
    const result = await port.invite(invite);
    assert.equal(result.permissions.length, 1);
    assert.equal(fake.httpRequests.length, 2);
  });

  it('returns a 207 invite as a partial result, not an error', async () => {
    const failedMail = {
      id: 'perm-2',
      roles: ['write'],
      invitation: { email: 'helga@contoso.com' },
      error: { code: 'notAllowed', message: 'm', innererror: { code: 'exchangeInvalidUser' } },
    };
    fake.on('POST', '/drives/b!d1/items/01ITEM/invite', {
      status: 207,
      body: { value: [inviteOk.body.value[0], failedMail] },
    });
    const result = await port.invite(invite);
    assert.equal(result.partial, true);
    assert.equal(result.permissions[1].notificationError?.innerCode, 'exchangeInvalidUser');
  });

  it('invites through /shares when the item was addressed by a share id', async () => {
    fake.on('POST', '/shares/u!abc/driveItem/invite', inviteOk);
    await port.invite({ ...invite, item: { shareId: 'u!abc' } });
    assert.equal(fake.httpRequests[0].path, '/shares/u!abc/driveItem/invite');
  });

  it('throws a classified failure for a refused invite', async () => {
    fake.on('POST', '/drives/b!d1/items/01ITEM/invite', graphError(403, 'accessDenied'));
    const failure = await failureOf(port.invite(invite));
    assert.deepEqual([failure.kind, failure.code, failure.requestId], ['forbidden', 'accessDenied', 'req-1']);
  });

  it('deletes a permission with DELETE and accepts 204', async () => {
    fake.on('DELETE', '/drives/b!d1/items/01ITEM/permissions/perm%2F1', { status: 204 });
    await port.deletePermission({ driveId: 'b!d1', itemId: '01ITEM' }, 'perm/1');
    assert.equal(fake.httpRequests[0].method, 'DELETE');
  });

  it('takes people off a link with POST revokeGrants, each grantee as one field', async () => {
    fake.on('POST', '/drives/b!d1/items/01ITEM/permissions/perm%2F1/revokeGrants', {
      status: 200,
      body: {
        id: 'perm/1',
        roles: ['read'],
        link: { type: 'view', scope: 'users' },
        grantedToIdentitiesV2: [],
      },
    });
    const after = await port.revokeGrants({ driveId: 'b!d1', itemId: '01ITEM' }, 'perm/1', [
      { objectId: 'u-1' },
      { email: ' lee@contoso.com ' },
    ]);
    assert.equal(after.id, 'perm/1');
    assert.equal(fake.httpRequests[0].method, 'POST');
    assert.deepEqual(fake.httpRequests[0].body, {
      grantees: [{ objectId: 'u-1' }, { email: 'lee@contoso.com' }],
    });
  });

  it("changes a permission's roles with PATCH, sending only roles, and maps the answer", async () => {
    fake.on('PATCH', '/drives/b!d1/items/01ITEM/permissions/perm%2F1', {
      status: 200,
      body: { id: 'perm/1', roles: ['read'], grantedToV2: { user: { id: 'u-bob', displayName: 'Bob' } } },
    });
    const updated = await port.updatePermissionRoles({ driveId: 'b!d1', itemId: '01ITEM' }, 'perm/1', [
      'read',
    ]);
    assert.deepEqual([updated.id, updated.roles, updated.grantee?.id], ['perm/1', ['read'], 'u-bob']);
    const [request] = fake.httpRequests;
    assert.equal(request.method, 'PATCH');
    assert.deepEqual(request.body, { roles: ['read'] });
  });

  it('throws a classified failure when a role change is refused', async () => {
    fake.on('PATCH', '/drives/b!d1/items/01ITEM/permissions/p1', graphError(403, 'notAllowed'));
    const failure = await failureOf(
      port.updatePermissionRoles({ driveId: 'b!d1', itemId: '01ITEM' }, 'p1', ['write']),
    );
    assert.deepEqual([failure.kind, failure.status, failure.code], ['forbidden', 403, 'notAllowed']);
  });

  it('reports a failed token callback as unauthenticated and sends nothing', async () => {
    const noToken = createGraphPortFactory({ graphOrigin: fake.origin, retry: FAST_RETRY })(async () => {
      throw new Error('consent required');
    });
    const failure = await failureOf(noToken.me());
    assert.deepEqual([failure.kind, failure.status], ['unauthenticated', -1]);
    assert.equal(fake.httpRequests.length, 0);
  });

  it('never puts the token into a failure', async () => {
    fake.on('GET', '/me', graphError(401, 'InvalidAuthenticationToken'));
    const failure = await failureOf(port.me());
    assert.equal(failure.kind, 'unauthenticated');
    assert.doesNotMatch(JSON.stringify(failure), new RegExp(TOKEN));
  });
});

describe('Graph port without a reachable server', () => {
  it('reports a refused connection as a network failure', async () => {
    const server = createServer();
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    await new Promise<void>((resolve) => server.close(() => resolve()));
    const port = createGraphPortFactory({ graphOrigin: origin, retry: FAST_RETRY })(async () => TOKEN);
    const failure = await failureOf(port.me());
    assert.deepEqual([failure.kind, failure.status], ['network', -1]);
  });
});

describe('Graph port in production mode', () => {
  it('sends to https://graph.microsoft.com/v1.0 with the token when no graphOrigin is set', async () => {
    const seen: { url: string; authorization: string | null }[] = [];
    const fetchImpl: typeof fetch = async (input, init) => {
      const headers = new Headers(init?.headers);
      seen.push({ url: String(input), authorization: headers.get('Authorization') });
      return new Response(JSON.stringify(me.body), {
        status: 200,
        headers: { 'Content-Type': 'application/json' },
      });
    };
    const port = createGraphPortFactory({ fetchImpl })(async () => TOKEN);
    await port.me();
    assert.match(seen[0].url, /^https:\/\/graph\.microsoft\.com\/v1\.0\/me\?\$select=/);
    assert.equal(seen[0].authorization, `Bearer ${TOKEN}`);
  });
});
