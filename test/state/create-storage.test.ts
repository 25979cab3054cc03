import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { connect, createServer, type Server, type Socket } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { StorageSettings } from '../../src/config';
import { createStateStorage, sqliteFileName } from '../../src/state/create-storage';
import { SqliteStorage } from '../../src/state/sqlite-storage';
import { type RunningAzurite, sharedAzurite } from '../support/azurite';

/** A loopback port nothing listens on (bound, then released). */
async function closedPort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  await new Promise((resolve) => server.close(resolve));
  return port;
}

/** A loopback TCP relay to `port`; `cut()` closes it and every connection through it. */
async function relayTo(port: number): Promise<{ port: number; cut(): Promise<void> }> {
  const sockets = new Set<Socket>();
  const server: Server = createServer((client) => {
    const upstream = connect(port, '127.0.0.1');
    for (const socket of [client, upstream]) {
      sockets.add(socket);
      socket.on('close', () => sockets.delete(socket));
      socket.on('error', () => socket.destroy());
    }
    client.pipe(upstream).pipe(client);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    port: (server.address() as { port: number }).port,
    cut: async () => {
      const closed = new Promise((resolve) => server.close(resolve));
      for (const socket of sockets) socket.destroy();
      await closed;
    },
  };
}

describe('createStateStorage', function () {
  this.timeout(20_000);

  describe('with STORAGE=sqlite', () => {
    let stateDir: string;
    beforeEach(async () => {
      stateDir = path.join(await mkdtemp(path.join(tmpdir(), 'sharebot-state-')), 'not-yet-made');
    });
    afterEach(async () => {
      await rm(path.dirname(stateDir), { recursive: true, force: true });
    });

    it('opens sharebot.sqlite in STATE_DIR, answers its check, and fails the check once closed', async () => {
      const settings: StorageSettings = { kind: 'sqlite', stateDir, blobContainer: 'unused' };
      const state = await createStateStorage(settings);
      assert.ok(state.storage instanceof SqliteStorage);
      assert.equal(state.describe, `SQLite file ${path.join(stateDir, sqliteFileName)}`);
      assert.ok(existsSync(path.join(stateDir, 'sharebot.sqlite')));
      await state.check();
      await state.close();
      await assert.rejects(state.check(), /not open/);
    });
  });

  describe('with STORAGE=blob', () => {
    let azurite: RunningAzurite;
    before(async () => {
      azurite = await sharedAzurite();
    });
    const onPort = (connectionString: string, port: number) =>
      connectionString.replace(/127\.0\.0\.1:\d+/, `127.0.0.1:${port}`);

    const blob = (connectionString: string, blobContainer = 'sharebot-state'): StorageSettings => ({
      kind: 'blob',
      stateDir: 'unused',
      blobConnectionString: connectionString,
      blobContainer,
    });

    it('creates the container, answers its check, and describes itself without the connection string', async () => {
      const state = await createStateStorage(blob(azurite.connectionString, 'check-me'));
      await state.check();
      await state.storage.write({ 'share/a': { n: 1 } });
      assert.equal((await state.storage.read(['share/a']))['share/a'].n, 1);
      assert.equal(state.describe, 'Azure Blob container check-me');
      await state.close();
    });

    it('fails start-up, within seconds, when the storage cannot be reached', async () => {
      const unreachable = onPort(azurite.connectionString, await closedPort());
      const started = Date.now();
      await assert.rejects(
        createStateStorage(blob(unreachable)),
        (error: Error) =>
          /container sharebot-state cannot be reached/.test(error.message) &&
          !error.message.includes('AccountKey'),
      );
      assert.ok(Date.now() - started < 5_000, `took ${Date.now() - started} ms`);
    });

    it('fails its check once the storage cannot be reached any more', async () => {
      const azuritePort = Number(/127\.0\.0\.1:(\d+)/.exec(azurite.connectionString)?.[1]);
      const relay = await relayTo(azuritePort);
      const state = await createStateStorage(blob(onPort(azurite.connectionString, relay.port), 'relayed'));
      await state.check();
      await relay.cut();
      await assert.rejects(state.check(), /ECONNREFUSED/);
    });
  });
});
