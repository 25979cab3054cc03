import { readFileSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { importedModules, typeScriptFiles } from './source-imports';

/**
 * Checks the import boundaries of src (docs/architecture.md, "Seams"): botbuilder, botbuilder-* and
 * botframework-* only in the transport, the composition root and the storage adapters (src/state); the sandbox
 * imports nothing from outside src/sandbox; cards import neither src/graph nor botbuilder.
 * Usage: tsx scripts/check-imports.ts [root]. Prints one line per offending file, exits 1 if any.
 */

/** Where botbuilder, botbuilder-* and botframework-* may be imported, relative to the root. */
const botFrameworkAllowed = [
  'src/server/',
  'src/bot/',
  'src/start-sharebot.ts',
  'src/index.ts',
  'src/state/',
];

/** Whether a root-relative module path is in src/graph. */
function importsGraph(path: string): boolean {
  return path === 'src/graph' || path.startsWith('src/graph/');
}

/** What is wrong with one file's imports, or nothing. */
function problemsOf(file: string, modules: string[]): string[] {
  const problems: string[] = [];
  const isBotFramework = (module: string) =>
    module === 'botbuilder' || module.startsWith('botbuilder-') || module.startsWith('botframework-');
  const inside = (module: string) =>
    relative('.', join(dirname(file), module))
      .split(sep)
      .join('/');
  const botFramework = modules.filter(isBotFramework);
  if (botFramework.length > 0 && !botFrameworkAllowed.some((allowed) => file.startsWith(allowed))) {
    problems.push(
      `imports ${botFramework.join(', ')} outside src/server, src/bot, src/state and the composition root`,
    );
  }
  if (file.startsWith('src/sandbox/')) {
    const outside = modules.filter(
      (module) => module.startsWith('.') && !inside(module).startsWith('src/sandbox'),
    );
    if (outside.length > 0) problems.push(`sandbox imports from outside src/sandbox: ${outside.join(', ')}`);
  }
  if (file.startsWith('src/cards/')) {
    const forbidden = modules.filter(
      (module) => isBotFramework(module) || (module.startsWith('.') && importsGraph(inside(module))),
    );
    if (forbidden.length > 0) problems.push(`cards import ${forbidden.join(', ')}`);
  }
  return problems;
}

/** Lists the boundary violations under `root`/src, one line per offending file. */
export function checkImports(root: string): string[] {
  return typeScriptFiles(root, 'src').flatMap((file) => {
    const problems = problemsOf(file, importedModules(readFileSync(join(root, file), 'utf8')));
    return problems.length > 0 ? [`${file}: ${problems.join('; ')}`] : [];
  });
}

const offending = checkImports(resolve(process.argv[2] ?? '.'));
for (const line of offending) console.error(line);
process.exit(offending.length > 0 ? 1 : 0);
