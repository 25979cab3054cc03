import { escapeMarkdown, plainText } from '../cards/escape';
import type { AccessEntry, AccessFinding } from '../domain/access-findings';
import type { Role } from '../domain/role';
import { cutText, quotedWordsLimit } from './quote';

/**
 * What Sharebot answers to questions about access ("can Mateo see X?", "who can see X?"): plain
 * sentences read from the item's permissions, never a card and never a share.
 */

/** A name or item name as bold text, escaped and bounded. */
function bold(text: string): string {
  return `**${escapeMarkdown(cutText(plainText(text), quotedWordsLimit))}**`;
}

/** User text echoed in typographic quotes. */
function quoted(text: string): string {
  return `“${escapeMarkdown(cutText(plainText(text), quotedWordsLimit))}”`;
}

function verb(role: Role): string {
  return role === 'write' ? 'edit' : 'view';
}

function how(inherited: boolean): string {
  return inherited ? 'through the folder it is in' : 'shared with them directly';
}

function linkWho(reach: 'organization' | 'anonymous'): string {
  return reach === 'organization' ? 'anyone in your organisation' : 'anyone';
}

/**
 * One person's answer. `asked` is the access the question named ("can ... edit" is write); when
 * it names none, any access is a yes.
 */
export function personAccessAnswer(
  person: string,
  item: string,
  finding: AccessFinding,
  asked?: Role,
): string {
  const who = bold(person);
  const what = bold(item);
  switch (finding.kind) {
    case 'owner':
      return `Yes — ${who} owns ${what}.`;
    case 'direct':
      if (asked === 'write' && finding.role === 'read')
        return `No — ${who} can view ${what} but not edit it (${how(finding.inherited)}).`;
      return `Yes — ${who} can ${verb(finding.role)} ${what} (${how(finding.inherited)}).`;
    case 'link': {
      const through = `through a link ${linkWho(finding.reach)} can open`;
      if (asked === 'write' && finding.role === 'read')
        return `No — ${who} has no access of their own to ${what}; ${linkWho(finding.reach)} with its link can view it, not edit it.`;
      return `Only with the link — ${who} has no access of their own to ${what}, but they can ${verb(finding.role)} it ${through}.`;
    }
    case 'cannotTell': {
      const via = [
        ...(finding.groups.length > 0 ? [`with ${finding.groups.map(bold).join(', ')}`] : []),
        ...(finding.peopleLinks ? ['through a link for chosen people'] : []),
      ].join(' and ');
      return `I can't tell — ${what} isn't shared with ${who} directly, but it is shared ${via}, and I can't see who that includes.`;
    }
    case 'none':
      return `No — ${who} has no access to ${what}.`;
  }
}

/** The answer to "who has access to X" (or "who can edit X" when `asked` is write). */
export function whoHasAccessAnswer(
  item: string,
  entries: AccessEntry[],
  asked: Role | undefined,
  formatEnd: (at: number) => string,
): string {
  const what = bold(item);
  const shown = asked === 'write' ? entries.filter((e) => e.role !== 'read') : entries;
  if (shown.length === 0)
    return asked === 'write'
      ? `No one can edit ${what} except its owner, as far as its access list shows.`
      : `Only its owner has access to ${what}.`;
  const lines = shown.map((entry) => {
    const name = entry.link
      ? `${linkWho(entry.link === 'users' ? 'anonymous' : entry.link)} with the link`
      : entry.name;
    const label =
      entry.link === 'users'
        ? 'Chosen people with a sharing link'
        : entry.link
          ? capitalise(name)
          : bold(name);
    const role = entry.role === 'owner' ? 'owner' : `can ${verb(entry.role)}`;
    const from = entry.inherited ? ' (from the folder it is in)' : '';
    const until = entry.endsAt !== undefined ? `, until ${formatEnd(entry.endsAt)}` : '';
    return `- ${label} — ${role}${from}${until}`;
  });
  const heading = asked === 'write' ? `Who can edit ${what}:` : `Who has access to ${what}:`;
  return [heading, ...lines].join('\n');
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** A question about access that names no item. */
export function questionNeedsItem(): string {
  return 'Which file or folder do you mean? Ask again with its name, link or path — for example: "who can see report.xlsx?"';
}

/** Several items match the question's item; questions never pick one on their own. */
export function questionItemAmbiguous(searched: string, choices: string[]): string {
  return `More than one item matches ${quoted(searched)}: ${choices.map(bold).join(', ')}. Ask again with the one you mean, by its full name or path.`;
}

/** Before the answers for each of a few items that match the question's name equally well. */
export function severalItemsIntro(searched: string, count: number): string {
  return `${count} items match ${quoted(searched)}, so here is the answer for each:`;
}

/** Several people match a name in the question. */
export function questionPersonAmbiguous(typed: string, choices: string[]): string {
  return `Which ${quoted(typed)} do you mean: ${choices.map(bold).join(' or ')}? Ask again with the full name or address.`;
}
