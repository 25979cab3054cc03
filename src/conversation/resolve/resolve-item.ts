import type { DriveItemInfo } from '../../domain/item';
import { maxChoices } from '../../domain/limits';
import type { GraphFailure, GraphPort } from '../../graph/port';
import { leadingGraphemes } from '../../wording/quote';
import type { ItemRef } from '../parse/parsed-request';
import type { LookupBatch, LookupSlot } from './lookup-batch';
import { baseName, rankItems } from './rank-items';

/** What became of the item the person named. */
export type ItemResolution =
  | { kind: 'found'; item: DriveItemInfo }
  | { kind: 'ambiguous'; choices: DriveItemInfo[] }
  | { kind: 'notFound'; searched: string; suggestions: string[] }
  | { kind: 'failed'; error: GraphFailure };

type ItemSlots =
  | { ref: ItemRef & { kind: 'name' }; search: LookupSlot<'searchFiles'>; following: LookupSlot<'following'> }
  | { ref: ItemRef & { kind: 'path' }; single: LookupSlot<'itemByPath'> }
  | { ref: ItemRef & { kind: 'url' }; single: LookupSlot<'sharedUrl'> }
  | { ref: ItemRef & { kind: 'special' }; single: LookupSlot<'specialFolder'> };

/** Plans the reads that find an item reference; evaluate with `evaluateItem` after the plan ran. */
export function planItem(plan: LookupBatch, ref: ItemRef): ItemSlots {
  switch (ref.kind) {
    case 'name':
      return {
        ref,
        search: plan.add({ kind: 'searchFiles', query: searchTerms(ref.name), top: 25 }),
        following: plan.add({ kind: 'following' }),
      };
    case 'path':
      return { ref, single: plan.add({ kind: 'itemByPath', path: ref.path }) };
    case 'url':
      return { ref, single: plan.add({ kind: 'sharedUrl', url: ref.url }) };
    case 'special':
      return { ref, single: plan.add({ kind: 'specialFolder', name: ref.name }) };
  }
}

/** Decides what the planned reads found: one item, a choice to offer, or nothing. */
export async function evaluateItem(
  plan: LookupBatch,
  slots: ItemSlots,
  port: GraphPort,
): Promise<ItemResolution> {
  if ('single' in slots) {
    const outcome = plan.value(slots.single);
    if ('error' in outcome) {
      return outcome.error.kind === 'notFound'
        ? notFound(describeItemRef(slots.ref))
        : { kind: 'failed', error: outcome.error };
    }
    return outcome.value ? { kind: 'found', item: outcome.value } : notFound(describeItemRef(slots.ref));
  }
  const search = plan.value(slots.search);
  if ('error' in search) return { kind: 'failed', error: search.error };
  const following = plan.value(slots.following);
  const candidates = [...search.value, ...('value' in following ? following.value : [])];
  const { folder, fileKind } = slots.ref;
  const ranked = rankItems(slots.ref.name, candidates, folder, fileKind);
  const exact = ranked.filter((entry) => entry.strength === 'exact');
  if (exact.length === 1) return { kind: 'found', item: exact[0].item };
  const offered = (exact.length > 1 ? exact : ranked).slice(0, maxChoices).map((entry) => entry.item);
  if (offered.length > 0) return { kind: 'ambiguous', choices: await withFolderPaths(port, offered) };
  return {
    kind: 'notFound',
    searched: describeItemRef(slots.ref),
    suggestions: await suggestNames(port, slots.ref),
  };
}

/** Search words for a name: emoji left out, as search indexes words, not pictographs. */
function searchTerms(name: string): string {
  const words = name
    .replace(/\p{Extended_Pictographic}|\u200D|\uFE0F/gu, ' ')
    .replace(/\s+/g, ' ')
    .trim();
  return words || name;
}

/**
 * Fills in the folder of each choice, so a pick card can tell "budget.xlsx" in /Finance/2026 from the
 * one in /Finance/2027. Search hits on work drives carry no parent path (docs/graph-notes.md §3.1), an item
 * read does: one batched round trip for all choices that lack it.
 */
async function withFolderPaths(port: GraphPort, choices: DriveItemInfo[]): Promise<DriveItemInfo[]> {
  const missing = choices.filter((choice) => choice.folderPath === undefined && !choice.isRoot);
  if (missing.length === 0) return choices;
  const outcomes = await port.lookup(
    missing.map((item) => ({ kind: 'item' as const, driveId: item.driveId, itemId: item.id })),
  );
  return choices.map((choice) => {
    const index = missing.indexOf(choice);
    const outcome = index >= 0 ? outcomes[index] : undefined;
    const folderPath = outcome?.ok ? outcome.value?.folderPath : undefined;
    return folderPath === undefined ? choice : { ...choice, folderPath };
  });
}

function notFound(searched: string): ItemResolution {
  return { kind: 'notFound', searched, suggestions: [] };
}

/** How Sharebot names an item reference back to the person ("report.xlsx", "your documents folder"). */
export function describeItemRef(ref: ItemRef): string {
  switch (ref.kind) {
    case 'name':
      return ref.fileKind && ref.fileKind.kind !== 'file' ? `${ref.name} ${ref.fileKind.word}` : ref.name;
    case 'path':
      return ref.path;
    case 'url':
      return 'that link';
    case 'special':
      return `your ${ref.name} folder`;
  }
}

/**
 * Finds close names when search found nothing, e.g. a typo. Graph search matches whole words and
 * prefixes, so it searches again with the start of the name and ranks by spelling distance.
 */
async function suggestNames(port: GraphPort, ref: ItemRef & { kind: 'name' }): Promise<string[]> {
  const { name } = ref;
  // Whole graphemes: a cut through an emoji leaves half a surrogate pair, which cannot be URL-encoded.
  const stem = leadingGraphemes(baseName(name).trim(), 3);
  if (stem.length < 2) return [];
  const [outcome] = await port.lookup([{ kind: 'searchFiles', query: stem, top: 25 }] as const);
  if (!outcome.ok) return [];
  const close = rankItems(name, outcome.value, ref.folder, ref.fileKind).filter(
    (entry) => entry.strength !== 'exact',
  );
  return [...new Set(close.map((entry) => entry.item.name))].slice(0, 3);
}
