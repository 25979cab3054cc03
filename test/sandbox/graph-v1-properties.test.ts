import assert from 'node:assert/strict';
import type { Client } from '@microsoft/microsoft-graph-client';
import { graphV1Properties } from '../../src/sandbox/model/graph-v1-properties';
import { graphModelProperties } from './helpers/graph-model-properties';
import { startTestSandbox, type TestSandbox } from './helpers/sandbox-fixture';
import { graphError } from './helpers/sdk-client';

function unknownProperties(entity: Record<string, unknown>, known: string[]): string[] {
  return Object.keys(entity).filter((k) => !k.startsWith('@') && !known.includes(k));
}

describe('sandbox against the v1.0 model in @microsoft/microsoft-graph-types', () => {
  let t: TestSandbox;
  let ana: Client;
  before(async () => {
    t = await startTestSandbox();
    ana = await t.client('ana@contoso.com');
  });
  after(async () => t.stop());

  it('keeps the generated property lists equal to the .d.ts', () => {
    assert.deepEqual(graphV1Properties.user, graphModelProperties('User'));
    assert.deepEqual(graphV1Properties.group, graphModelProperties('Group'));
  });

  it('answers only properties the v1.0 model has on users, groups and memberOf', async () => {
    const answers: Array<[Record<string, unknown>, string[]]> = [
      [await ana.api('/me').get(), graphV1Properties.user],
      ...((await ana.api('/users').get()).value as Record<string, unknown>[]).map(
        (u): [Record<string, unknown>, string[]] => [u, graphV1Properties.user],
      ),
      ...((await ana.api('/me/memberOf').get()).value as Record<string, unknown>[]).map(
        (g): [Record<string, unknown>, string[]] => [g, graphV1Properties.group],
      ),
      ...((await ana.api('/groups').get()).value as Record<string, unknown>[]).map(
        (g): [Record<string, unknown>, string[]] => [g, graphV1Properties.group],
      ),
    ];
    for (const [entity, known] of answers) assert.deepEqual(unknownProperties(entity, known), []);
  });

  it('answers 200 without a v1.0 property the tenant file does not model, 400 to an unknown one', async () => {
    const me = await ana.api('/me').select('id,postalCode,identities,customSecurityAttributes').get();
    assert.deepEqual(unknownProperties(me, ['id']), []);
    assert.equal(typeof me.id, 'string');
    const list = await ana.api('/users').select('id,postalCode').get();
    assert.ok(list.value.length > 0);
    const err = await graphError(ana.api('/me').select('id,notAProperty').get());
    assert.equal(err.statusCode, 400);
  });

  it('answers 501 to $select=aboutMe on a user list and 200 on one user', async () => {
    const err = await graphError(ana.api('/users').select('id,aboutMe').get());
    assert.equal(err.statusCode, 501);
    const me = await ana.api('/me').select('id,aboutMe').get();
    assert.equal(typeof me.id, 'string');
  });

  it('answers only properties the v1.0 model has on drives, items, permissions and people', async () => {
    const drive = graphModelProperties('Drive');
    const item = graphModelProperties('DriveItem');
    const permission = graphModelProperties('Permission');
    const file = '/me/drive/root:/Reports/report.xlsx:';
    const answers: Array<[string, Record<string, unknown>, string[]]> = [
      ['drive', await ana.api('/me/drive').get(), drive],
      ['root', await ana.api('/me/drive/root').expand('children').get(), item],
      ['item', await ana.api(file).get(), item],
      ...((await ana.api('/me/drive/root/children').get()).value as Record<string, unknown>[]).map(
        (c): [string, Record<string, unknown>, string[]] => ['child', c, item],
      ),
      ...((await ana.api("/me/drive/search(q='report')").get()).value as Record<string, unknown>[]).map(
        (c): [string, Record<string, unknown>, string[]] => ['search hit', c, item],
      ),
      ...((await ana.api(`${file}/permissions`).get()).value as Record<string, unknown>[]).map(
        (p): [string, Record<string, unknown>, string[]] => ['permission', p, permission],
      ),
      ...(
        (
          await ana.api(`${file}/invite`).post({
            recipients: [{ email: 'ben@contoso.com' }],
            roles: ['read'],
            requireSignIn: true,
            sendInvitation: false,
          })
        ).value as Record<string, unknown>[]
      ).map((p): [string, Record<string, unknown>, string[]] => ['invited', p, permission]),
      ...((await ana.api('/me/people').get()).value as Record<string, unknown>[]).map(
        (p): [string, Record<string, unknown>, string[]] => ['person', p, graphModelProperties('Person')],
      ),
    ];
    for (const [what, entity, known] of answers) assert.deepEqual(unknownProperties(entity, known), [], what);
  });

  it('answers only properties the v1.0 model has on shares, createLink, following, a provisioned drive and $batch answers', async () => {
    const item = graphModelProperties('DriveItem');
    const remote = graphModelProperties('RemoteItem');
    const url = 'https://contoso-my.sharepoint.com/personal/ana_contoso_com/Documents/Reports/report.xlsx';
    const token = `u!${Buffer.from(url, 'utf8').toString('base64url')}`;
    const ben = await t.client('ben@contoso.com');
    const carla = await t.client('carla@contoso.com');
    const benFollowing = (await ben.api('/me/drive/following').get()).value as Record<string, unknown>[];
    assert.ok(benFollowing.length > 0);
    const link = await ana.api('/me/drive/root:/Reports/report.xlsx:/createLink').post({
      type: 'view',
      scope: 'organization',
    });
    const batch = await ana.api('/$batch').post({
      requests: [
        { id: '1', method: 'GET', url: '/me' },
        { id: '2', method: 'GET', url: '/me/drive' },
        { id: '3', method: 'GET', url: '/me/drive/root/children' },
        { id: '4', method: 'GET', url: `/shares/${token}/driveItem` },
        { id: '5', method: 'GET', url: '/me/memberOf' },
      ],
    });
    const inner = (id: string) =>
      (batch.responses as Array<{ id: string; status: number; body: Record<string, unknown> }>).find(
        (r) => r.id === id && r.status === 200,
      )?.body ?? {};
    const list = (body: Record<string, unknown>) => (body.value ?? []) as Record<string, unknown>[];
    const answers: Array<[string, Record<string, unknown>, string[]]> = [
      ['sharedDriveItem', await ben.api(`/shares/${token}`).get(), graphModelProperties('SharedDriveItem')],
      ['shared driveItem', await ben.api(`/shares/${token}/driveItem`).get(), item],
      ['provisioned drive', await carla.api('/me/drive').get(), graphModelProperties('Drive')],
      ['provisioned root', await carla.api('/me/drive/root').get(), item],
      ['createLink', link, graphModelProperties('Permission')],
      ['createLink link', link.link, graphModelProperties('SharingLink')],
      ...((await ana.api('/me/drive/following').get()).value as Record<string, unknown>[]).map(
        (i): [string, Record<string, unknown>, string[]] => ['followed', i, item],
      ),
      ...benFollowing.map((i): [string, Record<string, unknown>, string[]] => ['followed remote', i, item]),
      ...benFollowing.map((i): [string, Record<string, unknown>, string[]] => [
        'followed remoteItem',
        i.remoteItem as Record<string, unknown>,
        remote,
      ]),
      ['batch /me', inner('1'), graphV1Properties.user],
      ['batch drive', inner('2'), graphModelProperties('Drive')],
      ...list(inner('3')).map((c): [string, Record<string, unknown>, string[]] => ['batch child', c, item]),
      ['batch shared driveItem', inner('4'), item],
      ...list(inner('5')).map((g): [string, Record<string, unknown>, string[]] => [
        'batch group',
        g,
        graphV1Properties.group,
      ]),
    ];
    for (const [what, entity, known] of answers) {
      assert.ok(Object.keys(entity).length > 0, `${what} is empty`);
      assert.deepEqual(unknownProperties(entity, known), [], what);
    }
  });
});
