import assert from 'node:assert/strict';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { createServer, type Server } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { setTimeout as delay } from 'node:timers/promises';
import { assertPortFree, findFreePort } from '../../src/playground/ports';
import { descendantsOf, RunningCommand, stillRunning } from './support/child-process-tree';
import { launchChromium, newLoopbackContext } from './support/chromium';
import { PlaygroundPage } from './support/playground-page';

const REPO_ROOT = path.resolve(__dirname, '..', '..');
const TSX = path.join(REPO_ROOT, 'node_modules', '.bin', 'tsx');
const READY_WITH_PLAYGROUND = /open (http:\/\/\S+) in a browser and type: (.+?)\s+\(Ctrl-C stops it\)/;
const READY_WITHOUT_PLAYGROUND = /Sharebot is ready at (http:\/\/\S+\/api\/messages) .*playground off/;
const START_TIMEOUT_MS = 60_000;
const STOP_TIMEOUT_MS = 20_000;

type Ports = { PORT: number; SANDBOX_PORT: number; PLAYGROUND_PORT: number };

describe('npm start (sandbox, bot and local Teams client as child processes)', function () {
  this.timeout(90_000);
  let stateDir: string;
  let ports: Ports;
  let command: RunningCommand | undefined;

  beforeEach(async () => {
    stateDir = await mkdtemp(path.join(tmpdir(), 'sharebot-npm-start-'));
    ports = {
      PORT: await findFreePort(),
      SANDBOX_PORT: await findFreePort(),
      PLAYGROUND_PORT: await findFreePort(),
    };
  });

  afterEach(async () => {
    command?.killTree();
    command = undefined;
    await rm(stateDir, { recursive: true, force: true });
  });

  function start(program: 'npm' | 'tsx', extraEnv: Record<string, string> = {}): RunningCommand {
    const env: NodeJS.ProcessEnv = {
      ...process.env,
      PORT: String(ports.PORT),
      SANDBOX_PORT: String(ports.SANDBOX_PORT),
      PLAYGROUND_PORT: String(ports.PLAYGROUND_PORT),
      SANDBOX_STATE_DIR: stateDir,
      STATE_DIR: path.join(stateDir, 'sharebot'),
      PLAYGROUND: 'on',
      npm_config_update_notifier: 'false',
      ...extraEnv,
    };
    if (!extraEnv.M365_AGENTS_PLAYGROUND_CONFIG_PATH) delete env.M365_AGENTS_PLAYGROUND_CONFIG_PATH;
    command =
      program === 'npm'
        ? RunningCommand.start('npm', ['start'], { cwd: REPO_ROOT, env })
        : RunningCommand.start(TSX, ['src/index.ts'], { cwd: REPO_ROOT, env });
    return command;
  }

  it('prints the URL and a sentence that works there, and Ctrl-C stops every process it started', async () => {
    const running = start('npm');
    const [, url, sentence] = await running.waitForLine(READY_WITH_PLAYGROUND, START_TIMEOUT_MS);

    assert.equal(url, `http://127.0.0.1:${ports.PLAYGROUND_PORT}`);
    assert.equal((await fetch(url)).status, 200);
    assert.equal((await fetch(`http://127.0.0.1:${ports.PORT}/healthz`)).status, 200);
    await assertTheSentenceGetsAConfirmCard(url, sentence);
    const started = descendantsOf(running.pid);
    assert.ok(
      stillRunning(started).some((line) => line.includes('agentsplayground')),
      'the playground runs',
    );

    // A terminal sends Ctrl-C's SIGINT to the whole foreground process group.
    process.kill(-running.pid, 'SIGINT');

    await assertAllGone(running, started);
    await assertPortsFree(ports);
  });

  it('stops the playground, bot and sandbox on SIGTERM', async () => {
    const running = start('tsx');
    await running.waitForLine(READY_WITH_PLAYGROUND, START_TIMEOUT_MS);
    const started = descendantsOf(running.pid);
    assert.ok(
      stillRunning(started).some((line) => line.includes('agentsplayground')),
      'the playground runs',
    );

    process.kill(running.pid, 'SIGTERM');

    await assertAllGone(running, started);
    await assertPortsFree(ports);
  });

  it('starts only the sandbox and the bot with PLAYGROUND=off', async () => {
    const running = start('tsx', { PLAYGROUND: 'off' });
    const [, endpoint] = await running.waitForLine(READY_WITHOUT_PLAYGROUND, START_TIMEOUT_MS);

    assert.equal(endpoint, `http://127.0.0.1:${ports.PORT}/api/messages`);
    assert.equal((await fetch(`http://127.0.0.1:${ports.PORT}/healthz`)).status, 200);
    assert.equal((await fetch(`http://127.0.0.1:${ports.SANDBOX_PORT}/v1.0/me`)).status, 401);
    const started = descendantsOf(running.pid);
    assert.deepEqual(
      stillRunning(started).filter((line) => line.includes('agentsplayground')),
      [],
    );
    await assertPortFree(ports.PLAYGROUND_PORT, 'PLAYGROUND_PORT');

    process.kill(running.pid, 'SIGTERM');
    await assertAllGone(running, started);
  });

  for (const variable of ['PORT', 'SANDBOX_PORT', 'PLAYGROUND_PORT'] as const) {
    it(`names the port and ${variable} when that port is busy, and starts nothing`, async () => {
      const holder = await holdPort(ports[variable]);
      try {
        const running = start('tsx');
        const exit = await running.exited;

        assert.equal(exit.code, 1);
        assert.match(running.text(), new RegExp(`Port ${ports[variable]} is already in use`));
        assert.match(running.text(), new RegExp(`set ${variable} to a free port`));
        assert.doesNotMatch(running.text(), /Sharebot is ready/);
        for (const [name, port] of Object.entries(ports))
          if (name !== variable) await assertPortFree(port, name);
      } finally {
        await new Promise<void>((resolve) => holder.close(() => resolve()));
      }
    });
  }

  it("shows the playground's own error for a broken playground config, and stops the bot", async () => {
    const brokenConfig = path.join(stateDir, 'broken.yml');
    await writeFile(brokenConfig, 'version: "0.1.1"\ntenantId: "ec4eae27-6055-4290-be06-75ae0aac3bfc"\n');
    const running = start('tsx', { M365_AGENTS_PLAYGROUND_CONFIG_PATH: brokenConfig });
    const exit = await running.exited;

    assert.equal(exit.code, 1);
    assert.match(running.text(), /Sharebot did not start: The Agents Playground exited/);
    assert.match(running.text(), /ConfigFileParseError/);
    assert.match(running.text(), /must have required property 'bot'/);
    await assertPortsFree(ports);
  });
});

async function assertTheSentenceGetsAConfirmCard(url: string, sentence: string): Promise<void> {
  const browser = await launchChromium();
  try {
    const ui = await PlaygroundPage.open(await newLoopbackContext(browser), url);
    await ui.send(sentence);
    await ui.cardWith('Share this file?');
  } finally {
    await browser.close();
  }
}

async function assertAllGone(running: RunningCommand, started: number[]): Promise<void> {
  await Promise.race([running.exited, delay(STOP_TIMEOUT_MS)]);
  // npm may return as soon as its shell does, while the bot is still closing: give it the time it needs.
  const deadline = Date.now() + STOP_TIMEOUT_MS;
  while (stillRunning([running.pid, ...started]).length > 0 && Date.now() < deadline) await delay(100);
  assert.deepEqual(stillRunning([running.pid, ...started]), [], 'no process of npm start is left');
}

async function assertPortsFree(ports: Ports): Promise<void> {
  for (const [name, port] of Object.entries(ports)) await assertPortFree(port, name);
}

async function holdPort(port: number): Promise<Server> {
  const server = createServer();
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', () => resolve());
  });
  return server;
}
