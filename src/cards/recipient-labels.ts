import { escapeMarkdown } from './escape';
import type { RecipientView } from './models';
import { roleAccessNoun } from './role-label';

/** Words (not colours) that flag a recipient: "Group", "Guest", "External". */
export function recipientMarkers(recipient: Pick<RecipientView, 'group' | 'guest' | 'external'>): string[] {
  const markers: string[] = [];
  if (recipient.group) markers.push('Group');
  if (recipient.guest) markers.push('Guest');
  if (recipient.external) markers.push('External');
  return markers;
}

/** "Ana Lopez (ana@contoso.com) · Guest · already has edit access", escaped for markdown. */
export function recipientLine(recipient: RecipientView): string {
  const name = escapeMarkdown(recipient.displayName || recipient.email || 'Unknown person');
  const email =
    recipient.displayName && recipient.email && recipient.email !== recipient.displayName
      ? ` (${escapeMarkdown(recipient.email)})`
      : '';
  const notes = recipientMarkers(recipient);
  if (recipient.existingRole) notes.push(`already has ${roleAccessNoun(recipient.existingRole)} access`);
  return [`${name}${email}`, ...notes].join(' · ');
}
