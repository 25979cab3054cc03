import assert from 'node:assert/strict';
import path from 'node:path';
import { ConfigError, loadConfig, type StorageSettings } from '../../src/config';

const repoRoot = path.resolve(__dirname, '..', '..');
const connectionString = 'UseDevelopmentStorage=true;';

describe('configuration from environment variables', () => {
  it('defaults to the embedded sandbox on 5001, the bot on 3978 and the playground on', () => {
    const config = loadConfig({});
    assert.equal(config.graphMode, 'sandbox');
    assert.equal(config.sandbox.embedded, true);
    assert.equal(config.graphOrigin, 'http://127.0.0.1:5001');
    assert.equal(config.port, 3978);
    assert.equal(config.playground.enabled, true);
    assert.equal(config.requestTtlMs, 15 * 60_000);
    assert.equal(config.contextTtlMs, 30 * 60_000);
    assert.deepEqual(config.log, { level: 'info', format: undefined });
  });

  it('reads LOG_LEVEL and LOG_FORMAT in any case', () => {
    assert.deepEqual(loadConfig({ LOG_LEVEL: 'WARN', LOG_FORMAT: 'Json' }).log, {
      level: 'warn',
      format: 'json',
    });
  });

  it('honours the sandbox variables and PLAYGROUND=off', () => {
    const config = loadConfig({
      SANDBOX_PORT: '6001',
      SANDBOX_STATE_DIR: '/tmp/x',
      PLAYGROUND: 'off',
      PORT: '4000',
    });
    assert.equal(config.graphOrigin, 'http://127.0.0.1:6001');
    assert.equal(config.sandbox.stateDir, '/tmp/x');
    assert.equal(config.playground.enabled, false);
    assert.equal(config.port, 4000);
  });

  it('uses an external sandbox when GRAPH_ORIGIN is set', () => {
    const config = loadConfig({ GRAPH_ORIGIN: 'http://127.0.0.1:7000/' });
    assert.equal(config.sandbox.embedded, false);
    assert.equal(config.graphOrigin, 'http://127.0.0.1:7000');
  });

  const rejected: [string, Record<string, string>, RegExp][] = [
    ['a port that is not a number', { PORT: 'eighty' }, /PORT must be a port number/],
    ['an unknown Graph mode', { GRAPH_MODE: 'beta' }, /GRAPH_MODE must be/],
    ['real Graph without an app id', { GRAPH_MODE: 'graph' }, /needs MicrosoftAppId/],
    ['an unknown storage', { STORAGE: 'redis' }, /STORAGE must be "sqlite" or "blob", not "redis"/],
    [
      'Blob storage without a connection string',
      { STORAGE: 'blob' },
      /STORAGE=blob needs BLOB_CONNECTION_STRING/,
    ],
    [
      'a container name Azure would refuse',
      { STORAGE: 'blob', BLOB_CONNECTION_STRING: connectionString, BLOB_CONTAINER: 'Sharebot_State' },
      /BLOB_CONTAINER must be 3-63 lowercase letters/,
    ],
    [
      'a zero request lifetime',
      { REQUEST_TTL_MINUTES: '0' },
      /REQUEST_TTL_MINUTES must be a positive number/,
    ],
    ['an unknown log level', { LOG_LEVEL: 'verbose' }, /LOG_LEVEL must be one of/],
    ['an unknown log format', { LOG_FORMAT: 'xml' }, /LOG_FORMAT must be "json" or "pretty"/],
  ];
  for (const [name, env, message] of rejected) {
    it(`refuses ${name} with a message that names the variable`, () => {
      assert.throws(
        () => loadConfig(env),
        (error: unknown) => error instanceof ConfigError && message.test(error.message),
      );
    });
  }

  it("keeps state in SQLite under the repository's .sharebot-state when started by `npm start`", () => {
    const storage = loadConfig({}).storage;
    assert.equal(storage.kind, 'sqlite');
    assert.equal(storage.stateDir, path.join(repoRoot, '.sharebot-state'));
  });

  const storageCases: [string, Record<string, string>, StorageSettings][] = [
    [
      'SQLite in .sharebot-state by default',
      {},
      { kind: 'sqlite', stateDir: path.join(repoRoot, '.sharebot-state'), blobContainer: 'sharebot-state' },
    ],
    [
      'STATE_DIR relative to the repository',
      { STORAGE: 'SQLite', STATE_DIR: 'var/state' },
      { kind: 'sqlite', stateDir: path.join(repoRoot, 'var/state'), blobContainer: 'sharebot-state' },
    ],
    [
      'an absolute STATE_DIR as given',
      { STATE_DIR: '/srv/sharebot' },
      { kind: 'sqlite', stateDir: '/srv/sharebot', blobContainer: 'sharebot-state' },
    ],
    [
      'Blob storage in the default container',
      { STORAGE: 'blob', BLOB_CONNECTION_STRING: connectionString },
      {
        kind: 'blob',
        stateDir: path.join(repoRoot, '.sharebot-state'),
        blobConnectionString: connectionString,
        blobContainer: 'sharebot-state',
      },
    ],
    [
      'Blob storage in a named container',
      { STORAGE: 'blob', BLOB_CONNECTION_STRING: connectionString, BLOB_CONTAINER: 'bot-2' },
      {
        kind: 'blob',
        stateDir: path.join(repoRoot, '.sharebot-state'),
        blobConnectionString: connectionString,
        blobContainer: 'bot-2',
      },
    ],
  ];
  for (const [name, env, expected] of storageCases) {
    it(`reads the storage settings: ${name}`, () => {
      assert.deepEqual(loadConfig(env).storage, expected);
    });
  }
});
