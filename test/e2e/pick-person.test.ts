import assert from 'node:assert/strict';
import { E2E_TEST_TIMEOUT_MS, useE2eSession } from './support/e2e-session';

describe('Picking the right person in the local Teams client (browser)', function () {
  this.timeout(E2E_TEST_TIMEOUT_MS);
  const session = useE2eSession();

  it('asks which Ana is meant and shares with Ana Silva once she is picked', async () => {
    const { ui, teams } = session();
    const alex = ui.config.currentUser;
    const anaLopez = ui.person('Ana Lopez');
    const anaSilva = ui.person('Ana Silva');
    await ui.openChat('Personal Chat');

    await ui.send('share report.xlsx with Ana');
    const pick = await ui.cardWith('Who did you mean by');
    await assert.doesNotReject(pick.getByText('Ana Lopez', { exact: true }).waitFor());
    await pick.getByTitle('Choose Ana Silva').click();

    const confirm = await ui.cardWith('Share this file?');
    await assert.doesNotReject(confirm.getByText('Ana Silva (ana.silva@contoso.com)').waitFor());
    await confirm.getByRole('button', { name: 'Share', exact: true }).click();
    const result = await ui.cardWith(/Shared\s+report\.xlsx/);
    await assert.doesNotReject(result.getByText(/Ana Silva/).waitFor());

    assert.deepEqual(
      await teams.sandbox.rolesOf(alex.aadObjectId, '/Reports/report.xlsx', anaSilva.aadObjectId),
      ['read'],
    );
    assert.deepEqual(
      await teams.sandbox.rolesOf(alex.aadObjectId, '/Reports/report.xlsx', anaLopez.aadObjectId),
      [],
    );
  });
});
