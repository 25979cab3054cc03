import assert from 'node:assert/strict';
import { saveCardScreenshot } from './support/card-screenshots';
import { E2E_TEST_TIMEOUT_MS, useE2eSession } from './support/e2e-session';

describe('Personal chat in the local Teams client (browser)', function () {
  this.timeout(E2E_TEST_TIMEOUT_MS);
  const session = useE2eSession();

  it('shares report.xlsx with Ana Lopez as editor after the role is changed on the confirm card', async () => {
    const { ui, teams } = session();
    const alex = ui.config.currentUser;
    const ana = ui.person('Ana Lopez');
    await ui.openChat('Personal Chat');

    await ui.send('share report.xlsx with Ana Lopez as viewer');
    const confirm = await ui.cardWith('Share this file?');
    await assert.doesNotReject(confirm.getByText('Ana Lopez (ana.lopez@contoso.com)').waitFor());
    await ui.choose(confirm, 'Access', 'Can edit');
    // Both README pictures come from this one flow, after the change: the card and the result agree.
    await saveCardScreenshot(confirm, 'confirm-card');
    await confirm.getByRole('button', { name: 'Share', exact: true }).click();

    const result = await ui.cardWith(/Shared\s+report\.xlsx/);
    await assert.doesNotReject(result.getByText(/can edit/).waitFor());
    await assert.doesNotReject(result.getByRole('link', { name: 'report.xlsx' }).waitFor());
    await saveCardScreenshot(result, 'result-card');
    assert.deepEqual(await teams.sandbox.rolesOf(alex.aadObjectId, '/Reports/report.xlsx', ana.aadObjectId), [
      'write',
    ]);
  });

  it('shows who has access to report.xlsx on a card, with Remove on the lines that can go', async () => {
    const { ui } = session();
    await ui.openChat('Personal Chat');
    await ui.send('who has access to report.xlsx?');
    // Case-sensitive: the help card's example reads "who has access to report.xlsx?".
    const card = await ui.cardWith(/Who has access to report\.xlsx/);
    await assert.doesNotReject(card.getByText('Tom Baker').waitFor());
    await assert.doesNotReject(
      card
        .getByRole('button', { name: /Remove/ })
        .first()
        .waitFor(),
    );
    await saveCardScreenshot(card, 'who-has-access-card');
  });
});
