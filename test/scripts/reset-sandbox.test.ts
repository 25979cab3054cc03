import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { mkdtemp, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { resetSandboxState } from '../../scripts/reset-sandbox';
import { startTestSandbox } from '../sandbox/helpers/sandbox-fixture';

type Permission = { grantedToV2?: { user?: { email?: string } }; invitation?: { email?: string } };

const invite = {
  recipients: [{ email: 'ben@contoso.com' }],
  roles: ['write'],
  requireSignIn: true,
  sendInvitation: false,
};

describe('npm run sandbox:reset', () => {
  let stateDir: string;
  beforeEach(async () => {
    stateDir = await mkdtemp(join(tmpdir(), 'sandbox-reset-'));
  });
  afterEach(async () => {
    await rm(stateDir, { recursive: true, force: true });
  });

  it('makes the next sandbox start from the tenant file, forgetting a grant made before, and keeps tokens valid', async () => {
    const first = await startTestSandbox({ stateDir });
    const token = await first.token('ana@contoso.com');
    const ana = await first.client('ana@contoso.com');
    const path = '/me/drive/root:/Budget 2024.xlsx:/permissions';
    const untouched = (await ana.api(path).get()).value as Permission[];
    await ana.api('/me/drive/root:/Budget 2024.xlsx:/invite').post(invite);
    assert.equal(((await ana.api(path).get()).value as Permission[]).length, untouched.length + 1);
    await first.stop();

    const deleted = resetSandboxState(stateDir);
    assert.equal(deleted.length, 1);
    assert.match(deleted[0], /^state-.+\.json$/);

    const second = await startTestSandbox({ stateDir });
    try {
      const res = await fetch(
        `${second.sandbox.graphBaseUrl}/me/drive/root:/Budget%202024.xlsx:/permissions`,
        {
          headers: { Authorization: `Bearer ${token}` },
        },
      );
      assert.equal(res.status, 200, 'the token signed before the reset still works');
      assert.deepEqual((await res.json()).value, untouched);
    } finally {
      await second.stop();
    }
  });

  it('deletes only state files and interrupted writes, leaving the token key and anything else', async () => {
    for (const name of ['state-abc123.json', '.0a1b2c3d4e5f.tmp', 'token-secret', 'notes.txt']) {
      await writeFile(join(stateDir, name), 'x');
    }
    assert.deepEqual(resetSandboxState(stateDir).sort(), ['.0a1b2c3d4e5f.tmp', 'state-abc123.json']);
    assert.deepEqual((await readdir(stateDir)).sort(), ['notes.txt', 'token-secret']);
  });

  it('does nothing when the sandbox never saved anything', () => {
    const missing = join(stateDir, 'never-created');
    assert.deepEqual(resetSandboxState(missing), []);
    assert.equal(existsSync(missing), false);
  });
});
