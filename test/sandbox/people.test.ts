import assert from 'node:assert/strict';
import type { Client } from '@microsoft/microsoft-graph-client';
import { startTestSandbox, type TestSandbox, users } from './helpers/sandbox-fixture';
import { graphError } from './helpers/sdk-client';

type Person = {
  id: string;
  displayName: string;
  personType: { class: string; subclass: string };
  scoredEmailAddresses: Array<{ address: string }>;
};

describe('sandbox people and directory', () => {
  let t: TestSandbox;
  let ana: Client;
  before(async () => {
    t = await startTestSandbox();
    ana = await t.client('ana@contoso.com');
  });
  after(async () => t.stop());

  it('returns the signed-in user with the default property set on /me', async () => {
    const me = await ana.api('/me').get();
    assert.equal(me['@odata.context'], 'https://graph.microsoft.com/v1.0/$metadata#users/$entity');
    assert.equal(me.id, users.ana);
    assert.equal('userType' in me, false);
    assert.deepEqual(
      Object.keys(me).sort(),
      [
        '@odata.context',
        'businessPhones',
        'displayName',
        'givenName',
        'id',
        'jobTitle',
        'mail',
        'mobilePhone',
        'officeLocation',
        'preferredLanguage',
        'surname',
        'userPrincipalName',
      ].sort(),
    );
  });

  it('honours $select on a user and rejects unknown properties with Request_BadRequest', async () => {
    const me = await ana.api('/me').select(['displayName', 'userType']).get();
    assert.deepEqual(me, {
      '@odata.context': 'https://graph.microsoft.com/v1.0/$metadata#users(displayName,userType)/$entity',
      displayName: 'Ana López',
      userType: 'Member',
    });
    const err = await graphError(ana.api('/me').select('shoeSize').get());
    assert.equal(err.code, 'Request_BadRequest');
  });

  it('finds users by id and by userPrincipalName, including a guest whose UPN has #EXT#', async () => {
    assert.equal((await ana.api(`/users/${users.ben}`).get()).displayName, "Ben O'Brien");
    assert.equal((await ana.api('/users/ben@contoso.com').get()).id, users.ben);
    const guest = await ana
      .api(`/users/${encodeURIComponent('gina_fabrikam.com#EXT#@contoso.onmicrosoft.com')}`)
      .get();
    assert.equal(guest.mail, 'gina@fabrikam.com');
    const err = await graphError(ana.api('/users/nobody@contoso.com').get());
    assert.equal(err.statusCode, 404);
    assert.equal(err.code, 'Request_ResourceNotFound');
  });

  const filters: Array<[string, string[]]> = [
    ["startswith(displayName,'ana')", [users.ana, users.anaSilva]],
    ["startswith(givenName,'Ana') and startswith(surname,'S')", [users.anaSilva]],
    ["mail eq 'BEN@contoso.com'", [users.ben]],
    ["userPrincipalName eq 'carla@contoso.com'", [users.carla]],
    ["startswith(surname,'O''Brien')", [users.ben]],
    ["startswith(displayName,'Dan') or startswith(mail,'erin')", [users.dan, users.erin]],
    [
      "(startswith(givenName,'Henry') or startswith(givenName,'Frank')) and startswith(mail,'h')",
      [users.henry],
    ],
  ];
  for (const [filter, expected] of filters) {
    it(`filters users with ${filter}`, async () => {
      const res = await ana.api('/users').filter(filter).get();
      assert.deepEqual(res.value.map((u: { id: string }) => u.id).sort(), [...expected].sort());
    });
  }

  it('refuses endswith without the advanced query headers and accepts it with them', async () => {
    const err = await graphError(ana.api('/users').filter("endswith(mail,'@fabrikam.com')").get());
    assert.equal(err.code, 'Request_UnsupportedQuery');
    const res = await ana
      .api('/users')
      .filter("endswith(mail,'@fabrikam.com')")
      .header('ConsistencyLevel', 'eventual')
      .query({ $count: 'true' })
      .get();
    assert.equal(res['@odata.count'], 1);
    assert.equal(res.value[0].id, users.gina);
  });

  it('answers 400 Request_UnsupportedQuery to $search without ConsistencyLevel: eventual', async () => {
    const err = await graphError(ana.api('/users').search('"displayName:ana"').get());
    assert.equal(err.statusCode, 400);
    assert.equal(err.code, 'Request_UnsupportedQuery');
  });

  it('searches users with ConsistencyLevel: eventual, OR between clauses', async () => {
    const res = await ana
      .api('/users')
      .header('ConsistencyLevel', 'eventual')
      .search('"displayName:silva" OR "mail:henry"')
      .get();
    assert.deepEqual(res.value.map((u: { id: string }) => u.id).sort(), [users.anaSilva, users.henry].sort());
  });

  it('pages users with $top and @odata.nextLink through the SDK', async () => {
    const first = await ana.api('/users').top(4).get();
    assert.equal(first.value.length, 4);
    assert.match(first['@odata.nextLink'], /^https:\/\/graph\.microsoft\.com\/v1\.0\/users\?/);
    const seen = [...first.value];
    let next: string | undefined = first['@odata.nextLink'];
    while (next) {
      const page = await ana.api(next).get();
      seen.push(...page.value);
      next = page['@odata.nextLink'];
    }
    assert.equal(seen.length, 10);
    assert.equal(new Set(seen.map((u) => u.id)).size, 10);
  });

  it('refuses the $count segment without ConsistencyLevel and counts with it', async () => {
    const err = await graphError(ana.api('/users/$count').get());
    assert.equal(err.code, 'Request_BadRequest');
    // The segment answers text/plain (see graph-examples.test.ts), which the SDK hands back as a string.
    assert.equal(Number(await ana.api('/users/$count').header('ConsistencyLevel', 'eventual').get()), 10);
  });

  it('rejects a $top beyond the directory maximum', async () => {
    const err = await graphError(ana.api('/users').top(1000).get());
    assert.equal(err.code, 'Request_BadRequest');
  });

  it('lists and filters groups by name and mail', async () => {
    const byName = await ana.api('/groups').filter("startswith(displayName,'fin')").get();
    assert.deepEqual(
      byName.value.map((g: { mail: string }) => g.mail),
      ['finance@contoso.com'],
    );
    const byMail = await ana
      .api('/groups')
      .filter("mail eq 'design@contoso.com' or mail eq 'finance@contoso.com'")
      .select('id,displayName')
      .get();
    assert.equal(byMail.value.length, 2);
    assert.deepEqual(Object.keys(byMail.value[0]).sort(), ['displayName', 'id']);
    const one = await ana.api('/groups/aaaaaaaa-aaaa-4aaa-8aaa-aaaaaaaaaaaa').get();
    assert.equal(one.displayName, 'Finance Team');
  });

  describe('/me/people', () => {
    const search = async (q: string) =>
      ((await ana.api('/me/people').search(q).get()).value as Person[]).map((p) => p.displayName);

    it('uses scoredEmailAddresses and has no mail property', async () => {
      const res = await ana.api('/me/people').search('ben').get();
      const ben = res.value[0];
      assert.equal(ben.scoredEmailAddresses[0].address, 'ben@contoso.com');
      assert.equal('mail' in ben, false);
      assert.deepEqual(ben.personType, { class: 'Person', subclass: 'OrganizationUser' });
    });

    it('ranks an exact name part above a prefix and a prefix above a fuzzy match', async () => {
      const tenant = await search('dan');
      assert.equal(tenant[0], 'Dan Smith');
      assert.deepEqual(await search('Carla Gomez'), ['Carla Gómez']);
      assert.deepEqual(await search('"Carla Gomes"'), ['Carla Gómez']);
    });

    it('folds accents both ways', async () => {
      assert.deepEqual(await search('gómez'), ['Carla Gómez']);
      assert.deepEqual(await search('gomez'), ['Carla Gómez']);
    });

    it('returns groups as people of type Group', async () => {
      const res = await ana.api('/me/people').search('finance').get();
      const group = (res.value as Person[]).find((p) => p.displayName === 'Finance Team');
      assert.deepEqual(group?.personType, { class: 'Group', subclass: 'UnifiedGroup' });
      assert.equal(group?.scoredEmailAddresses[0].address, 'finance@contoso.com');
    });

    it('does not list the signed-in user', async () => {
      assert.equal((await search('López')).length, 0);
    });

    it('pages by 10 by default and refuses $skip with $search', async () => {
      const res = await ana.api('/me/people').get();
      assert.equal(res.value.length, 10);
      assert.match(res['@odata.nextLink'], /\$skip=10/);
      const err = await graphError(ana.api('/me/people').search('a').skip(1).get());
      assert.equal(err.statusCode, 400);
    });

    it('filters people by personType', async () => {
      const res = await ana.api('/me/people').filter("personType/class eq 'Group'").get();
      assert.deepEqual((res.value as Person[]).map((p) => p.displayName).sort(), [
        'Design Guild',
        'Finance Team',
      ]);
    });
  });
});
