import type { AdaptiveCard, CardAction, CardElement, TextBlock } from '../../src/cards/adaptive-card';

/** The JSON of an Adaptive Card as the bot sent it. */
export type CardJson = {
  version?: string;
  body?: unknown[];
  actions?: unknown[];
  [key: string]: unknown;
};

/** Every element of a card, depth first (containers and their items). */
export function allElements(card: AdaptiveCard): CardElement[] {
  const out: CardElement[] = [];
  const visit = (elements: CardElement[]) => {
    for (const element of elements) {
      out.push(element);
      if (element.type === 'Container') visit(element.items);
    }
  };
  visit(card.body);
  return out;
}

/** Every TextBlock of a card. */
export function textBlocks(card: AdaptiveCard): TextBlock[] {
  return allElements(card).filter((element): element is TextBlock => element.type === 'TextBlock');
}

/** Every action of a card in reading order: those in ActionSets, then the card's own. */
export function allActions(card: AdaptiveCard): CardAction[] {
  const inSets = allElements(card).flatMap((element) =>
    element.type === 'ActionSet' ? element.actions : [],
  );
  return [...inSets, ...(card.actions ?? [])];
}

/**
 * Every object in a JSON tree, depth first in document order, with the property name it sits
 * under (an array passes its own name on to its items; the root has none).
 */
function jsonObjects(node: unknown, key?: string): { record: Record<string, unknown>; key?: string }[] {
  if (Array.isArray(node)) return node.flatMap((child) => jsonObjects(child, key));
  if (!node || typeof node !== 'object') return [];
  const record = node as Record<string, unknown>;
  return [{ record, key }, ...Object.entries(record).flatMap(([name, value]) => jsonObjects(value, name))];
}

/** Every action in the raw JSON, whatever its type (to catch actions the typed model does not know). */
export function rawActionTypes(json: unknown): string[] {
  return jsonObjects(json)
    .filter(
      ({ record, key }) => (key === 'actions' || key === 'selectAction') && typeof record.type === 'string',
    )
    .map(({ record }) => record.type as string);
}

/** All the text in a card's JSON (texts, titles, labels, values, placeholders), one per line. */
export function jsonText(json: unknown): string {
  return jsonTexts(json).join('\n');
}

function jsonTexts(json: unknown): string[] {
  return jsonObjects(json).flatMap(({ record }) =>
    ['text', 'title', 'label', 'value', 'placeholder'].flatMap((key) =>
      typeof record[key] === 'string' ? [record[key] as string] : [],
    ),
  );
}

/** Finds an Action.Execute by verb (and choice) anywhere in a card. */
export function findExecute(card: CardJson, verb: string, choice?: string): { data?: unknown } | undefined {
  return jsonObjects(card)
    .map(({ record }) => record)
    .find(
      (record) =>
        isExecute(record) && record.verb === verb && (choice === undefined || choiceOf(record) === choice),
    );
}

/** The `choice` of the pick-card entry whose text shows `needle` (or "none"). */
export function choiceShowing(card: CardJson, needle: string): string {
  if (needle === 'none') return 'none';
  const found: string[] = [];
  for (const { record } of jsonObjects(card)) {
    if (record.type !== 'Container') continue;
    const choice = jsonObjects(record.items)
      .map((inner) => (isExecute(inner.record) ? choiceOf(inner.record) : undefined))
      .filter((value) => value !== undefined)
      .at(-1);
    if (choice && jsonTexts(record.items).join(' ').includes(needle)) found.push(choice);
  }
  const unique = [...new Set(found)];
  if (unique.length !== 1) throw new Error(`expected one choice showing "${needle}", found ${unique.length}`);
  return unique[0];
}

function isExecute(record: Record<string, unknown>): boolean {
  return record.type === 'Action.Execute';
}

function choiceOf(record: Record<string, unknown>): string | undefined {
  const data = record.data as Record<string, unknown> | undefined;
  return typeof data?.choice === 'string' ? data.choice : undefined;
}
