import assert from 'node:assert/strict';
import { routeAction } from '../../../src/bot/action-router';
import { Verbs } from '../../../src/cards/models';
import { offerRoleChange } from '../../../src/conversation/flows/change-role';
import type { DriveItemInfo } from '../../../src/domain/item';
import type { PermissionInfo } from '../../../src/domain/permission';
import { type GraphFailure, type GraphPort, GraphRequestError } from '../../../src/graph/port';
import { cardWords, FakeChatTurn, fakeFlowDeps } from '../../support/fake-chat-turn';

const item: DriveItemInfo = {
  id: 'item-plan',
  name: 'plan.xlsx',
  driveId: 'drive-alex',
  webUrl: 'https://contoso-my.sharepoint.com/plan.xlsx',
  kind: 'file',
};

const gatewayTimeout: GraphFailure = { kind: 'unavailable', status: 504, code: '', message: 'timeout' };

/** An item's access list that a role update changes, or answers with a lost answer (and then perhaps no reads). */
class AccessList {
  permissions: PermissionInfo[] = [
    { id: 'p-ana', roles: ['write'], grantee: { id: 'u-ana', displayName: 'Ana Lopez' }, inherited: false },
    { id: 'p-bob', roles: ['write'], grantee: { id: 'u-bob', displayName: 'Bob Ito' }, inherited: false },
    { id: 'p-link', roles: ['read'], link: { type: 'view', scope: 'organization' }, inherited: false },
  ];
  patches: { id: string; roles: string[] }[] = [];
  loseAnswer = false;
  canRead = true;

  port(): Partial<GraphPort> {
    return {
      lookup: (async () => [
        this.canRead
          ? { ok: true, value: structuredClone(this.permissions) }
          : { ok: false, error: gatewayTimeout },
      ]) as unknown as GraphPort['lookup'],
      updatePermissionRoles: async (_item, id, roles) => {
        this.patches.push({ id, roles });
        const permission = this.permissions.find((p) => p.id === id);
        if (!permission)
          throw new GraphRequestError({ kind: 'notFound', status: 404, code: 'itemNotFound', message: '' });
        permission.roles = [...roles];
        if (this.loseAnswer) throw new GraphRequestError(gatewayTimeout);
        return { ...permission };
      },
    };
  }
}

async function offer(permissionId: string, role: 'read' | 'write' = 'read') {
  const deps = fakeFlowDeps();
  const access = new AccessList();
  const turn = new FakeChatTurn(undefined, access.port());
  const card = await offerRoleChange(turn, access.port() as GraphPort, item, permissionId, role, deps);
  const requestId = (JSON.stringify(card).match(/"requestId":"([^"]+)"/) ?? [])[1];
  const click = (verb: string) => routeAction(turn, verb, { requestId }, deps);
  return { card, access, click };
}

describe('offering a role change for one permission (the who-has-access entry)', () => {
  it('confirms first, then changes exactly that permission and no other', async () => {
    const { card, access, click } = await offer('p-ana');
    assert.match(cardWords(card), /Change Ana Lopez from Can edit to Can view on plan\.xlsx\?/);
    assert.deepEqual(access.patches, []);
    const reply = await click(Verbs.changeRole);
    assert.ok('card' in reply);
    assert.match(cardWords(reply.card), /Ana Lopez can view plan\.xlsx now/);
    assert.deepEqual(access.patches, [{ id: 'p-ana', roles: ['read'] }]);
    assert.deepEqual(
      access.permissions.map((p) => [p.id, p.roles]),
      [
        ['p-ana', ['read']],
        ['p-bob', ['write']],
        ['p-link', ['read']],
      ],
    );
  });

  const refusals: [string, string, 'read' | 'write', RegExp][] = [
    ['a sharing link', 'p-link', 'write', /a link's role can't be changed/],
    ['a permission no longer there', 'p-gone', 'read', /no longer there/],
    ['the role already held', 'p-bob', 'write', /Bob Ito can edit plan\.xlsx already/],
  ];
  for (const [what, id, role, says] of refusals) {
    it(`answers ${what} with a notice and stores nothing to click`, async () => {
      const { card, access } = await offer(id, role);
      assert.match(cardWords(card), says);
      assert.doesNotMatch(cardWords(card), new RegExp(Verbs.changeRole));
      assert.deepEqual(access.patches, []);
    });
  }

  it("does not claim a change it cannot see: a lost answer and an unreadable list are 'not known yet'", async () => {
    const { access, click } = await offer('p-ana');
    access.loseAnswer = true;
    access.canRead = false;
    const reply = await click(Verbs.changeRole);
    assert.ok('card' in reply);
    assert.match(cardWords(reply.card), /don't know yet whether Ana Lopez's role changed/);
    assert.doesNotMatch(cardWords(reply.card), /Role changed/);
  });
});
