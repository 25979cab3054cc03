import { readdirSync } from 'node:fs';
import { join } from 'node:path';

// What the two import checks (check-imports.ts, find-import-cycles.ts) read from the source tree.

/** The module specifiers of a TypeScript file's imports, re-exports and dynamic imports. */
export function importedModules(source: string): string[] {
  const pattern =
    /(?:^|\n)\s*(?:import|export)\b[^'"]*?\sfrom\s+['"]([^'"]+)['"]|(?:^|\n)\s*import\s+['"]([^'"]+)['"]|import\(['"]([^'"]+)['"]\)/g;
  return [...source.matchAll(pattern)].map((match) => match[1] ?? match[2] ?? match[3]);
}

/** Every .ts file under `dir`, as paths relative to `root` with forward slashes. */
export function typeScriptFiles(root: string, dir: string): string[] {
  return readdirSync(join(root, dir), { withFileTypes: true }).flatMap((entry) => {
    const path = `${dir}/${entry.name}`;
    if (entry.isDirectory()) return typeScriptFiles(root, path);
    return entry.name.endsWith('.ts') ? [path] : [];
  });
}
