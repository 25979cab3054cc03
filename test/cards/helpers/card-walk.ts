import type { AdaptiveCard, CardAction, CardElement, TextBlock } from '../../../src/cards/adaptive-card';

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

/** Every action in the raw JSON, whatever its type (to catch actions the typed model does not know). */
export function rawActionTypes(json: unknown): string[] {
  const types: string[] = [];
  const visit = (node: unknown, inActions: boolean) => {
    if (Array.isArray(node)) {
      for (const child of node) visit(child, inActions);
    } else if (node && typeof node === 'object') {
      const record = node as Record<string, unknown>;
      if (inActions && typeof record.type === 'string') types.push(record.type);
      for (const [key, value] of Object.entries(record))
        visit(value, key === 'actions' || key === 'selectAction');
    }
  };
  visit(json, false);
  return types;
}
