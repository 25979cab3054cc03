import assert from 'node:assert/strict';
import { E2E_TEST_TIMEOUT_MS, useE2eSession } from './support/e2e-session';
import { actionData, hasAction } from './support/playground-traffic';

describe('Group chat in the local Teams client (browser)', function () {
  this.timeout(E2E_TEST_TIMEOUT_MS);
  const session = useE2eSession();

  it("refuses another member's Share click, then shares when the requester clicks", async () => {
    const { ui, teams } = session();
    const alex = ui.config.currentUser;
    const ana = ui.person('Ana Lopez');
    const mateo = ui.person('Mateo Rossi');
    await ui.openChat('Launch sync');

    await ui.send('share report.xlsx with Ana Lopez as viewer', { mentionBot: true });
    const confirm = await ui.cardWith('Share this file?');
    const posted = await ui.traffic.card((sent) => hasAction(sent.card, 'share.confirm'));
    await ui.clickAs(mateo, {
      conversationId: posted.conversationId,
      replyToId: posted.messageId,
      verb: 'share.confirm',
      data: { ...actionData(posted.card, 'share.confirm'), role: 'write', notify: 'true' },
    });

    const refused = await ui.traffic.invoke((invoke) => invoke.fromAadObjectId === mateo.aadObjectId);
    assert.equal(refused.answer?.type, 'application/vnd.microsoft.activity.message');
    assert.match(String(refused.answer?.value), /Only Alex Wilber can act on this card/);
    assert.deepEqual(
      await teams.sandbox.rolesOf(alex.aadObjectId, '/Reports/report.xlsx', ana.aadObjectId),
      [],
    );

    await ui.choose(confirm, 'Access', 'Can edit');
    await confirm.getByRole('button', { name: 'Share', exact: true }).click();
    const result = await ui.cardWith(/Shared\s+report\.xlsx/);
    await assert.doesNotReject(result.getByText(/can edit/).waitFor());
    assert.deepEqual(await teams.sandbox.rolesOf(alex.aadObjectId, '/Reports/report.xlsx', ana.aadObjectId), [
      'write',
    ]);
  });
});
