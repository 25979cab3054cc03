import assert from 'node:assert/strict';
import { TeamsSsoTokenSource } from '../../src/bot/sso/teams-sso-token-source';
import { BotHarness } from '../support/bot-harness';
import { textOf } from '../support/card-messages';
import { people } from '../support/demo-tenant';
import { FakeTokenService } from '../support/fake-token-service';
import { teamsIdOf } from '../support/teams-people';

describe('the Teams SSO token source behind the real CloudAdapter, token service over HTTP', () => {
  const alex = people.alex;
  let tokenService: FakeTokenService;
  let harness: BotHarness;
  before(async () => {
    tokenService = new FakeTokenService();
    await tokenService.start();
    harness = await BotHarness.start({
      overrides: {
        tokens: new TeamsSsoTokenSource({ connectionName: 'graph' }),
        tokenServiceUrl: tokenService.url,
      },
    });
    tokenService.addToken(teamsIdOf(alex), await harness.sandbox.token(alex.aadObjectId));
  });
  after(async () => {
    await harness?.close();
    await tokenService?.stop();
  });

  it("fetches Alex's token from the configured token service once, then answers his next turn from memory", async () => {
    for (const text of [
      'share report.xlsx with Ana Lopez as editor',
      'share report.xlsx with Ana Lopez as viewer',
    ]) {
      const sent = await harness.teams.say(text, { from: alex });
      const reply = sent.at(-1);
      assert.ok(reply, 'the bot answered');
      assert.match(textOf(reply), /Share this/);
    }
    assert.deepEqual(
      tokenService.calls.map((call) => `${call.method} ${call.path}`),
      ['GET /api/usertoken/GetToken'],
    );
  });
});
