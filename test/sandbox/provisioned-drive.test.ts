import assert from 'node:assert/strict';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { validateTenant } from '../../src/sandbox/tenant/validate-tenant';
import { fixtureTenant, startTestSandbox, users } from './helpers/sandbox-fixture';
import { graphError } from './helpers/sdk-client';

// https://learn.microsoft.com/graph/api/drive-get: a licensed user's OneDrive is provisioned on first delegated request.
describe('sandbox OneDrive provisioning', () => {
  let stateDir: string;
  beforeEach(async () => {
    stateDir = await mkdtemp(join(tmpdir(), 'sandbox-provision-'));
  });
  afterEach(async () => {
    await rm(stateDir, { recursive: true, force: true });
  });

  it('gives a licensed user without a drive an empty OneDrive for work or school, owned by them', async () => {
    const t = await startTestSandbox({ stateDir });
    try {
      const carla = await t.client('carla@contoso.com');
      const drive = await carla.api('/me/drive').get();
      assert.equal(drive.driveType, 'business');
      assert.match(drive.id, /^b!/);
      assert.equal(drive.owner.user.id, users.carla);
      assert.equal(drive.owner.user.displayName, 'Carla Gómez');
      assert.equal(drive.webUrl, 'https://contoso-my.sharepoint.com/personal/carla_contoso_com/Documents');
      const root = await carla.api('/me/drive/root').get();
      assert.equal(root.parentReference.driveId, drive.id);
      assert.equal(root.folder.childCount, 0);
      assert.deepEqual((await carla.api('/me/drive/root/children').get()).value, []);
      assert.deepEqual((await carla.api("/me/drive/root/search(q='report')").get()).value, []);
      assert.equal((await carla.api('/me/drive').get()).id, drive.id);
      assert.equal((await carla.api(`/drives/${drive.id}`).get()).id, drive.id);
      const ana = await t.client('ana@contoso.com');
      assert.equal((await ana.api(`/users/${users.carla}/drive`).get()).id, drive.id);
    } finally {
      await t.stop();
    }
  });

  it('serves the same provisioned drive, and grants on it, after a restart', async () => {
    const first = await startTestSandbox({ stateDir });
    const carla = await first.client('carla@contoso.com');
    const drive = await carla.api('/me/drive').get();
    const root = await carla.api('/me/drive/root').get();
    await carla.api('/me/drive/root/invite').post({
      recipients: [{ email: 'erin@contoso.com' }],
      roles: ['read'],
      requireSignIn: true,
      sendInvitation: false,
    });
    const permissions = (await carla.api('/me/drive/root/permissions').get()).value;
    await first.stop();

    const second = await startTestSandbox({ stateDir });
    try {
      const again = await second.client('carla@contoso.com');
      assert.deepEqual(await again.api('/me/drive').get(), drive);
      const rootAgain = await again.api('/me/drive/root').get();
      assert.deepEqual([rootAgain.id, rootAgain.eTag, rootAgain.webUrl], [root.id, root.eTag, root.webUrl]);
      assert.deepEqual((await again.api('/me/drive/root/permissions').get()).value, permissions);
    } finally {
      await second.stop();
    }
  });

  it('answers 404 for a user whose oneDriveLicense is false', async () => {
    const t = await startTestSandbox({ stateDir });
    try {
      const ben = await t.client('ben@contoso.com');
      for (const path of ['/me/drive', '/me/drive/root', '/me/drive/root/children']) {
        assert.equal((await graphError(ben.api(path).get())).statusCode, 404, path);
      }
      const ana = await t.client('ana@contoso.com');
      assert.equal((await graphError(ana.api(`/users/${users.ben}/drive`).get())).statusCode, 404);
    } finally {
      await t.stop();
    }
  });

  it('rejects a tenant file whose oneDriveLicense is not a boolean, or false for a drive owner', () => {
    const tenant = fixtureTenant();
    const ana = tenant.users.find((u) => u.id === users.ana);
    assert.ok(ana);
    Object.assign(ana, { oneDriveLicense: 'yes' });
    assert.throws(() => validateTenant(tenant), /users\[0\]\.oneDriveLicense: must be true or false/);
    ana.oneDriveLicense = false;
    assert.throws(() => validateTenant(tenant), /has oneDriveLicense false, so no OneDrive/);
  });
});
