import assert from 'node:assert/strict';
import type { Client } from '@microsoft/microsoft-graph-client';
import { startTestSandbox, type TestSandbox, users } from './helpers/sandbox-fixture';
import { graphError } from './helpers/sdk-client';

type Permission = Record<string, unknown> & { id: string; roles: string[] };

describe('sandbox against Microsoft Graph reference examples', () => {
  let t: TestSandbox;
  let ana: Client;
  before(async () => {
    t = await startTestSandbox();
    ana = await t.client('ana@contoso.com');
  });
  after(async () => t.stop());

  it('answers 400 to revokeGrants on a permission that is not a sharing link', async () => {
    const file = '/me/drive/root:/Reports/report.xlsx:';
    await ana.api(`${file}/invite`).post({
      recipients: [{ email: 'carla@contoso.com' }],
      roles: ['read'],
      requireSignIn: true,
      sendInvitation: false,
    });
    const list = (await ana.api(`${file}/permissions`).get()).value as Permission[];
    const owner = list[0];
    const direct = list.find((p) => p.roles[0] !== 'owner' && !p.link) as Permission;
    for (const p of [owner, direct]) {
      const err = await graphError(
        ana
          .api(`${file}/permissions/${p.id}/revokeGrants`)
          .post({ grantees: [{ email: 'ben@contoso.com' }] }),
      );
      assert.equal(err.statusCode, 400);
    }
  });

  it('answers the $count segment as text/plain, and base64 inside $batch', async () => {
    const headers = {
      Authorization: `Bearer ${await t.token('ana@contoso.com')}`,
      ConsistencyLevel: 'eventual',
    };
    const direct = await fetch(`${t.sandbox.url}/v1.0/users/$count`, { headers });
    assert.match(direct.headers.get('content-type') ?? '', /^text\/plain/);
    assert.equal(await direct.text(), '10');
    const batch = await ana.api('/$batch').post({
      requests: [{ id: '1', method: 'GET', url: '/users/$count', headers: { ConsistencyLevel: 'eventual' } }],
    });
    const entry = batch.responses[0];
    assert.match(entry.headers['Content-Type'], /^text\/plain/);
    assert.equal(Buffer.from(entry.body, 'base64').toString(), '10');
  });

  it('sends @odata.count on the first page of a paged user list only', async () => {
    const first = await ana
      .api('/users')
      .header('ConsistencyLevel', 'eventual')
      .query({ $count: 'true' })
      .top(4)
      .get();
    assert.equal(first['@odata.count'], 10);
    const second = await ana.api(first['@odata.nextLink']).header('ConsistencyLevel', 'eventual').get();
    assert.equal(second.value.length, 4);
    assert.equal('@odata.count' in second, false);
  });

  it("reads a user with key syntax /users('upn')", async () => {
    const me = await ana.api('/me').get();
    const byKey = await ana.api("/users('ana@contoso.com')").get();
    assert.equal(byKey.id, me.id);
  });

  it('answers 400 to $expand on users and groups, which model no navigation property', async () => {
    for (const url of ['/users', '/me', '/groups']) {
      const err = await graphError(ana.api(url).expand('foo').get());
      assert.equal(err.statusCode, 400);
      assert.equal(err.code, 'Request_BadRequest');
    }
  });

  it('orders children with $orderby=name desc', async () => {
    const plain = (await ana.api('/me/drive/root/children').get()).value as Array<{ name: string }>;
    const desc = (await ana.api('/me/drive/root/children').orderby('name desc').get()).value as Array<{
      name: string;
    }>;
    const names = plain.map((c) => c.name.toLowerCase()).sort();
    assert.deepEqual(
      desc.map((c) => c.name.toLowerCase()),
      names.reverse(),
    );
    const err = await graphError(ana.api('/me/drive/root/children').orderby('color desc').get());
    assert.equal(err.statusCode, 400);
  });

  it('parses nested options in $expand=children($select=id,name)', async () => {
    const root = await ana.api('/me/drive/root').expand('children($select=id,name)').get();
    assert.ok(root.children.length > 0);
    for (const child of root.children) assert.deepEqual(Object.keys(child).sort(), ['id', 'name']);
  });

  it("returns Graph's default group properties, null or empty where the tenant file is silent", async () => {
    const group = (await ana.api('/groups').get()).value[0];
    for (const name of ['classification', 'createdDateTime', 'membershipRule', 'theme', 'securityIdentifier'])
      assert.equal(group[name], null, name);
    assert.deepEqual(group.proxyAddresses, []);
    assert.equal(typeof group.displayName, 'string');
  });

  it('lists memberOf and transitiveMemberOf, for /me and /users/{id}', async () => {
    const finance = 'aaaaaaaa-aaaa-4aaa-8aaa-aaaaaaaaaaaa';
    for (const url of ['/me/memberOf', '/me/transitiveMemberOf', `/users/${users.henry}/memberOf`]) {
      const res = await ana.api(url).get();
      assert.deepEqual(
        res.value.map((g: { id: string }) => g.id),
        [finance],
        url,
      );
      assert.equal(res.value[0]['@odata.type'], '#microsoft.graph.group');
    }
    const design = await ana.api(`/users/${users.anaSilva}/transitiveMemberOf`).select('id').get();
    assert.deepEqual(
      design.value.map((g: { id: string }) => g.id),
      ['bbbbbbbb-bbbb-4bbb-8bbb-bbbbbbbbbbbb'],
    );
  });

  it('answers checkMemberGroups with the ids the user belongs to', async () => {
    const groupIds = ['aaaaaaaa-aaaa-4aaa-8aaa-aaaaaaaaaaaa', 'bbbbbbbb-bbbb-4bbb-8bbb-bbbbbbbbbbbb'];
    const mine = await ana.api('/me/checkMemberGroups').post({ groupIds });
    assert.deepEqual(mine.value, [groupIds[0]]);
    const hers = await ana.api(`/users/${users.anaSilva}/checkMemberGroups`).post({ groupIds });
    assert.deepEqual(hers.value, [groupIds[1]]);
    const err = await graphError(ana.api('/me/checkMemberGroups').post({ groupIds: 'x' }));
    assert.equal(err.statusCode, 400);
  });

  it('filters with eq null as an advanced query, counting the matches', async () => {
    const err = await graphError(ana.api('/users').filter('jobTitle eq null').get());
    assert.equal(err.code, 'Request_UnsupportedQuery');
    const res = await ana
      .api('/users')
      .filter('jobTitle eq null')
      .header('ConsistencyLevel', 'eventual')
      .query({ $count: 'true' })
      .get();
    assert.equal(res['@odata.count'], 7);
    assert.equal(res.value.length, 7);
    for (const u of res.value) assert.equal(u.jobTitle, null);
  });

  it('filters groups with a lambda on groupTypes, and refuses one on a collection it does not model', async () => {
    const unified = await ana.api('/groups').filter("groupTypes/any(c:c eq 'Unified')").get();
    assert.equal(unified.value.length, 2);
    const none = await ana.api('/groups').filter("groupTypes/any(c:c eq 'DynamicMembership')").get();
    assert.deepEqual(none.value, []);
    const phones = await ana.api('/users').filter("businessPhones/any(p:startswith(p,'+1'))").get();
    assert.deepEqual(phones.value, []);
    const err = await graphError(ana.api('/users').filter("otherMails/any(m:m eq 'a@b.c')").get());
    assert.equal(err.code, 'Request_UnsupportedQuery');
  });
});
