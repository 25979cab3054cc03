import { invalidRequest } from './graph-error';

/** One `$expand` entry: the navigation property and its nested options, e.g. `children($select=id,name)`. */
export interface ExpandEntry {
  name: string;
  options: URLSearchParams;
}

/** Splits text at the commas outside parentheses. */
function topLevelParts(text: string, separator: string): string[] {
  const parts: string[] = [];
  let depth = 0;
  let start = 0;
  for (let i = 0; i < text.length; i++) {
    if (text[i] === '(') depth++;
    else if (text[i] === ')') depth--;
    else if (text[i] === separator && depth === 0) {
      parts.push(text.slice(start, i));
      start = i + 1;
    }
  }
  parts.push(text.slice(start));
  return parts.map((p) => p.trim()).filter((p) => p.length > 0);
}

/**
 * Parses `$expand` with nested options separated by `;` inside parentheses:
 * https://learn.microsoft.com/en-us/graph/query-parameters#expand
 */
export function parseExpand(raw: string): ExpandEntry[] {
  return topLevelParts(raw, ',').map((part) => {
    const open = part.indexOf('(');
    if (open < 0) return { name: part, options: new URLSearchParams() };
    if (!part.endsWith(')'))
      throw invalidRequest(`The $expand entry '${part}' is malformed.`, 'invalidQueryOption');
    const options = new URLSearchParams();
    for (const option of topLevelParts(part.slice(open + 1, -1), ';')) {
      const eq = option.indexOf('=');
      if (eq < 0) throw invalidRequest(`The $expand option '${option}' is malformed.`, 'invalidQueryOption');
      options.append(option.slice(0, eq).trim(), option.slice(eq + 1).trim());
    }
    return { name: part.slice(0, open).trim(), options };
  });
}
