import { escapeMarkdown } from './escape';
import type { DriveItemView } from './models';

/**
 * Where an item lives, as markdown-safe text: "your OneDrive", "Design Team library",
 * "shared with you by Ana Lopez". Remote items (found through "shared with me") live in someone else's drive.
 */
export function driveLabel(item: DriveItemView): string {
  if (item.remote) {
    return item.sharedByName ? `shared with you by ${escapeMarkdown(item.sharedByName)}` : 'shared with you';
  }
  if (item.driveType === 'documentLibrary') {
    return item.driveName ? `${escapeMarkdown(item.driveName)} library` : 'a SharePoint library';
  }
  if (item.driveType === 'personal' || item.driveType === 'business') return 'your OneDrive';
  return item.driveName ? escapeMarkdown(item.driveName) : 'OneDrive or SharePoint';
}
