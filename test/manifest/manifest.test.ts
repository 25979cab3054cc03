import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { AppManifestUtils, type TeamsManifestLatest } from '@microsoft/app-manifest';
import { decodePng, readPngSize } from '../../scripts/package/png-image';

const MANIFEST_DIR = resolve(__dirname, '..', '..', 'manifest');
const manifestText = readFileSync(join(MANIFEST_DIR, 'manifest.json'), 'utf8');

// What Teams Toolkit substitutes at packaging time (env/.env.<name>), as it would for a real app.
const PLACEHOLDER_VALUES: Record<string, string> = {
  TEAMS_APP_ID: '3f1c6b9e-8d2a-4e57-b0c4-9a1d7e2f5c38',
  BOT_ID: 'a7d04e12-5c9b-4f3a-8e61-2b7c9d0f4a15',
  BOT_DOMAIN: 'sharebot.example.net',
};

function substitute(text: string, values: Record<string, string>): string {
  return text.replace(/\$\{\{([A-Z0-9_]+)\}\}/g, (placeholder, name: string) => {
    const value = values[name];
    if (value === undefined) throw new Error(`manifest uses an unknown placeholder ${placeholder}`);
    return value;
  });
}

/** The newest Teams schema version the validator carries offline, e.g. "1.30". */
function newestBundledSchema(): string {
  const schemasDir = join(require.resolve('@microsoft/app-manifest'), '..', 'json-schemas', 'teams');
  const versions = readdirSync(schemasDir)
    .map((name) => /^v1\.(\d+)$/.exec(name))
    .filter((match) => match !== null)
    .map((match) => Number(match[1]));
  return `1.${Math.max(...versions)}`;
}

function packagedManifest(): TeamsManifestLatest {
  return JSON.parse(substitute(manifestText, PLACEHOLDER_VALUES)) as TeamsManifestLatest;
}

describe('Teams app manifest', () => {
  it('uses only the placeholders TEAMS_APP_ID, BOT_ID and BOT_DOMAIN', () => {
    const names = new Set([...manifestText.matchAll(/\$\{\{([A-Z0-9_]+)\}\}/g)].map((match) => match[1]));
    assert.deepEqual([...names].sort(), ['BOT_DOMAIN', 'BOT_ID', 'TEAMS_APP_ID']);
  });

  it('points $schema at the newest schema @microsoft/app-manifest bundles, so validation stays offline', () => {
    const manifest = packagedManifest();
    const newest = newestBundledSchema();
    assert.equal(
      manifest.$schema,
      `https://developer.microsoft.com/json-schemas/teams/v${newest}/MicrosoftTeams.schema.json`,
    );
    assert.equal(manifest.manifestVersion, newest);
  });

  it('validates against the bundled schema once the placeholders hold real values', async () => {
    const errors = await AppManifestUtils.validateAgainstSchema(packagedManifest());
    assert.deepEqual(errors, []);
  });

  it('fails validation when the app id is not a GUID, so the check above can fail', async () => {
    const manifest = JSON.parse(
      substitute(manifestText, { ...PLACEHOLDER_VALUES, TEAMS_APP_ID: 'sharebot' }),
    );
    const errors = await AppManifestUtils.validateAgainstSchema(manifest);
    assert.ok(
      errors.some((error) => error.includes('/id')),
      errors.join('\n'),
    );
  });

  it('offers the bot in personal chats, group chats and teams', () => {
    const [bot] = packagedManifest().bots ?? [];
    assert.equal(bot.botId, PLACEHOLDER_VALUES.BOT_ID);
    assert.deepEqual([...bot.scopes].sort(), ['groupChat', 'personal', 'team']);
  });

  it('lists example commands for every scope the bot supports', () => {
    const [bot] = packagedManifest().bots ?? [];
    const lists = bot.commandLists ?? [];
    const covered = new Set(lists.flatMap((list) => list.scopes));
    for (const scope of bot.scopes) assert.ok(covered.has(scope), `no commands for ${scope}`);
    for (const list of lists) {
      assert.ok(list.commands.length > 0);
      assert.ok(
        list.commands.some((command) => command.title === 'help'),
        `no help command for ${list.scopes}`,
      );
      assert.ok(list.commands.some((command) => /share .+ with /.test(command.description ?? '')));
    }
  });

  it('declares SSO for the bot and the tab with the api://<domain>/botid-<bot id> resource', () => {
    const manifest = packagedManifest();
    assert.deepEqual(manifest.webApplicationInfo, {
      id: PLACEHOLDER_VALUES.BOT_ID,
      resource: `api://${PLACEHOLDER_VALUES.BOT_DOMAIN}/botid-${PLACEHOLDER_VALUES.BOT_ID}`,
    });
  });

  it('declares the personal tab at the bot’s own /tab', () => {
    const tabs = packagedManifest().staticTabs ?? [];
    const tab = tabs.find((candidate) => candidate.entityId === 'sharedFromChat');
    assert.ok(tab, 'no "Shared from chat" tab');
    assert.equal(tab.contentUrl, `https://${PLACEHOLDER_VALUES.BOT_DOMAIN}/tab`);
    assert.deepEqual(tab.scopes, ['personal']);
  });

  it("allows the bot's own domain and the Bot Framework token service", () => {
    const domains = packagedManifest().validDomains ?? [];
    assert.ok(domains.includes('token.botframework.com'));
    assert.ok(domains.includes(PLACEHOLDER_VALUES.BOT_DOMAIN));
  });
});

describe('Teams app icons', () => {
  const icons = packagedManifest().icons;

  it('has a 192x192 colour icon', () => {
    assert.deepEqual(readPngSize(readFileSync(join(MANIFEST_DIR, icons.color))), { width: 192, height: 192 });
  });

  it('has a 32x32 outline icon', () => {
    assert.deepEqual(readPngSize(readFileSync(join(MANIFEST_DIR, icons.outline))), { width: 32, height: 32 });
  });

  it('draws the outline icon in white on a transparent background only', () => {
    const image = decodePng(readFileSync(join(MANIFEST_DIR, icons.outline)));
    let transparent = 0;
    let opaque = 0;
    for (let i = 0; i < image.rgba.length; i += 4) {
      const [r, g, b, a] = image.rgba.subarray(i, i + 4);
      if (a === 0) transparent++;
      else assert.deepEqual([r, g, b], [255, 255, 255], `pixel ${i / 4} is coloured`);
      if (a === 255) opaque++;
    }
    assert.ok(transparent > 0, 'the background is not transparent');
    assert.ok(opaque > 0, 'nothing is drawn');
  });

  it('fills the colour icon edge to edge with no transparency', () => {
    const image = decodePng(readFileSync(join(MANIFEST_DIR, icons.color)));
    for (let i = 3; i < image.rgba.length; i += 4) assert.equal(image.rgba[i], 255);
  });

  it('refuses bytes that are not a PNG', () => {
    assert.throws(() => readPngSize(Buffer.from('GIF89a not a png at all')), /not a PNG/);
  });
});
