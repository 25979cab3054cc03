import { directoryBadRequest, unsupportedQuery } from './graph-error';

/** A parsed `$filter` expression. */
export type FilterExpr =
  | { kind: 'and' | 'or'; left: FilterExpr; right: FilterExpr }
  | { kind: 'not'; operand: FilterExpr }
  | { kind: 'startswith' | 'endswith'; property: string; value: string }
  | { kind: 'eq' | 'ne'; property: string; value: string | boolean | null }
  | { kind: 'any'; collection: string; variable: string; predicate: FilterExpr };

/** What a filter reads from an entity: a string, a flag, a string collection, or nothing. */
export type FilterValue = string | boolean | string[] | null | undefined;

type Token = { type: 'word' | 'string' | 'punct'; text: string };

function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  let i = 0;
  while (i < text.length) {
    const c = text[i];
    if (/\s/.test(c)) {
      i++;
    } else if (c === '(' || c === ')' || c === ',' || c === ':') {
      tokens.push({ type: 'punct', text: c });
      i++;
    } else if (c === "'") {
      let value = '';
      i++;
      for (;;) {
        if (i >= text.length)
          throw directoryBadRequest(`Invalid filter clause: unterminated string literal in '${text}'.`);
        if (text[i] === "'") {
          if (text[i + 1] === "'") {
            value += "'";
            i += 2;
            continue;
          }
          i++;
          break;
        }
        value += text[i++];
      }
      tokens.push({ type: 'string', text: value });
    } else {
      const m = /^[A-Za-z0-9_./@-]+/.exec(text.slice(i));
      if (!m) throw directoryBadRequest(`Invalid filter clause: unexpected '${c}'.`);
      tokens.push({ type: 'word', text: m[0] });
      i += m[0].length;
    }
  }
  return tokens;
}

/**
 * Parses a directory `$filter` (startswith, endswith, eq, ne, not, and, or, parentheses, and
 * `collection/any(x:…)` lambdas: https://learn.microsoft.com/en-us/graph/filter-query-parameter).
 */
export function parseFilter(text: string): FilterExpr {
  const tokens = tokenize(text);
  let pos = 0;
  const peek = () => tokens[pos];
  const isWord = (t: Token | undefined, w: string) => t?.type === 'word' && t.text.toLowerCase() === w;
  const expect = (text: string) => {
    const t = tokens[pos++];
    if (!t || t.text !== text) throw directoryBadRequest(`Invalid filter clause: expected '${text}'.`);
  };
  const literal = (): string | boolean | null => {
    const t = tokens[pos++];
    if (t?.type === 'string') return t.text;
    if (isWord(t, 'true')) return true;
    if (isWord(t, 'false')) return false;
    if (isWord(t, 'null')) return null;
    throw directoryBadRequest('Invalid filter clause: expected a literal.');
  };
  const primary = (): FilterExpr => {
    const t = tokens[pos++];
    if (!t) throw directoryBadRequest('Invalid filter clause: unexpected end.');
    if (t.text === '(') {
      const inner = orExpr();
      expect(')');
      return inner;
    }
    if (t.type !== 'word') throw directoryBadRequest('Invalid filter clause.');
    const name = t.text.toLowerCase();
    if (name.endsWith('/any') && peek()?.text === '(') {
      pos++;
      const variable = tokens[pos++];
      if (variable?.type !== 'word')
        throw directoryBadRequest('Invalid filter clause: expected a lambda variable.');
      expect(':');
      const predicate = orExpr();
      expect(')');
      return { kind: 'any', collection: t.text.slice(0, -'/any'.length), variable: variable.text, predicate };
    }
    if ((name === 'startswith' || name === 'endswith') && peek()?.text === '(') {
      pos++;
      const prop = tokens[pos++];
      if (prop?.type !== 'word')
        throw directoryBadRequest('Invalid filter clause: expected a property name.');
      expect(',');
      const value = literal();
      if (typeof value !== 'string')
        throw directoryBadRequest(`Invalid filter clause: ${name} needs a string.`);
      expect(')');
      return { kind: name, property: prop.text, value };
    }
    const op = tokens[pos++];
    if (isWord(op, 'eq') || isWord(op, 'ne')) {
      return { kind: op.text.toLowerCase() as 'eq' | 'ne', property: t.text, value: literal() };
    }
    throw directoryBadRequest(`Invalid filter clause: unsupported operator near '${t.text}'.`);
  };
  const unary = (): FilterExpr => {
    if (isWord(peek(), 'not')) {
      pos++;
      return { kind: 'not', operand: unary() };
    }
    return primary();
  };
  const andExpr = (): FilterExpr => {
    let left = unary();
    while (isWord(peek(), 'and')) {
      pos++;
      left = { kind: 'and', left, right: unary() };
    }
    return left;
  };
  const orExpr = (): FilterExpr => {
    let left = andExpr();
    while (isWord(peek(), 'or')) {
      pos++;
      left = { kind: 'or', left, right: andExpr() };
    }
    return left;
  };
  const expr = orExpr();
  if (pos !== tokens.length)
    throw directoryBadRequest('Invalid filter clause: unexpected text after the expression.');
  return expr;
}

/**
 * Checks the expression against what the directory allows: known properties, and endswith/ne/not
 * only as advanced queries (ConsistencyLevel: eventual + $count=true, docs/graph-notes.md §4.2).
 */
export function checkFilter(
  expr: FilterExpr,
  properties: string[],
  resource: string,
  advanced: boolean,
  collections: string[] = [],
): void {
  switch (expr.kind) {
    case 'any':
      if (!collections.some((c) => c.toLowerCase() === expr.collection.toLowerCase()))
        throw unsupportedQuery(
          `Unsupported or invalid query filter clause specified for property '${expr.collection}' of resource '${resource}'.`,
        );
      checkFilter(expr.predicate, [expr.variable], resource, advanced);
      return;
    case 'and':
    case 'or':
      checkFilter(expr.left, properties, resource, advanced, collections);
      checkFilter(expr.right, properties, resource, advanced, collections);
      return;
    case 'not':
      if (!advanced)
        throw unsupportedQuery(
          "Operator 'not' is not supported because the required parameters might be missing. Try adding $count=true query parameter and ConsistencyLevel:eventual header.",
        );
      checkFilter(expr.operand, properties, resource, advanced, collections);
      return;
    default:
      if (!properties.some((p) => p.toLowerCase() === expr.property.toLowerCase())) {
        throw unsupportedQuery(
          `Unsupported or invalid query filter clause specified for property '${expr.property}' of resource '${resource}'.`,
        );
      }
      // Comparing with null is an advanced query: https://learn.microsoft.com/en-us/graph/aad-advanced-queries
      if (expr.kind === 'eq' && expr.value === null && !advanced) {
        throw unsupportedQuery(
          "Comparing with 'null' is not supported because the required parameters might be missing. Try adding $count=true query parameter and ConsistencyLevel:eventual header.",
        );
      }
      if ((expr.kind === 'endswith' || expr.kind === 'ne') && !advanced) {
        throw unsupportedQuery(
          `Operator '${expr.kind}' is not supported because the required parameters might be missing. Try adding $count=true query parameter and ConsistencyLevel:eventual header.`,
        );
      }
  }
}

/** Evaluates the expression; string comparisons ignore case like the directory does. */
export function evaluateFilter(expr: FilterExpr, get: (property: string) => FilterValue): boolean {
  const norm = (v: unknown) => (typeof v === 'string' ? v.toLowerCase() : (v ?? null));
  switch (expr.kind) {
    case 'and':
      return evaluateFilter(expr.left, get) && evaluateFilter(expr.right, get);
    case 'or':
      return evaluateFilter(expr.left, get) || evaluateFilter(expr.right, get);
    case 'not':
      return !evaluateFilter(expr.operand, get);
    case 'any': {
      const values = get(expr.collection);
      const variable = expr.variable.toLowerCase();
      return (
        Array.isArray(values) &&
        values.some((v) => evaluateFilter(expr.predicate, (p) => (p.toLowerCase() === variable ? v : get(p))))
      );
    }
    case 'startswith': {
      const v = get(expr.property);
      return typeof v === 'string' && v.toLowerCase().startsWith(expr.value.toLowerCase());
    }
    case 'endswith': {
      const v = get(expr.property);
      return typeof v === 'string' && v.toLowerCase().endsWith(expr.value.toLowerCase());
    }
    case 'eq':
      return norm(get(expr.property)) === norm(expr.value);
    case 'ne':
      return norm(get(expr.property)) !== norm(expr.value);
  }
}
