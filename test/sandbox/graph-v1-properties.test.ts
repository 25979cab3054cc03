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
});
