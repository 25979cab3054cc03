import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseEnvText } from '../../scripts/package/read-env-files';

const root = resolve(__dirname, '..', '..');
const read = (path: string) => readFileSync(join(root, path), 'utf8');
const placeholders = (text: string) =>
  [...text.matchAll(/\$\{\{([A-Za-z0-9_]+)\}\}/g)].map((match) => match[1]);

/** The toolkit files, each with the Bicep it deploys and the environment it is for. */
const lifecycles = [
  {
    yml: 'm365agents.yml',
    bicep: 'infra/azure.bicep',
    parameters: 'infra/azure.parameters.json',
    env: 'dev',
  },
  {
    yml: 'm365agents.local.yml',
    bicep: 'infra/botRegistration/azurebot.bicep',
    parameters: 'infra/botRegistration/azurebot.parameters.json',
    env: 'local',
  },
];

/** What a lifecycle file's actions write into the environment file (writeToEnvironmentFile values). */
function writtenByActions(yml: string): string[] {
  const block = /writeToEnvironmentFile:\n((?:\s{6,}\w+: \w+\n)+)/g;
  return [...yml.matchAll(block)].flatMap((match) => [...match[1].matchAll(/: (\w+)/g)].map((m) => m[1]));
}

const bicepOutputs = (bicep: string) => [...bicep.matchAll(/^output (\w+) /gm)].map((match) => match[1]);

describe('Agents Toolkit files (m365agents*.yml, aad.manifest.json, infra/)', () => {
  for (const { yml, bicep, parameters, env } of lifecycles) {
    const ymlText = read(yml);
    const bicepText = read(bicep);

    it(`${yml} points at files that exist (our manifest/ and env/ folders)`, () => {
      assert.match(ymlText, /^environmentFolderPath: \.\/env$/m);
      assert.match(ymlText, /manifestPath: \.\/manifest\/manifest\.json/);
      const paths = [...ymlText.matchAll(/(?:manifestPath|path|parameters|ignoreFile): (\.\/[^\s$]+)/g)].map(
        (match) => match[1],
      );
      assert.ok(paths.includes(`./${bicep}`) && paths.includes(`./${parameters}`));
      for (const path of paths) assert.ok(existsSync(join(root, path)), `${yml} names a missing ${path}`);
    });

    it(`${yml} uses the documented provision actions in order`, () => {
      const actions = [...ymlText.matchAll(/- uses: ([\w/]+)/g)].map((match) => match[1]);
      const provision = actions.slice(0, actions.indexOf('teamsApp/update') + 1);
      assert.deepEqual(provision, [
        'teamsApp/create',
        'aadApp/create',
        'arm/deploy',
        'aadApp/update',
        'teamsApp/validateManifest',
        'teamsApp/zipAppPackage',
        'teamsApp/validateAppPackage',
        'teamsApp/update',
      ]);
    });

    it(`${parameters} gives ${bicep} every parameter it needs and no other`, () => {
      const given = Object.keys(JSON.parse(read(parameters)).parameters);
      const declared = [...bicepText.matchAll(/^param (\w+) [\w]+( =)?/gm)];
      for (const name of given)
        assert.ok(
          declared.some((match) => match[1] === name),
          `${name} is not a parameter`,
        );
      for (const match of declared.filter((m) => !m[2]))
        assert.ok(given.includes(match[1]), `${match[1]} is not given`);
    });

    it(`every placeholder of ${parameters} and the manifests has a source in env/.env.${env} or the actions`, () => {
      const sources = new Set([
        ...Object.keys(parseEnvText(read(`env/.env.${env}`))),
        ...writtenByActions(ymlText),
        ...bicepOutputs(bicepText),
        'TEAMSFX_ENV',
      ]);
      const used = [read(parameters), read('aad.manifest.json'), read('manifest/manifest.json')].flatMap(
        placeholders,
      );
      assert.deepEqual(
        [...new Set(used)].filter((name) => !sources.has(name)),
        [],
      );
    });
  }

  it('asks the same delegated Graph scopes in the Entra app and in both OAuth connections', () => {
    const entra = JSON.parse(read('aad.manifest.json')).requiredResourceAccess[0].resourceAccess.map(
      (access: { id: string }) => access.id,
    );
    for (const { parameters } of lifecycles) {
      const connection = JSON.parse(read(parameters)).parameters.graphScopes.value.split(' ');
      assert.deepEqual([...connection].sort(), [...entra].sort(), parameters);
    }
    assert.ok(!entra.includes('Sites.ReadWrite.All'), 'the code makes no /sites call');
  });

  it('makes the Azure Bot single-tenant with a Teams channel and an SSO token exchange URL', () => {
    const bot = read('infra/botRegistration/azurebot.bicep');
    assert.match(bot, /msaAppType: 'SingleTenant'/);
    assert.match(bot, /channelName: 'MsTeamsChannel'/);
    assert.match(
      bot,
      /key: 'tokenExchangeUrl', value: 'api:\/\/\$\{botAppDomain\}\/botid-\$\{botAadAppClientId\}'/,
    );
    assert.deepEqual(JSON.parse(read('aad.manifest.json')).identifierUris, [
      `api://\${{BOT_DOMAIN}}/botid-\${{BOT_ID}}`,
    ]);
  });
});
