import assert from 'node:assert/strict';
import type { Client } from '@microsoft/microsoft-graph-client';
import { startTestSandbox, type TestSandbox, users } from './helpers/sandbox-fixture';
import { graphError, rawCall } from './helpers/sdk-client';

type Permission = Record<string, unknown> & { id: string; roles: string[] };

const anaDrive = 'b!anaFixtureDrive';
const invite = (email: string, roles = ['read']) => ({
  recipients: [{ email }],
  roles,
  requireSignIn: true,
  sendInvitation: false,
});
const userOf = (p: Permission) => (p.grantedToV2 as { user?: { id: string } } | undefined)?.user?.id;

describe('sandbox permissions', () => {
  let t: TestSandbox;
  let ana: Client;
  let ben: Client;
  before(async () => {
    t = await startTestSandbox();
    ana = await t.client('ana@contoso.com');
    ben = await t.client('ben@contoso.com');
  });
  after(async () => t.stop());

  it('shows the owner every permission, including the owner grant and inherited ones', async () => {
    const list = (await ana.api('/me/drive/root:/Projects/Alpha/report.xlsx:/permissions').get())
      .value as Permission[];
    assert.deepEqual(list[0].roles, ['owner']);
    const carla = list.find((p) => userOf(p) === users.carla);
    assert.deepEqual(carla?.roles, ['write']);
    assert.equal('inheritedFrom' in (carla as Permission), false);
  });

  it('shows a non-owner only the permissions that apply to them', async () => {
    await ana.api('/me/drive/root:/Reports/report.xlsx:/invite').post(invite('carla@contoso.com'));
    const list = (await ben.api(`/drives/${anaDrive}/root:/Reports/report.xlsx:/permissions`).get())
      .value as Permission[];
    assert.deepEqual(list.map(userOf), [users.ben]);
  });

  it('reports inheritedFrom on personal drives only', async () => {
    const erin = await t.client('erin@contoso.com');
    await erin.api('/me/drive/root:/Documents:/invite').post(invite('ben@contoso.com'));
    const list = (await erin.api('/me/drive/root:/Documents/cv.docx:/permissions').get())
      .value as Permission[];
    const inherited = list.find((p) => userOf(p) === users.ben) as Permission;
    assert.equal((inherited.inheritedFrom as { path: string }).path, '/drive/root:/Documents');
  });

  it('gets one permission by id and 404s an unknown id', async () => {
    const list = (await ana.api('/me/drive/root:/Reports/report.xlsx:/permissions').get())
      .value as Permission[];
    const one = await ana.api(`/me/drive/root:/Reports/report.xlsx:/permissions/${list[1].id}`).get();
    assert.equal(one.id, list[1].id);
    const err = await graphError(ana.api('/me/drive/root:/Reports/report.xlsx:/permissions/nope').get());
    assert.equal(err.statusCode, 404);
  });

  it('changes roles with PATCH and refuses the owner role', async () => {
    const granted = (
      await ana.api('/me/drive/root:/Budget 2024.xlsx:/invite').post(invite('frank@contoso.com'))
    ).value[0] as Permission;
    const patched = await ana
      .api(`/me/drive/root:/Budget 2024.xlsx:/permissions/${granted.id}`)
      .patch({ roles: ['write'] });
    assert.deepEqual(patched.roles, ['write']);
    const err = await graphError(
      ana.api(`/me/drive/root:/Budget 2024.xlsx:/permissions/${granted.id}`).patch({ roles: ['owner'] }),
    );
    assert.equal(err.statusCode, 400);
    assert.match(err.message, /Invalid value for role/);
  });

  it("changes only roles with PATCH: other properties of a person's permission are refused", async () => {
    const granted = (
      await ana.api('/me/drive/root:/Budget 2024.xlsx:/invite').post(invite('erin@contoso.com', ['write']))
    ).value[0] as Permission;
    const url = `/me/drive/root:/Budget 2024.xlsx:/permissions/${granted.id}`;
    for (const body of [
      { roles: ['read'], link: { type: 'edit' } },
      { expirationDateTime: '2099-01-01T00:00:00Z' },
    ]) {
      const err = await graphError(ana.api(url).patch(body));
      assert.equal(err.statusCode, 400, JSON.stringify(body));
    }
    assert.deepEqual((await ana.api(url).get()).roles, ['write'], 'nothing changed by the refused calls');
    assert.deepEqual((await ana.api(url).patch({ roles: ['read'] })).roles, ['read']);
  });

  it("refuses to change a sharing link's role, whatever its scope", async () => {
    for (const scope of ['organization', 'users', 'anonymous']) {
      const link = await ana.api('/me/drive/root:/Budget 2024.xlsx:/createLink').post({
        type: 'view',
        scope,
        ...(scope === 'users' ? { recipients: [{ email: 'ben@contoso.com' }] } : {}),
      });
      const url = `/me/drive/root:/Budget 2024.xlsx:/permissions/${link.id}`;
      const err = await graphError(ana.api(url).patch({ roles: ['write'] }));
      assert.equal(err.statusCode, 400, scope);
      assert.deepEqual((await ana.api(url).get()).roles, ['read'], `${scope} link unchanged`);
    }
  });

  it('refuses a role change on an inherited permission or the owner grant, and by a viewer', async () => {
    const list = (await ana.api('/me/drive/root:/Projects/Alpha:/permissions').get()).value as Permission[];
    for (const p of [list.find((x) => userOf(x) === users.carla), list[0]] as Permission[]) {
      const err = await graphError(
        ana.api(`/me/drive/root:/Projects/Alpha:/permissions/${p.id}`).patch({ roles: ['read'] }),
      );
      assert.deepEqual([err.statusCode, err.code], [403, 'notAllowed']);
    }
    const own = (await ben.api(`/drives/${anaDrive}/root:/Reports/report.xlsx:/permissions`).get())
      .value as Permission[];
    const err = await graphError(
      ben
        .api(`/drives/${anaDrive}/root:/Reports/report.xlsx:/permissions/${own[0].id}`)
        .patch({ roles: ['write'] }),
    );
    assert.deepEqual([err.statusCode, err.code], [403, 'accessDenied']);
  });

  it('deletes a direct permission with 204 and an empty body, and access goes away', async () => {
    const granted = (
      await ana.api("/me/drive/root:/Dan's notes.txt:/invite").post(invite('erin@contoso.com'))
    ).value[0] as Permission;
    const erin = await t.client('erin@contoso.com');
    await erin.api(`/drives/${anaDrive}/root:/Dan's notes.txt`).get();
    const res = await rawCall(
      ana.api(`/me/drive/root:/Dan's notes.txt:/permissions/${granted.id}`),
      'delete',
    );
    assert.equal(res.status, 204);
    assert.equal(await res.text(), '');
    assert.equal(
      (await graphError(erin.api(`/drives/${anaDrive}/root:/Dan's notes.txt`).get())).statusCode,
      403,
    );
  });

  it('refuses to delete an inherited permission or the owner grant', async () => {
    const list = (await ana.api('/me/drive/root:/Projects/Alpha:/permissions').get()).value as Permission[];
    for (const p of [list.find((x) => userOf(x) === users.carla), list[0]] as Permission[]) {
      const err = await graphError(ana.api(`/me/drive/root:/Projects/Alpha:/permissions/${p.id}`).delete());
      assert.equal(err.statusCode, 403);
      assert.equal(err.code, 'notAllowed');
    }
  });

  it('refuses changes by someone without write access', async () => {
    const list = (await ben.api(`/drives/${anaDrive}/root:/Reports/report.xlsx:/permissions`).get())
      .value as Permission[];
    const err = await graphError(
      ben.api(`/drives/${anaDrive}/root:/Reports/report.xlsx:/permissions/${list[0].id}`).delete(),
    );
    assert.equal(err.statusCode, 403);
    assert.equal(err.code, 'accessDenied');
  });

  it('revokes grants on a specific-people link only', async () => {
    const link = await ana.api('/me/drive/root:/Reports/Q1 plan [draft].docx:/createLink').post({
      type: 'edit',
      scope: 'users',
      recipients: [{ email: 'ben@contoso.com' }, { email: 'carla@contoso.com' }],
    });
    assert.equal(link.grantedToIdentitiesV2.length, 2);
    assert.equal(
      (
        await ben
          .api(
            `/drives/${anaDrive}/items/${(await ana.api('/me/drive/root:/Reports/Q1 plan [draft].docx').get()).id}`,
          )
          .get()
      ).name,
      'Q1 plan [draft].docx',
    );
    const after = await ana
      .api(`/me/drive/root:/Reports/Q1 plan [draft].docx:/permissions/${link.id}/revokeGrants`)
      .post({ grantees: [{ email: 'ben@contoso.com' }] });
    assert.deepEqual(
      after.grantedToIdentitiesV2.map((g: { user: { id: string } }) => g.user.id),
      [users.carla],
    );
    const org = await ana
      .api('/me/drive/root:/Reports/Q1 plan [draft].docx:/createLink')
      .post({ type: 'view', scope: 'organization' });
    const err = await graphError(
      ana
        .api(`/me/drive/root:/Reports/Q1 plan [draft].docx:/permissions/${org.id}/revokeGrants`)
        .post({ grantees: [{ email: 'ben@contoso.com' }] }),
    );
    assert.equal(err.statusCode, 400);
  });

  it('creates a link once (201) and returns the same link again (200)', async () => {
    const first = await rawCall(ana.api('/me/drive/root:/Projects:/createLink'), 'post', {
      type: 'view',
      scope: 'organization',
    });
    const again = await rawCall(ana.api('/me/drive/root:/Projects:/createLink'), 'post', {
      type: 'view',
      scope: 'organization',
    });
    assert.equal(first.status, 201);
    assert.equal(again.status, 200);
    assert.equal((await first.json()).id, (await again.json()).id);
  });

  it('refuses organization links on personal drives and embed links on business drives', async () => {
    const erin = await t.client('erin@contoso.com');
    assert.equal(
      (
        await graphError(
          erin
            .api("/me/drive/root:/Erin's notes.txt:/createLink")
            .post({ type: 'view', scope: 'organization' }),
        )
      ).statusCode,
      400,
    );
    assert.equal(
      (await graphError(ana.api('/me/drive/root:/Projects:/createLink').post({ type: 'embed' }))).statusCode,
      400,
    );
  });
});
