import { type CardJson, jsonText } from '../support/card-queries';
import type { Participant } from '../support/teams-people';
import { plain } from './card-state';
import type { LoadItem } from './load-cast';

/** The file pick choice for the item: its name, in the requester's own OneDrive, in its folder. */
export function fileChoice(card: CardJson, item: LoadItem): string {
  return choiceWhere(card, (text) => text.includes(item.name) && text.includes(locationOf(item)));
}

/** The person pick choice showing a recipient not picked yet (full name and address); notes the pick in `picked`. */
export function personChoice(card: CardJson, recipients: Participant[], picked: Set<string>): string {
  for (const person of recipients) {
    if (picked.has(person.aadObjectId)) continue;
    const choice = choiceWhere(
      card,
      (text) => text.includes(person.name) && text.includes(person.email ?? ''),
    );
    if (choice === 'none') continue;
    picked.add(person.aadObjectId);
    return choice;
  }
  return 'none';
}

/** The choice of the first pick-card entry whose text passes, or "none". */
function choiceWhere(card: CardJson, wanted: (text: string) => boolean): string {
  for (const entry of (card.body ?? []) as { type?: string; items?: unknown[] }[]) {
    if (entry.type !== 'Container') continue;
    const text = plain(jsonText(entry.items));
    const choice = /"choice":"(\d+)"/.exec(JSON.stringify(entry.items))?.[1];
    if (choice && wanted(text)) return choice;
  }
  return 'none';
}

/** The "Location:" line the cards show for an item in the requester's own OneDrive. */
function locationOf(item: LoadItem): string {
  return item.folder === '/' ? 'Location: your OneDrive' : `Location: ${item.folder} · your OneDrive`;
}

/**
 * Whether a confirmation card is about the item and the people asked for. When the fresh read of
 * the item failed (a fault), the card falls back to the search hit, which names no folder: "your
 * OneDrive" alone is then still the requester's own file.
 */
export function isFor(card: CardJson, item: LoadItem, recipients: Participant[]): boolean {
  const text = plain(jsonText(card));
  const located = text.includes(locationOf(item)) || /Location: your OneDrive(\n|$)/.test(text);
  return text.includes(item.name) && located && recipients.every((person) => text.includes(person.name));
}
