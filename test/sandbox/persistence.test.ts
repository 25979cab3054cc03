import assert from 'node:assert/strict';
import { mkdtemp, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fixtureTenant, startTestSandbox, users } from './helpers/sandbox-fixture';

type Permission = { id: string; roles: string[]; grantedToV2?: { user?: { id: string } } };

describe('sandbox state', () => {
  let stateDir: string;
  beforeEach(async () => {
    stateDir = await mkdtemp(join(tmpdir(), 'sandbox-state-'));
  });
  afterEach(async () => {
    await rm(stateDir, { recursive: true, force: true });
  });

  const invite = (email: string) => ({
    recipients: [{ email }],
    roles: ['write'],
    requireSignIn: true,
    sendInvitation: false,
  });

  it('keeps grants, ids, eTags, webUrls and tokens across a restart', async () => {
    const first = await startTestSandbox({ stateDir });
    const token = await first.token('ana@contoso.com');
    const ana = await first.client('ana@contoso.com');
    const erin = await first.client('erin@contoso.com');
    const before = await erin.api("/me/drive/root:/Erin's notes.txt").get();
    await ana.api('/me/drive/root:/Budget 2024.xlsx:/invite').post(invite('ben@contoso.com'));
    const permissions = (await ana.api('/me/drive/root:/Budget 2024.xlsx:/permissions').get()).value;
    await first.stop();

    const second = await startTestSandbox({ stateDir });
    try {
      const res = await fetch(
        `${second.sandbox.graphBaseUrl}/me/drive/root:/Budget%202024.xlsx:/permissions`,
        { headers: { Authorization: `Bearer ${token}` } },
      );
      assert.deepEqual((await res.json()).value, permissions);
      const after = await (await second.client('erin@contoso.com'))
        .api("/me/drive/root:/Erin's notes.txt")
        .get();
      assert.deepEqual([after.id, after.eTag, after.webUrl], [before.id, before.eTag, before.webUrl]);
    } finally {
      await second.stop();
    }
  });

  it('never loses an update when 20 invites on one item run at once', async () => {
    const t = await startTestSandbox({ stateDir });
    try {
      const tenant = fixtureTenant();
      const ana = await t.client('ana@contoso.com');
      const recipients = [
        ...tenant.users
          .map((u) => u.mail as string)
          .filter(
            (m) => !['ana@contoso.com', 'carla@contoso.com'].includes(m) && !m.endsWith('fabrikam.com'),
          ),
      ];
      const emails = Array.from({ length: 20 }, (_, i) =>
        i < recipients.length ? recipients[i] : `visitor${i}@fabrikam.com`,
      );
      await Promise.all(
        emails.map((e) =>
          ana.api('/me/drive/root:/Projects/Alpha/Design notes.docx:/invite').post(invite(e)),
        ),
      );
      await t.stop();
      const again = await startTestSandbox({ stateDir });
      try {
        const list = (
          await (
            await again.client('ana@contoso.com')
          )
            .api('/me/drive/root:/Projects/Alpha/Design notes.docx:/permissions')
            .get()
        ).value as Permission[];
        const direct = list.filter((p) => p.roles[0] === 'write' && p.grantedToV2?.user?.id !== users.carla);
        assert.equal(direct.length, 20);
        assert.equal(new Set(direct.map((p) => p.id)).size, 20);
      } finally {
        await again.stop();
      }
      const files = await readdir(stateDir);
      assert.equal(files.filter((f) => f.endsWith('.tmp')).length, 0);
    } finally {
      await t.stop().catch(() => undefined);
    }
  });

  it('starts fresh when a different tenant file is loaded', async () => {
    const first = await startTestSandbox({ stateDir });
    await (await first.client('ana@contoso.com'))
      .api('/me/drive/root:/Budget 2024.xlsx:/invite')
      .post(invite('ben@contoso.com'));
    await first.stop();
    const tenant = fixtureTenant();
    tenant.tenant.displayName = 'Contoso (changed)';
    const second = await startTestSandbox({ stateDir, tenant });
    try {
      const list = (
        await (
          await second.client('ana@contoso.com')
        )
          .api('/me/drive/root:/Budget 2024.xlsx:/permissions')
          .get()
      ).value as Permission[];
      assert.equal(
        list.some((p) => p.grantedToV2?.user?.id === users.ben),
        false,
      );
    } finally {
      await second.stop();
    }
  });
});
