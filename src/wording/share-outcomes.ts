/**
 * What Sharebot says about a share whose invite did not simply succeed: an answer that was lost,
 * a share that reached only some people, and what reading the item's access showed. Each
 * sentence says whether anything was shared.
 */

/** Title and text of the card for a share whose outcome is not known yet. */
export function unknownShareNotice(itemName: string): { title: string; text: string } {
  return {
    title: 'Not sure yet whether it was shared',
    text: `Microsoft 365 didn't answer, and I couldn't read who has access to ${itemName} yet, so it may or may not be shared. Press Check again in a minute: checking only looks, it never invites anyone twice.`,
  };
}

/** Note on a result built from reading the item's access after Graph's answer was lost. */
export const checkedAccessNote =
  "Microsoft 365's answer got lost, so I read who has access to the file. This is what it shows.";

/** Note on a result card after Undo took one person's access away. */
export function removedOneByOneNote(names: readonly string[]): string {
  return `Access this share gave was removed for ${names.join(', ')}. The others keep theirs.`;
}

/** Note on a partly done share: who has not got access yet. */
export function missingPeopleNote(names: string[]): string {
  return `Not shared with ${joinNames(names)} yet. Nothing was sent to ${names.length === 1 ? 'them' : 'those people'}. Press "Share with the others" to try again.`;
}

/** Note on the confirmation card when a lost answer turned out to have shared nothing. */
export const nothingSharedAfterCheckNote =
  "Microsoft 365 didn't answer, so I checked who has access: nothing was shared. Press Share to try again.";

function joinNames(names: string[]): string {
  if (names.length <= 1) return names[0] ?? 'nobody';
  return `${names.slice(0, -1).join(', ')} and ${names[names.length - 1]}`;
}

/** A result line for someone not invited because a group already gave them the access asked. */
export function groupAccessStatus(heldNoun: string, groupName: string): string {
  return `Already had ${heldNoun} access through the ${groupName} group`;
}
