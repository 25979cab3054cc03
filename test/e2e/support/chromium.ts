import { existsSync } from 'node:fs';
import { type Browser, type BrowserContext, chromium } from 'playwright-core';

/** Debian's Chromium: the only browser the end-to-end tests use (docs/teams-notes.md §T14). */
export const CHROMIUM_PATH = '/usr/bin/chromium';

/** Said when Chromium is missing, so the tests fail with the fix instead of skipping. */
export const INSTALL_CHROMIUM_HINT =
  `Chromium is not installed at ${CHROMIUM_PATH}. The browser tests need Debian's Chromium: ` +
  'run `sudo apt-get install -y chromium fonts-liberation` (bash .ci/run does it for you). ' +
  'Never `npx playwright install`: it downloads a browser, which is not available offline.';

// Why: the defaults start update, sync and QUIC traffic that has nowhere to go offline.
const LAUNCH_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/** Starts headless Chromium, or throws INSTALL_CHROMIUM_HINT when it is not installed. */
export async function launchChromium(): Promise<Browser> {
  if (!existsSync(CHROMIUM_PATH)) throw new Error(INSTALL_CHROMIUM_HINT);
  return await chromium.launch({ executablePath: CHROMIUM_PATH, headless: true, args: LAUNCH_ARGS });
}

/**
 * A fresh browser profile that may reach only loopback. Why: the playground UI asks a CDN for
 * fonts and scripts; aborting those requests makes them fail at once instead of timing out.
 */
export async function newLoopbackContext(browser: Browser): Promise<BrowserContext> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, locale: 'en-US' });
  await context.route('**/*', async (route) => {
    if (isLoopback(route.request().url())) await route.continue();
    else await route.abort('blockedbyclient');
  });
  return context;
}

function isLoopback(url: string): boolean {
  const { protocol, hostname } = new URL(url);
  if (protocol === 'data:' || protocol === 'blob:') return true;
  return hostname === '127.0.0.1' || hostname === 'localhost' || hostname === '[::1]';
}
