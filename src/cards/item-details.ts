import type { TextBlock } from './adaptive-card';
import { driveLabel } from './drive-label';
import { textBlock } from './elements';
import { escapeMarkdown } from './escape';
import { cardDate } from './format-date';
import { formatSize } from './format-size';
import type { DriveItemView } from './models';
import { markdownLink } from './safe-url';

/** The item's name as a link to its webUrl (when that is a safe http(s) URL), in bold. */
export function itemNameBlock(item: DriveItemView): TextBlock {
  const kind = item.kind === 'folder' ? ' (folder)' : '';
  return textBlock(`${markdownLink(item.name || 'Untitled', item.webUrl)}${kind}`, { weight: 'bolder' });
}

/** "Location: /Reports/2026 · your OneDrive". */
export function locationText(item: DriveItemView): string {
  const path = item.folderPath && item.folderPath !== '/' ? `${escapeMarkdown(item.folderPath)} · ` : '';
  return `Location: ${path}${driveLabel(item)}`;
}

/** "24 KB · Modified {{DATE(...)}} by Ana Lopez", or undefined when Graph gave neither. */
export function sizeAndModifiedText(item: DriveItemView): string | undefined {
  const parts: string[] = [];
  if (item.size !== undefined) parts.push(`Size: ${formatSize(item.size)}`);
  const when = cardDate(item.lastModifiedDateTime);
  const who = item.lastModifiedByName ? escapeMarkdown(item.lastModifiedByName) : undefined;
  if (when || who) parts.push(['Modified', when, who ? `by ${who}` : undefined].filter(Boolean).join(' '));
  return parts.length > 0 ? parts.join(' · ') : undefined;
}

/** The name, location, size and last change of an item, as TextBlocks. */
export function itemDetailBlocks(item: DriveItemView): TextBlock[] {
  const details = sizeAndModifiedText(item);
  return [
    itemNameBlock(item),
    textBlock(locationText(item), { isSubtle: true, spacing: 'none' }),
    ...(details ? [textBlock(details, { isSubtle: true, spacing: 'none' })] : []),
  ];
}
