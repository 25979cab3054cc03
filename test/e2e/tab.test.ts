import assert from 'node:assert/strict';
import { copyFile, mkdir } from 'node:fs/promises';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import type { TabSharesAnswer } from '../../src/domain/tab-rows';
import { BotHarness } from '../support/bot-harness';
import { cardMessage, textOf } from '../support/card-messages';
import { people } from '../support/demo-tenant';
import { personalChat } from '../support/teams-people';
import { DOC_IMAGES_DIR } from './support/card-screenshots';
import { launchChromium, newLoopbackContext } from './support/chromium';
import { E2E_OUTPUT_DIR } from './support/local-teams';

const alex = people.alex;
const reportPath = '/Reports/report.xlsx';
const summaryName = 'Q2 summary.docx';
const summaryPath = '/Reports/2026/Q2/Q2 summary.docx';
const axePath = require.resolve('axe-core/axe.min.js');

/** Shares as Alex through the bot, confirmed on the card. */
async function shareAsAlex(harness: BotHarness, text: string): Promise<void> {
  const conversation = personalChat(alex);
  const sent = await harness.teams.say(text, { from: alex, conversation });
  const last = sent.at(-1);
  assert.ok(last?.body.attachments, `expected a card, got ${last ? textOf(last) : 'nothing'}`);
  const answer = await harness.teams.click(cardMessage(last, conversation), 'share.confirm', { from: alex });
  assert.match(textOf(answer), /Shared/);
}

/** Runs axe-core on the page and returns the violations as "rule: target" lines. */
async function accessibilityViolations(page: Page): Promise<string[]> {
  await page.addScriptTag({ path: axePath });
  const violations = await page.evaluate(async () => {
    const axe = (
      window as unknown as {
        axe: { run(): Promise<{ violations: { id: string; nodes: { target: unknown }[] }[] }> };
      }
    ).axe;
    const result = await axe.run();
    return result.violations.map(
      (v) => `${v.id}: ${v.nodes.map((n) => JSON.stringify(n.target)).join(', ')}`,
    );
  });
  return violations;
}

/**
 * Whether Chromium's own accessibility tree has a button with that name. Fluent UI's buttons take
 * their role through ElementInternals, which only the browser's tree shows, not the DOM.
 */
async function exposedAsButton(page: Page, name: string): Promise<boolean> {
  const cdp = await page.context().newCDPSession(page);
  const { nodes } = (await cdp.send('Accessibility.getFullAXTree')) as {
    nodes: { role?: { value?: string }; name?: { value?: string } }[];
  };
  return nodes.some((node) => node.role?.value === 'button' && node.name?.value === name);
}

async function openTab(browser: Browser, harness: BotHarness, query = ''): Promise<Page> {
  const context = await newLoopbackContext(browser);
  const page = await context.newPage();
  await page.goto(`${harness.app.bot.url}/tab${query}`);
  await page.locator('main[aria-busy="false"]').waitFor();
  return page;
}

describe('the "Shared from chat" tab in a browser', function () {
  this.timeout(120_000);
  let browser: Browser;
  let harness: BotHarness;

  before(async () => {
    browser = await launchChromium();
  });
  after(async () => {
    await browser?.close();
  });
  beforeEach(async () => {
    harness = await BotHarness.start({ env: { LOCAL_USER: alex.aadObjectId } });
  });
  afterEach(async () => {
    await harness.close();
  });

  it('shows a share made in chat, and Remove (keyboard only) takes exactly that access away', async () => {
    await shareAsAlex(harness, 'share report.xlsx with Ana Lopez as editor');
    await shareAsAlex(harness, 'share Q2 summary.docx with Lee Chen');
    const page = await openTab(browser, harness);
    await page.getByText('This page runs outside Teams, as Alex Wilber').waitFor();
    const reportRow = page.locator('tr', { has: page.getByRole('link', { name: 'report.xlsx' }) });
    await reportRow.getByText('Has access').waitFor();
    await mkdir(E2E_OUTPUT_DIR, { recursive: true });
    const shot = path.join(E2E_OUTPUT_DIR, 'tab.png');
    await page.locator('main').screenshot({ path: shot, animations: 'disabled' });
    if (process.env.UPDATE_DOC_IMAGES === '1') await copyFile(shot, path.join(DOC_IMAGES_DIR, 'tab.png'));

    // Keyboard only: Tab until the Remove button for Ana on report.xlsx has focus, then Enter.
    const removeName = 'Remove Ana Lopez: report.xlsx';
    let focused = '';
    for (let presses = 0; presses < 30 && focused !== removeName; presses++) {
      await page.keyboard.press('Tab');
      focused = await page.evaluate(() => document.activeElement?.getAttribute('aria-label') ?? '');
    }
    assert.equal(focused, removeName, 'the Remove button is reachable with Tab');
    await page.keyboard.press('Enter');
    const dialog = page.getByRole('dialog');
    await dialog.getByText("Remove Ana Lopez's access to report.xlsx?").waitFor();
    // Focus starts on Cancel, the safe choice; Tab moves to "Yes, remove".
    await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');
    await page.getByRole('status').getByText('Ana Lopez no longer has access to report.xlsx.').waitFor();
    await reportRow.getByText('Removed').waitFor();
    assert.deepEqual(
      await harness.asUser.rolesOf(alex.aadObjectId, reportPath, people.anaLopez.aadObjectId),
      [],
    );
    assert.deepEqual(
      await harness.asUser.rolesOf(alex.aadObjectId, summaryPath, people.lee.aadObjectId),
      ['read'],
      'the other share is untouched',
    );
    await page.context().close();
  });

  it('keeps the access when the confirmation is cancelled with Escape', async () => {
    await shareAsAlex(harness, 'share report.xlsx with Ana Lopez');
    const page = await openTab(browser, harness);
    assert.ok(
      await exposedAsButton(page, 'Remove Ana Lopez: report.xlsx'),
      'the browser exposes Remove as a named button to assistive technology',
    );
    await page.locator('[aria-label="Remove Ana Lopez: report.xlsx"]').click();
    await page.getByRole('dialog').waitFor();
    await page.keyboard.press('Escape');
    await page.getByRole('dialog').waitFor({ state: 'detached' });
    assert.deepEqual(
      await harness.asUser.rolesOf(alex.aadObjectId, reportPath, people.anaLopez.aadObjectId),
      ['read'],
    );
    await page.context().close();
  });

  it('extends a timed share from its dialog, which passes the accessibility check too', async () => {
    await shareAsAlex(harness, 'share report.xlsx with Ana Lopez for 2 weeks');
    const page = await openTab(browser, harness);
    assert.ok(await exposedAsButton(page, 'Extend: report.xlsx'));
    await page.locator('[aria-label="Extend: report.xlsx"]').click();
    const dialog = page.getByRole('dialog');
    await dialog.getByText('Until when should access to report.xlsx last?').waitFor();
    assert.deepEqual(await accessibilityViolations(page), []);
    const newEnd = new Date(Date.now() + 60 * 86_400_000);
    const pad = (n: number) => String(n).padStart(2, '0');
    await page
      .getByLabel('New end date')
      .fill(`${newEnd.getFullYear()}-${pad(newEnd.getMonth() + 1)}-${pad(newEnd.getDate())}`);
    await page.getByLabel('New end time').fill('18:00');
    await dialog.locator('fluent-button', { hasText: 'Extend access' }).click();
    await page.getByRole('status').getByText('Access to report.xlsx now ends later').waitFor();
    const expected = new Date(newEnd.getFullYear(), newEnd.getMonth(), newEnd.getDate(), 18, 0).toISOString();
    const api = (await (await fetch(`${harness.app.bot.url}/tab/api/shares`)).json()) as TabSharesAnswer;
    assert.equal(api.shares[0]?.endsAt, expected, 'the end moved to the chosen date and time');
    await page.context().close();
  });

  it('filters by file or person and sorts by name', async () => {
    await shareAsAlex(harness, 'share report.xlsx with Ana Lopez');
    await shareAsAlex(harness, 'share Q2 summary.docx with Lee Chen');
    const page = await openTab(browser, harness);
    const fileNames = () => page.locator('tbody th a').allTextContents();
    assert.deepEqual(await fileNames(), [summaryName, 'report.xlsx']);
    await page.getByLabel('Sort by').selectOption('oldest');
    assert.deepEqual(await fileNames(), ['report.xlsx', summaryName]);
    await page.getByLabel('Filter by file or person').fill('lee');
    assert.deepEqual(await fileNames(), [summaryName]);
    await page.getByLabel('Filter by file or person').fill('nobody here');
    await page.getByText('No share matches the filter.').waitFor();
    await page.context().close();
  });

  for (const theme of ['default', 'dark', 'contrast']) {
    it(`passes the accessibility check in the ${theme} theme`, async () => {
      await shareAsAlex(harness, 'share report.xlsx with Ana Lopez as editor');
      const page = await openTab(browser, harness, `?theme=${theme}`);
      assert.equal(await page.evaluate(() => document.documentElement.dataset.theme), theme);
      assert.deepEqual(await accessibilityViolations(page), []);
      await page.context().close();
    });
  }

  it('answers the page and its script, and the API shows what the page shows', async () => {
    await shareAsAlex(harness, 'share report.xlsx with Ana Lopez');
    const page = await fetch(`${harness.app.bot.url}/tab`);
    assert.equal(page.status, 200);
    assert.match(page.headers.get('content-type') ?? '', /text\/html/);
    const script = await fetch(`${harness.app.bot.url}/tab/tab.js`);
    assert.equal(script.status, 200);
    const api = (await (await fetch(`${harness.app.bot.url}/tab/api/shares`)).json()) as TabSharesAnswer;
    assert.equal(api.shares[0]?.itemName, 'report.xlsx');
  });
});
