import assert from 'node:assert/strict';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { BotHarness } from '../support/bot-harness';
import { type CardMessage, cardMessage, textOf } from '../support/card-messages';
import { people } from '../support/demo-tenant';
import { hasGrant } from '../support/share-scenario';
import { personalChat } from '../support/teams-people';

const alex = people.alex;

describe('Sharebot restarted on the same STATE_DIR', function () {
  this.timeout(60_000);
  let stateDir: string;

  beforeEach(async () => {
    stateDir = await mkdtemp(path.join(tmpdir(), 'sharebot-restart-'));
  });
  afterEach(async () => {
    await rm(stateDir, { recursive: true, force: true });
  });

  it('shares from a confirmation card sent before the restart', async () => {
    const before = await BotHarness.start({ stateDir });
    let card: CardMessage;
    try {
      await before.app.storageCheck();
      const sent = await before.teams.say('share report.xlsx with Lee Chen', { from: alex });
      const last = sent.at(-1);
      assert.ok(last?.body.attachments, 'a confirmation card');
      card = cardMessage(last, personalChat(alex));
    } finally {
      await before.close();
    }
    const after = await BotHarness.start({ stateDir });
    try {
      const result = await after.teams.click(card, 'share.confirm', { from: alex });
      assert.match(textOf(result), /Shared/);
      const item = await after.asUser.itemByPath(alex.aadObjectId, '/Reports/report.xlsx');
      const grants = await after.asUser.permissionsAs(alex.aadObjectId, item.driveId, item.id);
      assert.ok(hasGrant(grants, people.lee, 'read'));
    } finally {
      await after.close();
    }
  });
});
