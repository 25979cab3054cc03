import assert from 'node:assert/strict';
import { E2E_TEST_TIMEOUT_MS, useE2eSession } from './support/e2e-session';
import { actionData, hasAction } from './support/playground-traffic';

describe('Cancelling in the local Teams client (browser)', function () {
  this.timeout(E2E_TEST_TIMEOUT_MS);
  const session = useE2eSession();

  it('shares nothing when Share is clicked on a card that was cancelled', async () => {
    const { ui, teams } = session();
    const alex = ui.config.currentUser;
    const ana = ui.person('Ana Lopez');
    await ui.openChat('Personal Chat');

    await ui.send('share report.xlsx with Ana Lopez as editor');
    const confirm = await ui.cardWith('Share this file?');
    const posted = await ui.traffic.card((sent) => hasAction(sent.card, 'share.confirm'));
    await confirm.getByRole('button', { name: 'Cancel', exact: true }).click();
    const cancelled = await ui.cardWith('Cancelled');
    await assert.doesNotReject(cancelled.getByText('Nothing was shared.').waitFor());
    assert.equal(await ui.page.getByRole('button', { name: 'Share', exact: true }).count(), 0);

    // The cancelled card has no Share button any more: send the click it would have sent.
    await ui.clickAs(alex, {
      conversationId: posted.conversationId,
      replyToId: posted.messageId,
      verb: 'share.confirm',
      data: { ...actionData(posted.card, 'share.confirm'), role: 'write', notify: 'true' },
    });
    const late = await ui.traffic.invoke((invoke) => invoke.verb === 'share.confirm');
    assert.equal(late.answer?.type, 'application/vnd.microsoft.card.adaptive');
    assert.match(JSON.stringify(late.answer?.value), /Cancelled/);
    assert.deepEqual(
      await teams.sandbox.rolesOf(alex.aadObjectId, '/Reports/report.xlsx', ana.aadObjectId),
      [],
    );
  });
});
