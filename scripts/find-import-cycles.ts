import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { importedModules, typeScriptFiles } from './source-imports';

// Part of `npm run lint`: imports in src flow one way (docs/architecture.md), so any cycle fails.
// madge would do this, but its TypeScript peer range stops at 5 and this project builds with 7.

/** The file a relative specifier names (`./x` → `x.ts` or `x/index.ts`), or undefined. */
function resolveSpecifier(fromFile: string, specifier: string): string | undefined {
  const base = resolve(dirname(fromFile), specifier);
  return [`${base}.ts`, join(base, 'index.ts'), base].find(
    (path) => path.endsWith('.ts') && existsSync(path),
  );
}

/** The relative imports of each file under `root`, resolved to absolute file paths. */
function importGraph(root: string): Map<string, string[]> {
  const graph = new Map<string, string[]>();
  for (const file of typeScriptFiles(root, '.').map((path) => resolve(root, path))) {
    const targets = importedModules(readFileSync(file, 'utf8'))
      .filter((specifier) => specifier.startsWith('.'))
      .map((specifier) => resolveSpecifier(file, specifier))
      .filter((target): target is string => target !== undefined);
    graph.set(file, targets);
  }
  return graph;
}

/** Each import cycle once, as the list of files around it (depth-first search with colouring). */
export function findImportCycles(root: string): string[][] {
  const graph = importGraph(root);
  const state = new Map<string, 'open' | 'done'>();
  const stack: string[] = [];
  const cycles: string[][] = [];
  const visit = (file: string): void => {
    state.set(file, 'open');
    stack.push(file);
    for (const next of graph.get(file) ?? []) {
      if (state.get(next) === 'open')
        cycles.push(stack.slice(stack.indexOf(next)).map((f) => relative(root, f)));
      else if (!state.has(next)) visit(next);
    }
    stack.pop();
    state.set(file, 'done');
  };
  for (const file of graph.keys()) if (!state.has(file)) visit(file);
  return cycles;
}

if (require.main === module) {
  const root = resolve(process.argv[2] ?? 'src');
  const cycles = findImportCycles(root);
  for (const cycle of cycles) console.error(`import cycle: ${[...cycle, cycle[0]].join(' -> ')}`);
  if (cycles.length > 0) process.exit(1);
}
