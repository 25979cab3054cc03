import assert from 'node:assert/strict';
import { createGraphPortFactory } from '../../src/graph/create-graph-port';
import type { GraphPort, Lookup } from '../../src/graph/port';
import { FakeGraphServer, graphError, type RecordedRequest } from './helpers/fake-graph-server';
import { odbFile, odbSearchHit, personAna, remoteHit } from './helpers/graph-json-samples';

const FAST_RETRY = { maxRetries: 2, maxDelaySeconds: 0.05 };
const ok = (body: unknown) => ({ status: 200, body });
const startsWith = (prefix: string) => (request: RecordedRequest) => request.path.startsWith(prefix);

describe('Graph port lookups', () => {
  let fake: FakeGraphServer;
  let port: GraphPort;

  beforeEach(async () => {
    fake = await FakeGraphServer.start();
    port = createGraphPortFactory({ graphOrigin: fake.origin, retry: FAST_RETRY })(async () => 'token');
  });
  afterEach(() => fake.close());

  it('answers three lookups with exactly one $batch request, outcomes in query order', async () => {
    fake
      .on('GET', startsWith('/me/drive/search('), ok({ value: [odbSearchHit, remoteHit] }))
      .on('GET', '/me/people', ok({ value: [personAna] }))
      .on('GET', '/users/u-ana', ok({ id: 'u-ana', displayName: 'Ana Lima', mail: 'ana@contoso.com' }));
    const [files, people, user] = await port.lookup([
      { kind: 'searchFiles', query: 'budget' },
      { kind: 'people', query: 'ana' },
      { kind: 'user', id: 'u-ana' },
    ] as const);
    assert.equal(fake.httpRequests.length, 1);
    assert.equal(fake.batchRequests.length, 1);
    assert.deepEqual(files.ok && files.value.map((item) => [item.driveId, item.id, item.remote ?? false]), [
      ['b!driveAna', '01HIT', false],
      ['b!driveBo', '01REMOTEITEM', true],
    ]);
    assert.deepEqual(people.ok && people.value[0].email, 'ana.obrien@contoso.com');
    assert.deepEqual(user.ok && user.value?.id, 'u-ana');
  });

  it('sends a single lookup as a plain GET, not a batch', async () => {
    fake.on('GET', '/drives/b!d/items/01ABCFILE', ok(odbFile));
    const [item] = await port.lookup([{ kind: 'item', driveId: 'b!d', itemId: '01ABCFILE' }] as const);
    assert.equal(item.ok && item.value?.name, 'report.xlsx');
    assert.deepEqual(
      fake.httpRequests.map((request) => [request.method, request.path]),
      [['GET', '/drives/b!d/items/01ABCFILE']],
    );
  });

  it('answers no lookups without calling Graph', async () => {
    assert.deepEqual(await port.lookup([]), []);
    assert.equal(fake.requests.length, 0);
  });

  it('re-batches a throttled sub-request alone and returns its later answer', async () => {
    fake
      .on(
        'GET',
        '/me/people',
        graphError(429, 'activityLimitReached', { 'Retry-After': '0' }),
        ok({ value: [personAna] }),
      )
      .on('GET', '/me/drive/following', ok({ value: [odbFile] }));
    const [people, following] = await port.lookup([
      { kind: 'people', query: 'ana' },
      { kind: 'following' },
    ] as const);
    assert.equal(people.ok && people.value.length, 1);
    assert.equal(following.ok && following.value.length, 1);
    const batches = fake.batchRequests.map((batch) =>
      (batch.body as { requests: { url: string }[] }).requests.map((r) => r.url.split('?')[0]),
    );
    assert.deepEqual(batches, [['/me/people', '/me/drive/following'], ['/me/people']]);
  });

  it('gives up re-batching after the bound with a throttled failure carrying Retry-After', async () => {
    fake
      .on('GET', '/me/people', graphError(429, 'activityLimitReached', { 'Retry-After': '0.01' }))
      .on('GET', '/me/drive/following', ok({ value: [] }));
    const [people, following] = await port.lookup([
      { kind: 'people', query: 'ana' },
      { kind: 'following' },
    ] as const);
    assert.deepEqual(people.ok ? null : [people.error.kind, people.error.retryAfterSeconds], [
      'throttled',
      0.01,
    ]);
    assert.equal(following.ok, true);
    assert.equal(fake.batchRequests.length, 1 + FAST_RETRY.maxRetries);
  });

  it('does not re-batch when Graph asks for a wait longer than the bound', async () => {
    fake.on('GET', '/me/people', graphError(503, 'serviceNotAvailable', { 'Retry-After': '120' }));
    const [people] = await port.lookup([{ kind: 'people', query: 'ana' }, { kind: 'following' }] as const);
    assert.deepEqual(people.ok ? null : [people.error.kind, people.error.retryAfterSeconds], [
      'unavailable',
      120,
    ]);
    assert.equal(fake.batchRequests.length, 1);
  });

  it('splits 21 lookups into two batches of at most 20', async () => {
    fake.on('GET', startsWith('/users/'), ok({ id: 'x', displayName: 'X' }));
    const queries: Lookup[] = Array.from({ length: 21 }, (_, index) => ({ kind: 'user', id: `u${index}` }));
    const outcomes = await port.lookup(queries);
    assert.equal(outcomes.length, 21);
    assert.ok(outcomes.every((outcome) => outcome.ok));
    const sizes = fake.batchRequests.map((batch) => (batch.body as { requests: unknown[] }).requests.length);
    assert.deepEqual(
      sizes.sort((a, b) => a - b),
      [1, 20],
    );
  });

  it('answers null for single things that do not exist, and an error for a missing list', async () => {
    const outcomes = await port.lookup([
      { kind: 'itemByPath', path: '/nope.txt' },
      { kind: 'specialFolder', name: 'music' },
      { kind: 'sharedUrl', url: 'https://contoso.sharepoint.com/:x:/gone' },
      { kind: 'item', driveId: 'd', itemId: 'gone' },
      { kind: 'user', id: 'gone' },
      { kind: 'userByEmail', email: 'nobody@contoso.com' },
      { kind: 'permissions', item: { driveId: 'd', itemId: 'gone' } },
    ] as const);
    assert.deepEqual(
      outcomes.slice(0, 6).map((outcome) => outcome.ok && outcome.value),
      [null, null, null, null, null, null],
    );
    assert.deepEqual(outcomes[6].ok ? null : outcomes[6].error.kind, 'notFound');
  });

  it('finds no user by email when the filter matches nobody', async () => {
    fake.on('GET', '/users', ok({ value: [] }));
    const [user] = await port.lookup([{ kind: 'userByEmail', email: 'nobody@contoso.com' }] as const);
    assert.deepEqual(user, { ok: true, value: null });
  });

  it('reports other sub-request failures per query, leaving the rest intact', async () => {
    fake
      .on('GET', '/me/people', graphError(403, 'accessDenied'))
      .on('GET', '/me/drive/following', ok({ value: [] }));
    const [people, following] = await port.lookup([
      { kind: 'people', query: 'ana' },
      { kind: 'following' },
    ] as const);
    assert.deepEqual(people.ok ? null : [people.error.kind, people.error.code], [
      'forbidden',
      'accessDenied',
    ]);
    assert.deepEqual(following, { ok: true, value: [] });
  });

  it('fails every query of a batch Graph refused as a whole', async () => {
    fake.on('POST', '/$batch', graphError(401, 'InvalidAuthenticationToken'));
    const outcomes = await port.lookup([{ kind: 'following' }, { kind: 'user', id: 'u1' }] as const);
    assert.deepEqual(
      outcomes.map((outcome) => (outcome.ok ? 'ok' : outcome.error.kind)),
      ['unauthenticated', 'unauthenticated'],
    );
  });

  it("escapes a quote in a file search: q='O''Brien notes'", async () => {
    await port.lookup([{ kind: 'searchFiles', query: "O'Brien notes", top: 5 }] as const);
    const [request] = fake.httpRequests;
    assert.equal(request.path, "/me/drive/search(q='O''Brien%20notes')");
    assert.match(request.query, /\$top=5/);
    assert.equal(decodeURIComponent(request.path), "/me/drive/search(q='O''Brien notes')");
  });

  it('encodes each segment of a drive path and closes it with a colon', async () => {
    await port.lookup([{ kind: 'itemByPath', path: '/Q1 #2/100% done?/café 🎉.xlsx' }] as const);
    assert.equal(
      fake.httpRequests[0].path,
      '/me/drive/root:/Q1%20%232/100%25%20done%3F/caf%C3%A9%20%F0%9F%8E%89.xlsx:',
    );
  });

  it('resolves a pasted sharing URL through /shares with the encoded token, peeking only', async () => {
    fake.on('GET', startsWith('/shares/'), ok(odbFile));
    const url = 'https://contoso.sharepoint.com/:x:/s/Team/EaBc?e=x~y';
    const [shared] = await port.lookup([{ kind: 'sharedUrl', url }] as const);
    const [request] = fake.httpRequests;
    assert.equal(
      request.path,
      '/shares/u!aHR0cHM6Ly9jb250b3NvLnNoYXJlcG9pbnQuY29tLzp4Oi9zL1RlYW0vRWFCYz9lPXh-eQ/driveItem',
    );
    assert.equal(request.headers.prefer, 'redeemSharingLinkIfNecessary');
    assert.equal(
      shared.ok && shared.value?.shareId,
      'u!aHR0cHM6Ly9jb250b3NvLnNoYXJlcG9pbnQuY29tLzp4Oi9zL1RlYW0vRWFCYz9lPXh-eQ',
    );
  });

  it('searches people with a quoted, encoded phrase and selects only card fields', async () => {
    await port.lookup([{ kind: 'people', query: 'Ana Lima', top: 5 }] as const);
    const params = new URLSearchParams(fake.httpRequests[0].query);
    assert.equal(params.get('$search'), '"Ana Lima"');
    assert.equal(params.get('$top'), '5');
    assert.match(params.get('$select') ?? '', /scoredEmailAddresses/);
  });

  it("filters users by name prefix across five fields with '' escaping", async () => {
    await port.lookup([{ kind: 'usersByName', query: "o'br" }] as const);
    const params = new URLSearchParams(fake.httpRequests[0].query);
    assert.equal(
      params.get('$filter'),
      "startswith(displayName,'o''br') or startswith(givenName,'o''br') or startswith(surname,'o''br') or startswith(mail,'o''br') or startswith(userPrincipalName,'o''br')",
    );
    assert.match(params.get('$select') ?? '', /userType/);
  });

  it('searches the directory by the start of each word, as the advanced query it is', async () => {
    fake.on(
      'GET',
      '/users',
      ok({ value: [{ id: 'u1', displayName: 'Jon Smith', mail: 'jon@contoso.com' }] }),
    );
    const [found] = await port.lookup([{ kind: 'usersByWords', stems: ['Jon', 'Smi'], top: 25 }] as const);
    assert.deepEqual(found.ok && found.value.map((person) => person.id), ['u1']);
    const request = fake.httpRequests[0];
    const params = new URLSearchParams(request.query);
    assert.equal(params.get('$search'), '"displayName:Jon" OR "mail:Jon" OR "displayName:Smi" OR "mail:Smi"');
    assert.equal(params.get('$top'), '25');
    assert.equal(String(request.headers.consistencylevel ?? request.headers.ConsistencyLevel), 'eventual');
  });

  it('looks a user up by mail or UPN, encoding a guest #EXT# address', async () => {
    const guest = 'adele_adatum.com#EXT#@contoso.com';
    fake.on(
      'GET',
      '/users',
      ok({
        value: [
          {
            id: 'g1',
            displayName: 'Adele',
            mail: 'adele@adatum.com',
            userPrincipalName: guest,
            userType: 'Guest',
          },
        ],
      }),
    );
    const [user] = await port.lookup([{ kind: 'userByEmail', email: guest }] as const);
    assert.equal(user.ok && user.value?.id, 'g1');
    assert.match(fake.httpRequests[0].query, /%23EXT%23/);
    assert.equal(
      new URLSearchParams(fake.httpRequests[0].query).get('$filter'),
      `mail eq '${guest}' or userPrincipalName eq '${guest}'`,
    );
  });

  it('finds groups by name prefix or exact mail', async () => {
    fake.on(
      'GET',
      '/groups',
      ok({ value: [{ id: 'grp', displayName: 'Sales', mail: 'sales@contoso.com' }] }),
    );
    const [groups] = await port.lookup([{ kind: 'groupsByName', query: 'sales' }] as const);
    assert.deepEqual(groups.ok && groups.value, [
      { kind: 'group', id: 'grp', displayName: 'Sales', email: 'sales@contoso.com' },
    ]);
    assert.equal(
      new URLSearchParams(fake.httpRequests[0].query).get('$filter'),
      "startswith(displayName,'sales') or mail eq 'sales'",
    );
  });

  it('reads one group by id, and answers null for a group that does not exist', async () => {
    fake
      .on('GET', '/groups/grp', ok({ id: 'grp', displayName: 'Launch', mail: 'launch@contoso.com' }))
      .on('GET', '/groups/gone', graphError(404, 'Request_ResourceNotFound'));
    const [group, gone] = await port.lookup([
      { kind: 'group', id: 'grp' },
      { kind: 'group', id: 'gone' },
    ] as const);
    assert.deepEqual(group.ok && group.value, {
      kind: 'group',
      id: 'grp',
      displayName: 'Launch',
      email: 'launch@contoso.com',
    });
    assert.equal(gone.ok && gone.value, null);
  });

  it('lists an item’s permissions', async () => {
    fake.on(
      'GET',
      '/drives/d/items/i/permissions',
      ok({ value: [{ id: 'p1', roles: ['read'], link: { type: 'view', scope: 'organization' } }] }),
    );
    const [permissions] = await port.lookup([
      { kind: 'permissions', item: { driveId: 'd', itemId: 'i' } },
    ] as const);
    assert.deepEqual(permissions.ok && permissions.value[0].link, { type: 'view', scope: 'organization' });
  });

  it('reports a body Graph should never send as an unexpected response, not a crash', async () => {
    fake.on('GET', '/me/drive/following', ok({ notValue: true }));
    const [following] = await port.lookup([{ kind: 'following' }] as const);
    assert.deepEqual(following.ok ? null : [following.error.kind, following.error.code], [
      'unknown',
      'unexpectedResponse',
    ]);
  });
});
