import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import type { Browser, BrowserContext } from 'playwright-core';
import { launchChromium, newLoopbackContext } from './chromium';
import { E2E_OUTPUT_DIR, LocalTeams } from './local-teams';
import { PlaygroundPage } from './playground-page';

/** What one browser test works with: its own bot, sandbox and playground, and the chat UI. */
export interface E2eSession {
  teams: LocalTeams;
  ui: PlaygroundPage;
  /** Where this test's files go: `<E2E_OUTPUT_DIR>/<test-name>`. */
  outputDir: string;
}

/** How long one browser test may take: starting three servers and a browser tab, then chatting. */
export const E2E_TEST_TIMEOUT_MS = 60_000;

/**
 * Registers mocha hooks for a describe block: Chromium once for the block, and for each test a
 * fresh sandbox, bot, playground and browser context. After each test the final screen is saved
 * as `test-output/e2e/<test-name>.png`, and a failed test prints the bot's log. Returns a getter
 * for the current test's session.
 */
export function useE2eSession(): () => E2eSession {
  let browser: Browser | undefined;
  let context: BrowserContext | undefined;
  let session: E2eSession | undefined;

  before(async () => {
    browser = await launchChromium();
  });

  after(async () => {
    await browser?.close();
  });

  beforeEach(async function () {
    this.timeout(E2E_TEST_TIMEOUT_MS);
    if (!browser) throw new Error('Chromium did not start.');
    const name = slug(this.currentTest?.title ?? 'e2e');
    const teams = await LocalTeams.start(name);
    try {
      context = await newLoopbackContext(browser);
      const ui = await PlaygroundPage.open(context, teams.playgroundUrl);
      session = { teams, ui, outputDir: path.join(E2E_OUTPUT_DIR, name) };
    } catch (error) {
      await context?.close();
      await teams.close();
      throw error;
    }
  });

  afterEach(async function () {
    this.timeout(E2E_TEST_TIMEOUT_MS);
    const current = session;
    session = undefined;
    if (!current) return;
    try {
      await mkdir(E2E_OUTPUT_DIR, { recursive: true });
      await current.ui.screenshot(`${current.outputDir}.png`);
      if (this.currentTest?.state === 'failed') {
        console.error(
          `  bot log of "${this.currentTest.title}":\n    ${current.teams.botLog.join('\n    ') || '(empty)'}`,
        );
        console.error(`  playground log: ${path.join(current.outputDir, 'devTools')}`);
      }
    } finally {
      await context?.close();
      context = undefined;
      await current.teams.close();
    }
  });

  return () => {
    if (!session) throw new Error('The browser session is not running (use it inside a test).');
    return session;
  };
}

function slug(title: string): string {
  return title
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '')
    .slice(0, 60);
}
