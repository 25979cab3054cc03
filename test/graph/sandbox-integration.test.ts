import assert from 'node:assert/strict';
import { SandboxTokenSource } from '../../src/auth/sandbox-token-source';
import type { TokenRequester } from '../../src/auth/token-source';
import { createGraphPortFactory } from '../../src/graph/create-graph-port';
import type { GraphPort } from '../../src/graph/port';
import { type RunningSandbox, startSandbox, type TenantFile } from '../../src/sandbox/index';

const ana = '1a1a1a1a-0000-4000-8000-000000000001';
const robin = '1a1a1a1a-0000-4000-8000-000000000002';
const ben = '1a1a1a1a-0000-4000-8000-000000000003';
const dan = '1a1a1a1a-0000-4000-8000-000000000004';

/** A small tenant of our own, so this suite does not depend on the sandbox's fixtures. */
const tenant: TenantFile = {
  tenant: {
    id: '1a1a1a1a-0000-4000-8000-0000000000ff',
    displayName: 'Contoso',
    domains: ['contoso.com'],
    externalSharing: 'enabled',
  },
  users: [
    { id: ana, displayName: 'Ana Lima', userPrincipalName: 'ana@contoso.com', mail: 'ana@contoso.com' },
    {
      id: robin,
      displayName: 'Robin Diaz',
      userPrincipalName: 'robin@contoso.com',
      mail: 'robin@contoso.com',
    },
    { id: ben, displayName: "Ben O'Brien", userPrincipalName: 'ben@contoso.com', mail: 'ben@contoso.com' },
    {
      id: dan,
      displayName: 'Dan Smith',
      userPrincipalName: 'dan@contoso.com',
      mail: 'dan@contoso.com',
      mailboxUnavailable: true,
    },
  ],
  drives: [
    {
      id: 'b!anaDrive',
      name: 'OneDrive',
      driveType: 'business',
      owner: { user: ana },
      items: [
        {
          name: 'Reports',
          children: [
            { name: 'Q1 #2 report.xlsx', size: 2048 },
            { name: 'café 🎉.docx', size: 10 },
          ],
        },
      ],
    },
  ],
};

function turnOf(aadObjectId: string): TokenRequester {
  return { userId: aadObjectId };
}

describe('Graph port against the local sandbox', () => {
  let sandbox: RunningSandbox;
  let port: GraphPort;

  before(async () => {
    sandbox = await startSandbox({ port: 0, tenant });
    const tokens = new SandboxTokenSource({ sandboxOrigin: sandbox.url });
    port = createGraphPortFactory({
      graphOrigin: sandbox.url,
      retry: { maxRetries: 1, maxDelaySeconds: 0.1 },
    })(async () => {
      const outcome = await tokens.getToken(turnOf(ana));
      if (!outcome.ok) throw new Error(`no sandbox token: ${outcome.reason}`);
      return outcome.token;
    });
  });
  after(() => sandbox?.close());

  it('answers the signed-in user', async () => {
    assert.deepEqual((await port.me()).id, ana);
  });

  it('finds files by path and search, and people by name and email, in one lookup', async () => {
    const [byPath, accented, search, byName, byEmail, missing] = await port.lookup([
      { kind: 'itemByPath', path: '/Reports/Q1 #2 report.xlsx' },
      { kind: 'itemByPath', path: '/Reports/café 🎉.docx' },
      { kind: 'searchFiles', query: 'report' },
      { kind: 'usersByName', query: "o'br" },
      { kind: 'userByEmail', email: 'robin@contoso.com' },
      { kind: 'itemByPath', path: '/Reports/nope.xlsx' },
    ] as const);
    assert.equal(byPath.ok && byPath.value?.name, 'Q1 #2 report.xlsx');
    assert.equal(byPath.ok && byPath.value?.folderPath, '/Reports');
    assert.equal(accented.ok && accented.value?.name, 'café 🎉.docx');
    assert.ok(search.ok && search.value.some((item) => item.name === 'Q1 #2 report.xlsx'));
    assert.deepEqual(byName.ok && byName.value.map((person) => person.id), [ben]);
    assert.equal(byEmail.ok && byEmail.value?.id, robin);
    assert.deepEqual(missing, { ok: true, value: null });
  });

  it('invites, lists and revokes a permission', async () => {
    const [found] = await port.lookup([{ kind: 'itemByPath', path: '/Reports/Q1 #2 report.xlsx' }] as const);
    assert.ok(found.ok && found.value);
    const item = { driveId: found.value.driveId, itemId: found.value.id };
    const result = await port.invite({
      item,
      recipients: [{ email: 'robin@contoso.com' }],
      roles: ['write'],
      requireSignIn: true,
      sendInvitation: true,
    });
    assert.equal(result.partial, false);
    const granted = result.permissions[0];
    assert.equal(granted.grantee?.email, 'robin@contoso.com');
    const [before] = await port.lookup([{ kind: 'permissions', item }] as const);
    assert.ok(before.ok && before.value.some((permission) => permission.id === granted.id));
    await port.deletePermission(item, granted.id);
    const [after] = await port.lookup([{ kind: 'permissions', item }] as const);
    assert.ok(after.ok && !after.value.some((permission) => permission.id === granted.id));
  });

  it('takes one person off a specific-people link with revokeGrants, leaving the link to the other', async () => {
    const [found] = await port.lookup([{ kind: 'itemByPath', path: '/Reports/Q1 #2 report.xlsx' }] as const);
    assert.ok(found.ok && found.value);
    const item = { driveId: found.value.driveId, itemId: found.value.id };
    const link = await port.createLink({
      item,
      type: 'view',
      scope: 'users',
      recipients: [{ objectId: ben }, { objectId: robin }],
    });
    assert.deepEqual(link.link?.grantees?.map((g) => g.id).sort(), [ben, robin].sort());
    const after = await port.revokeGrants(item, link.id, [{ objectId: ben }]);
    assert.deepEqual(
      after.link?.grantees?.map((g) => g.id),
      [robin],
    );
    const [listed] = await port.lookup([{ kind: 'permissions', item }] as const);
    const stillThere = listed.ok ? listed.value.find((p) => p.id === link.id) : undefined;
    assert.deepEqual(
      stillThere?.link?.grantees?.map((g) => g.id),
      [robin],
    );
  });

  it('reports a failed invitation mail as a partial (207) result', async () => {
    const [found] = await port.lookup([{ kind: 'itemByPath', path: '/Reports/café 🎉.docx' }] as const);
    assert.ok(found.ok && found.value);
    const item = { driveId: found.value.driveId, itemId: found.value.id };
    const recipients = [{ email: 'robin@contoso.com' }, { email: 'dan@contoso.com' }];
    const result = await port.invite({
      item,
      recipients,
      roles: ['read'],
      requireSignIn: true,
      sendInvitation: true,
    });
    assert.equal(result.partial, true);
    assert.ok(result.permissions.some((permission) => permission.notificationError));
  });
});
