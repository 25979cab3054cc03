import assert from 'node:assert/strict';
import type { Client } from '@microsoft/microsoft-graph-client';
import { validateTenant } from '../../src/sandbox/tenant/validate-tenant';
import { fixtureTenant, groups, startTestSandbox, type TestSandbox, users } from './helpers/sandbox-fixture';

/** The fixture tenant with the Finance Team nested in the Design Guild. */
function nestedTenant() {
  const tenant = fixtureTenant();
  const design = tenant.groups?.find((g) => g.id === groups.design);
  assert.ok(design);
  design.memberGroups = [groups.finance];
  return tenant;
}

describe('sandbox: nested groups and group membership reads', () => {
  let t: TestSandbox;
  let ana: Client;
  before(async () => {
    t = await startTestSandbox({ tenant: nestedTenant() });
    ana = await t.client('ana@contoso.com');
  });
  after(async () => t.stop());

  const both = [groups.finance, groups.design];

  it('counts a member of a nested group as a member of the outer one in checkMemberGroups', async () => {
    const henry = await ana.api(`/users/${users.henry}/checkMemberGroups`).post({ groupIds: both });
    assert.deepEqual(henry.value, both);
    const ben = await ana.api(`/users/${users.ben}/checkMemberGroups`).post({ groupIds: both });
    assert.deepEqual(ben.value, []);
  });

  it('lists only the groups a user is listed in under memberOf, and the outer ones too under transitiveMemberOf', async () => {
    const direct = await ana.api(`/users/${users.henry}/memberOf`).select('id').get();
    assert.deepEqual(
      direct.value.map((g: { id: string }) => g.id),
      [groups.finance],
    );
    const transitive = await ana.api(`/users/${users.henry}/transitiveMemberOf`).select('id').get();
    assert.deepEqual(transitive.value.map((g: { id: string }) => g.id).sort(), [...both].sort());
  });

  it('answers checkMemberGroups inside $batch, next to a GET', async () => {
    const batch = await ana.api('/$batch').post({
      requests: [
        {
          id: '1',
          method: 'POST',
          url: `/users/${users.henry}/checkMemberGroups`,
          headers: { 'Content-Type': 'application/json' },
          body: { groupIds: [groups.design] },
        },
        { id: '2', method: 'GET', url: `/users/${users.henry}?$select=id` },
      ],
    });
    const entry = batch.responses.find((r: { id: string }) => r.id === '1');
    assert.equal(entry.status, 200);
    assert.deepEqual(entry.body.value, [groups.design]);
  });

  it('refuses a tenant whose group nests an unknown group or itself', () => {
    const unknown = fixtureTenant();
    unknown.groups = unknown.groups?.map((g) => ({ ...g, memberGroups: ['no-such-group'] }));
    assert.throws(() => validateTenant(unknown), /memberGroups\[0\]: unknown group no-such-group/);
    const itself = fixtureTenant();
    itself.groups = itself.groups?.map((g) => ({ ...g, memberGroups: [g.id] }));
    assert.throws(() => validateTenant(itself), /a group cannot contain itself/);
  });

  it('survives groups nested in each other', async () => {
    const loop = nestedTenant();
    const finance = loop.groups?.find((g) => g.id === groups.finance);
    assert.ok(finance);
    finance.memberGroups = [groups.design];
    const looped = await startTestSandbox({ tenant: loop });
    try {
      const client = await looped.client('ana@contoso.com');
      const silva = await client.api(`/users/${users.anaSilva}/checkMemberGroups`).post({ groupIds: both });
      assert.deepEqual(silva.value, both);
    } finally {
      await looped.stop();
    }
  });
});
