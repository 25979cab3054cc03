import assert from 'node:assert/strict';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { ssoSettingsFrom } from '../../src/auth/sso-settings';
import { ConfigError, loadConfig } from '../../src/config';
import { type RunningSharebot, startSharebot } from '../../src/start-sharebot';

const appId = '00000000-0000-0000-0000-0000000000b0';
const tenant = '6e2f1c8a-3b9d-4a51-9f0e-2c7d5b8a4e11';

/** A complete single-tenant graph-mode environment, as docs/deployment.md lists it. */
const graphEnv: Record<string, string> = {
  GRAPH_MODE: 'graph',
  MicrosoftAppId: appId,
  MicrosoftAppPassword: 'not-a-real-secret',
  MicrosoftAppTenantId: tenant,
  MicrosoftAppType: 'SingleTenant',
  OAUTH_CONNECTION_NAME: 'graph',
  PORT: '0',
  PLAYGROUND: 'off',
};

describe('graph mode with Teams SSO', () => {
  describe('settings', () => {
    const refusals: Array<[string, Record<string, string>, RegExp]> = [
      ['no app password', { MicrosoftAppPassword: '' }, /needs MicrosoftAppPassword/],
      ['a single-tenant app without its tenant', { MicrosoftAppTenantId: '' }, /needs MicrosoftAppTenantId/],
      [
        'neither password nor tenant',
        { MicrosoftAppPassword: '', MicrosoftAppTenantId: '' },
        /needs MicrosoftAppPassword, MicrosoftAppTenantId/,
      ],
    ];
    for (const [name, change, message] of refusals) {
      it(`refuses ${name}`, () => {
        const config = loadConfig({ ...graphEnv, ...change });
        assert.throws(
          () => ssoSettingsFrom(config),
          (error: unknown) => {
            assert.ok(error instanceof ConfigError);
            assert.match(error.message, message);
            assert.match(error.message, /docs\/deployment\.md/);
            return true;
          },
        );
      });
    }

    it('refuses an empty OAuth connection name', () => {
      const config = { ...loadConfig(graphEnv), oauthConnectionName: ' ' };
      assert.throws(() => ssoSettingsFrom(config), /needs OAUTH_CONNECTION_NAME/);
    });

    it('checks the tenant of a single-tenant app', () => {
      assert.deepEqual(ssoSettingsFrom(loadConfig(graphEnv)), { connectionName: 'graph', tenantId: tenant });
    });

    it('leaves the tenant to each conversation for a multi-tenant app', () => {
      const config = loadConfig({ ...graphEnv, MicrosoftAppType: 'MultiTenant', MicrosoftAppTenantId: '' });
      assert.deepEqual(ssoSettingsFrom(config), { connectionName: 'graph', tenantId: undefined });
    });

    it('accepts a user-assigned managed identity without a password', () => {
      const config = loadConfig({
        ...graphEnv,
        MicrosoftAppType: 'UserAssignedMSI',
        MicrosoftAppPassword: '',
      });
      assert.equal(ssoSettingsFrom(config).tenantId, tenant);
    });
  });

  it('refuses to start without the app password, before listening', async () => {
    const config = loadConfig({ ...graphEnv, MicrosoftAppPassword: '' });
    await assert.rejects(startSharebot(config, { log: () => {} }), ConfigError);
  });

  describe('a running bot', () => {
    let app: RunningSharebot;
    let stateDir: string;
    before(async () => {
      stateDir = await mkdtemp(path.join(tmpdir(), 'sharebot-graph-mode-'));
      app = await startSharebot(loadConfig({ ...graphEnv, STATE_DIR: stateDir }), { log: () => {} });
    });
    after(async () => {
      await app?.close();
      await rm(stateDir, { recursive: true, force: true });
    });

    it('talks to real Graph, with no sandbox', () => {
      assert.equal(app.graphOrigin, undefined);
      assert.equal(app.sandboxUrl, undefined);
    });

    for (const [name, headers] of [
      ['without Authorization', {}],
      ['with a malformed bearer token', { Authorization: 'Bearer not-a-jwt' }],
    ] as const) {
      it(`rejects an activity ${name} with 401, and logs no secret`, async () => {
        // CloudAdapter prints each authentication failure with console.error (docs/teams-notes.md §T2).
        const printed: string[] = [];
        const consoleError = console.error;
        console.error = (...args: unknown[]) => printed.push(args.map(String).join(' '));
        const response = await fetch(`${app.bot.url}/api/messages`, {
          method: 'POST',
          headers: { 'Content-Type': 'application/json', ...headers },
          body: JSON.stringify({
            type: 'message',
            text: 'share report.xlsx with Ana',
            channelId: 'msteams',
            serviceUrl: 'https://smba.trafficmanager.net/emea/',
            from: { id: '29:someone', aadObjectId: '3f1a2b4c-5d6e-4f70-8a9b-0c1d2e3f4a5b' },
            conversation: { id: 'a:conversation', tenantId: tenant },
            recipient: { id: `28:${appId}` },
          }),
        }).finally(() => {
          console.error = consoleError;
        });
        assert.equal(response.status, 401);
        assert.ok(!printed.join('\n').includes(graphEnv.MicrosoftAppPassword));
      });
    }
  });
});
