import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { findImportCycles } from '../../scripts/find-import-cycles';

/** Writes a small tree of .ts files and returns its root. */
function tree(files: Record<string, string>): string {
  const root = mkdtempSync(join(tmpdir(), 'cycles-'));
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(dirname(join(root, path)), { recursive: true });
    writeFileSync(join(root, path), text);
  }
  return root;
}

describe('the import cycle check', () => {
  const roots: string[] = [];
  after(() => {
    for (const root of roots) rmSync(root, { recursive: true, force: true });
  });

  it('finds no cycle in src', () => {
    assert.deepEqual(findImportCycles(join(__dirname, '../../src')), []);
  });

  it('finds a cycle through an index file and a type-only import', () => {
    const root = tree({
      'a.ts': "import { b } from './lib';\nexport const a = b;\n",
      'lib/index.ts': "export { b } from './b';\n",
      'lib/b.ts': "import type { A } from '../a';\nexport const b = 1;\n",
    });
    roots.push(root);
    assert.deepEqual(findImportCycles(root), [['a.ts', 'lib/index.ts', 'lib/b.ts']]);
  });

  it('lets imports flow one way', () => {
    const root = tree({
      'a.ts': "import { b } from './b';\nimport { c } from './c';\nexport const a = b + c;\n",
      'b.ts': "import { c } from './c';\nexport const b = c;\n",
      'c.ts': 'export const c = 1;\n',
    });
    roots.push(root);
    assert.deepEqual(findImportCycles(root), []);
  });
});
