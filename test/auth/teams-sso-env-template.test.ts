import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { ssoSettingsFrom } from '../../src/auth/sso-settings';
import { loadConfig } from '../../src/config';

const root = path.resolve(__dirname, '../..');
const templateText = readFileSync(path.join(root, 'env/.env.dev'), 'utf8');

/** KEY=VALUE lines of an env file, as `node --env-file` reads them (comments and blanks skipped). */
function parseEnvFile(text: string): Record<string, string> {
  const env: Record<string, string> = {};
  for (const line of text.split('\n')) {
    const match = /^([A-Za-z_][A-Za-z0-9_]*)=(.*)$/.exec(line.trim());
    if (match) env[match[1]] = match[2].trim();
  }
  return env;
}

/** What a deployer fills in: the ids in env/.env.dev, the secret in env/.env.dev.user. */
const filledIn = {
  TEAMS_APP_ID: '5b1d8e2a-7c3f-4e9a-b6d4-1a2b3c4d5e6f',
  BOT_ID: '00000000-0000-0000-0000-0000000000b0',
  BOT_DOMAIN: 'sharebot.contoso.com',
  MicrosoftAppTenantId: '6e2f1c8a-3b9d-4a51-9f0e-2c7d5b8a4e11',
  SECRET_BOT_PASSWORD: 'not-a-real-secret',
};

describe('env/.env.dev (Teams SSO deployment template)', () => {
  it('names every variable src/config.ts reads', () => {
    const configSource = readFileSync(path.join(root, 'src/config.ts'), 'utf8');
    const read = new Set(
      [...configSource.matchAll(/env\.([A-Za-z_]+)|env, '([A-Z_]+)'/g)].map((match) => match[1] ?? match[2]),
    );
    assert.ok(read.size >= 10, `found only ${[...read].join(', ')}`);
    const missing = [...read].filter((name) => !new RegExp(`\\b${name}\\b`).test(templateText));
    assert.deepEqual(missing, []);
  });

  it('holds no secret value', () => {
    const env = parseEnvFile(templateText);
    assert.equal(env.SECRET_BOT_PASSWORD, undefined);
    assert.equal(env.MicrosoftAppPassword, undefined);
  });

  it('once filled in, configures real Graph with Teams SSO for the tenant', () => {
    const config = loadConfig({ ...parseEnvFile(templateText), ...filledIn });
    assert.equal(config.graphMode, 'graph');
    assert.equal(config.graphOrigin, undefined);
    assert.equal(config.microsoftAppId, filledIn.BOT_ID);
    assert.equal(config.microsoftAppPassword, filledIn.SECRET_BOT_PASSWORD);
    assert.equal(config.host, '0.0.0.0');
    assert.equal(config.playground.enabled, false);
    assert.deepEqual(ssoSettingsFrom(config), {
      connectionName: 'graph',
      tenantId: filledIn.MicrosoftAppTenantId,
    });
  });

  it('left as it is (no secret in the .user file), refuses to start and says what is missing', () => {
    assert.throws(
      () => ssoSettingsFrom(loadConfig(parseEnvFile(templateText))),
      /needs MicrosoftAppPassword\b/,
    );
  });
});
