import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';

const typesFile = createRequire(__filename).resolve('@microsoft/microsoft-graph-types/microsoft-graph.d.ts');

/** Property names of a v1.0 entity (inherited ones included), read from @microsoft/microsoft-graph-types. */
export function graphModelProperties(
  interfaceName: string,
  text = readFileSync(typesFile, 'utf8'),
): string[] {
  const header = new RegExp(`^export interface ${interfaceName}(?: extends (\\w+))? \\{$`, 'm');
  const m = header.exec(text);
  if (!m) throw new Error(`No interface ${interfaceName} in microsoft-graph.d.ts`);
  const body = text.slice(m.index + m[0].length, text.indexOf('\n}', m.index));
  const own = [...body.matchAll(/^ {4}(\w+)\??:/gm)].map((p) => p[1]);
  const inherited = m[1] ? graphModelProperties(m[1], text) : [];
  return [...new Set([...inherited, ...own])].sort();
}
