import assert from 'node:assert/strict';
import { startTestSandbox, type TestSandbox } from './helpers/sandbox-fixture';
import { graphError } from './helpers/sdk-client';

type BatchAnswer = {
  responses: Array<{
    id: string;
    status: number;
    headers: Record<string, string>;
    body?: Record<string, unknown>;
  }>;
};

describe('sandbox $batch', () => {
  let t: TestSandbox;
  before(async () => {
    t = await startTestSandbox();
  });
  after(async () => t.stop());
  afterEach(async () => {
    await t.admin('DELETE', '/_sandbox/faults');
  });

  const batch = async (requests: unknown[]) =>
    (await t.client('ana@contoso.com')).api('/$batch').post({ requests });

  it('answers each entry with its own status, headers and body', async () => {
    const res = (await batch([
      { id: '1', method: 'GET', url: '/me' },
      { id: '2', method: 'GET', url: '/me/drive/root:/Reports/nope.xlsx' },
      {
        id: '3',
        method: 'POST',
        url: '/me/drive/root:/Reports/report.xlsx:/invite',
        headers: { 'Content-Type': 'application/json' },
        body: {
          recipients: [{ email: 'carla@contoso.com' }],
          roles: ['read'],
          requireSignIn: true,
          sendInvitation: true,
        },
      },
    ])) as BatchAnswer;
    const byId = Object.fromEntries(res.responses.map((r) => [r.id, r]));
    assert.equal(byId['1'].status, 200);
    assert.equal(byId['1'].headers['Content-Type'], 'application/json');
    assert.equal(byId['1'].body?.displayName, 'Ana López');
    assert.equal(byId['2'].status, 404);
    assert.equal((byId['2'].body as { error: { code: string } }).error.code, 'itemNotFound');
    assert.equal(byId['3'].status, 200);
  });

  it('rejects more than 20 requests with 400', async () => {
    const requests = Array.from({ length: 21 }, (_, i) => ({ id: String(i), method: 'GET', url: '/me' }));
    const err = await graphError(batch(requests));
    assert.equal(err.statusCode, 400);
    assert.equal((await batch(requests.slice(0, 20))).responses.length, 20);
  });

  it('rejects duplicate ids, compared without case', async () => {
    const err = await graphError(
      batch([
        { id: 'a', method: 'GET', url: '/me' },
        { id: 'A', method: 'GET', url: '/me' },
      ]),
    );
    assert.equal(err.statusCode, 400);
  });

  it('rejects a dependsOn that names an unknown id', async () => {
    const err = await graphError(batch([{ id: '1', method: 'GET', url: '/me', dependsOn: ['9'] }]));
    assert.equal(err.statusCode, 400);
  });

  it('fails the dependants of a failed request with 424 and runs those of a good one', async () => {
    const res = (await batch([
      { id: '1', method: 'GET', url: '/me/drive/items/missing' },
      { id: '2', method: 'GET', url: '/me', dependsOn: ['1'] },
      { id: '3', method: 'GET', url: '/me' },
      { id: '4', method: 'GET', url: '/me/drive', dependsOn: ['3'] },
    ])) as BatchAnswer;
    const status = Object.fromEntries(res.responses.map((r) => [r.id, r.status]));
    assert.deepEqual(status, { '1': 404, '2': 424, '3': 200, '4': 200 });
  });

  it('throttles one inner request with its own Retry-After while the batch answers 200', async () => {
    await t.admin('POST', '/_sandbox/faults', {
      method: 'POST',
      path: '/v1.0/me/drive/**/invite',
      status: 429,
      retryAfter: 0,
      times: 1,
    });
    const token = await t.token('ana@contoso.com');
    const res = await fetch(`${t.sandbox.graphBaseUrl}/$batch`, {
      method: 'POST',
      headers: { Authorization: `Bearer ${token}`, 'Content-Type': 'application/json' },
      body: JSON.stringify({
        requests: [
          { id: 'me', method: 'GET', url: '/me' },
          {
            id: 'share',
            method: 'POST',
            url: '/me/drive/root:/Reports/report.xlsx:/invite',
            headers: { 'Content-Type': 'application/json' },
            body: {
              recipients: [{ email: 'erin@contoso.com' }],
              roles: ['read'],
              requireSignIn: true,
              sendInvitation: true,
            },
          },
        ],
      }),
    });
    assert.equal(res.status, 200);
    const body = (await res.json()) as BatchAnswer;
    const share = body.responses.find((r) => r.id === 'share');
    assert.ok(share);
    assert.equal(share.status, 429);
    assert.equal(share.headers['Retry-After'], '0');
    assert.equal((share.body as { error: { code: string } }).error.code, 'activityLimitReached');
    assert.equal(body.responses.find((r) => r.id === 'me')?.status, 200);
  });

  it('logs each inner request with the batch id', async () => {
    await t.admin('DELETE', '/_sandbox/requests');
    await batch([
      { id: 'x', method: 'GET', url: '/me' },
      { id: 'y', method: 'GET', url: 'https://graph.microsoft.com/v1.0/me/drive' },
    ]);
    const log = (await t.admin('GET', '/_sandbox/requests')).body as { value: Array<Record<string, string>> };
    const outer = log.value.find((e) => e.path === '/v1.0/$batch');
    const inner = log.value.filter((e) => e.batchId);
    assert.ok(outer);
    assert.deepEqual(inner.map((e) => [e.batchEntryId, e.path]).sort(), [
      ['x', '/v1.0/me'],
      ['y', '/v1.0/me/drive'],
    ]);
    assert.equal(new Set(inner.map((e) => e.batchId)).size, 1);
  });
});
