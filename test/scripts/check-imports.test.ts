import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

const REPO_ROOT = path.resolve(__dirname, '..', '..');
const TSX = path.join(REPO_ROOT, 'node_modules', '.bin', 'tsx');
const SCRIPT = path.join(REPO_ROOT, 'scripts', 'check-imports.ts');

/** Runs the import check on `root`: its exit code and the offending lines. */
function checkImports(root: string): { status: number | null; lines: string[] } {
  const run = spawnSync(TSX, [SCRIPT, root], { encoding: 'utf8' });
  return { status: run.status, lines: run.stderr.split('\n').filter((line) => line.trim() !== '') };
}

/** Writes `files` (path → content) under a fresh temporary root. */
function fixtureTree(files: Record<string, string>): string {
  const root = mkdtempSync(path.join(tmpdir(), 'check-imports-'));
  for (const [file, content] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(root, file)), { recursive: true });
    writeFileSync(path.join(root, file), content);
  }
  return root;
}

describe('scripts/check-imports.ts', () => {
  it('accepts the source tree', () => {
    assert.deepEqual(checkImports(REPO_ROOT), { status: 0, lines: [] });
  });

  it('names each file that crosses a boundary, once, and fails', () => {
    const root = fixtureTree({
      'src/bot/ok.ts': "import { TurnContext } from 'botbuilder';\n",
      'src/state/request-store.ts': "import type { Storage } from 'botbuilder';\n",
      'src/state/blob.ts': "import { BlobsStorage } from 'botbuilder-azure-blobs';\n",
      'src/conversation/blob.ts': "import { BlobsStorage } from 'botbuilder-azure-blobs';\n",
      'src/auth/leak.ts':
        "import type { TurnContext } from 'botbuilder';\nimport { UserTokenClient } from 'botframework-connector';\n",
      'src/sandbox/escape.ts': "import { loadConfig } from '../config';\nimport { x } from './inside';\n",
      'src/sandbox/inside.ts': 'export const x = 1;\n',
      'src/cards/card.ts': "import { port } from '../graph/port';\n",
    });
    try {
      const result = checkImports(root);
      assert.equal(result.status, 1);
      assert.deepEqual(result.lines.map((line) => line.split(':')[0]).sort(), [
        'src/auth/leak.ts',
        'src/cards/card.ts',
        'src/conversation/blob.ts',
        'src/sandbox/escape.ts',
      ]);
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  });
});
