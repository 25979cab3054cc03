import { copyFile, mkdir } from 'node:fs/promises';
import path from 'node:path';
import type { Locator } from 'playwright-core';
import { E2E_OUTPUT_DIR } from './local-teams';

/** The README's card pictures; refreshed only when UPDATE_DOC_IMAGES=1 so a test run leaves git clean. */
export const DOC_IMAGES_DIR = path.resolve(__dirname, '..', '..', '..', 'docs', 'images');

const MARGIN_PX = 12;
/** Room above the frame for the sender and time line the chat shows over a message. */
const HEADER_PX = 28;

/**
 * Saves a PNG of one card as `test-output/e2e/<name>.png`, and copies it to `docs/images/` when
 * the UPDATE_DOC_IMAGES environment variable is 1.
 */
export async function saveCardScreenshot(card: Locator, name: string): Promise<string> {
  await mkdir(E2E_OUTPUT_DIR, { recursive: true });
  const file = path.join(E2E_OUTPUT_DIR, `${name}.png`);
  await card.scrollIntoViewIfNeeded();
  const box = await messageFrameBox(card);
  const clip = {
    x: Math.max(0, box.x - MARGIN_PX),
    y: Math.max(0, box.y - HEADER_PX),
    width: box.width + 2 * MARGIN_PX,
    height: box.height + HEADER_PX + MARGIN_PX,
  };
  await card.page().screenshot({ path: file, clip, animations: 'disabled' });
  if (process.env.UPDATE_DOC_IMAGES === '1') {
    await mkdir(DOC_IMAGES_DIR, { recursive: true });
    await copyFile(file, path.join(DOC_IMAGES_DIR, `${name}.png`));
  }
  return file;
}

/** The box of the chat message around a card: its nearest ancestor with a drop shadow. */
async function messageFrameBox(
  card: Locator,
): Promise<{ x: number; y: number; width: number; height: number }> {
  return await card.evaluate((element) => {
    let frame: Element = element;
    for (let node = element.parentElement; node; node = node.parentElement) {
      if (getComputedStyle(node).boxShadow !== 'none') {
        frame = node;
        break;
      }
    }
    const rect = frame.getBoundingClientRect();
    return { x: rect.x, y: rect.y, width: rect.width, height: rect.height };
  });
}
