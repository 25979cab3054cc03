import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { build } from 'esbuild';

/** The tab page as the server sends it: its HTML and one bundled script. */
export interface TabPageFiles {
  html: string;
  script: string;
}

const pageDir = path.join(__dirname, 'page');

/**
 * Bundles the tab page (src/tab/page: @microsoft/teams-js, Fluent UI web components, our wording)
 * into one script in memory with esbuild, once when the server starts; nothing is written to disk,
 * so `npm start` and the tests need no build step.
 */
export async function bundleTabPage(): Promise<TabPageFiles> {
  const result = await build({
    entryPoints: [path.join(pageDir, 'tab-page.ts')],
    bundle: true,
    write: false,
    format: 'esm',
    platform: 'browser',
    target: ['chrome120', 'edge120', 'safari16', 'firefox120'],
    minify: true,
    legalComments: 'none',
    logLevel: 'silent',
  });
  const script = result.outputFiles[0]?.text;
  if (!script) throw new Error('esbuild produced no tab script');
  const html = await readFile(path.join(pageDir, 'tab.html'), 'utf8');
  return { html, script };
}
