import assert from 'node:assert/strict';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { createServer, type Server } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type RunningPlayground, startPlayground } from '../../src/playground/launch-playground';
import { assertPortFree, findFreePort } from '../../src/playground/ports';
import { isProcessGroupAlive } from '../../src/playground/process-group';

// Nothing listens here; the playground only needs an address to point at.
const BOT_ENDPOINT = 'http://127.0.0.1:9/api/messages';

describe('startPlayground', () => {
  let logDir: string;
  let running: RunningPlayground | undefined;

  beforeEach(async () => {
    logDir = await mkdtemp(join(tmpdir(), 'sharebot-playground-'));
  });

  afterEach(async () => {
    await running?.close();
    running = undefined;
    await rm(logDir, { recursive: true, force: true });
  });

  it('starts on a free port and serves its UI with HTTP 200', async () => {
    const port = await findFreePort();
    running = await startPlayground({ botEndpoint: BOT_ENDPOINT, port, logDir });

    assert.equal(running.url, `http://127.0.0.1:${port}`);
    const response = await fetch(running.url);
    const page = await response.text();
    assert.equal(response.status, 200);
    assert.match(response.headers.get('content-type') ?? '', /text\/html/);
    assert.match(page, /<html/i);
  });

  it('refuses a busy port with a message naming the port and PLAYGROUND_PORT', async () => {
    const port = await findFreePort();
    const holder = await listenOn(port, '127.0.0.1');
    try {
      await assert.rejects(startPlayground({ botEndpoint: BOT_ENDPOINT, port, logDir }), (error: Error) => {
        assert.match(error.message, new RegExp(`Port ${port} is already in use`));
        assert.match(error.message, /PLAYGROUND_PORT/);
        return true;
      });
    } finally {
      await closeServer(holder);
    }
  });

  it("rejects a broken config with the playground's own error text", async () => {
    const brokenConfig = join(logDir, 'broken.yml');
    await writeFile(brokenConfig, 'version: "0.1.1"\ntenantId: "not-a-real-config"\nusers: []\n');
    const saved = process.env.M365_AGENTS_PLAYGROUND_CONFIG_PATH;
    process.env.M365_AGENTS_PLAYGROUND_CONFIG_PATH = brokenConfig;
    try {
      const port = await findFreePort();
      await assert.rejects(startPlayground({ botEndpoint: BOT_ENDPOINT, port, logDir }), (error: Error) => {
        assert.match(error.message, /exited \(code 1\) before it was ready/);
        assert.match(error.message, /ConfigFileParseError/);
        assert.match(error.message, /must have required property 'bot'/);
        return true;
      });
    } finally {
      if (saved === undefined) delete process.env.M365_AGENTS_PLAYGROUND_CONFIG_PATH;
      else process.env.M365_AGENTS_PLAYGROUND_CONFIG_PATH = saved;
    }
  });

  it('names a config file that does not exist instead of starting with built-in people', async () => {
    const port = await findFreePort();
    const missing = join(logDir, 'missing.yml');

    await assert.rejects(
      startPlayground({ botEndpoint: BOT_ENDPOINT, port, logDir, configPath: missing }),
      new RegExp(`config not found: ${missing.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')}`),
    );
  });

  it('rejects a bot endpoint that is not an http URL', async () => {
    const port = await findFreePort();

    await assert.rejects(
      startPlayground({ botEndpoint: '127.0.0.1:3978', port, logDir }),
      /must be an http or https URL|is not a URL/,
    );
  });

  it('leaves no process behind and frees its port after close', async () => {
    const port = await findFreePort();
    const playground = await startPlayground({ botEndpoint: BOT_ENDPOINT, port, logDir });
    assert.equal(isProcessGroupAlive(playground.pid), true);

    await playground.close();

    assert.equal(isProcessGroupAlive(playground.pid), false);
    await assertPortFree(port, 'PLAYGROUND_PORT');
    await assert.rejects(fetch(playground.url));
  });
});

async function listenOn(port: number, host: string): Promise<Server> {
  const server = createServer();
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => resolve());
  });
  return server;
}

async function closeServer(server: Server): Promise<void> {
  await new Promise<void>((resolve, reject) => server.close((error) => (error ? reject(error) : resolve())));
}
