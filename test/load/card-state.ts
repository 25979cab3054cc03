import { type CardJson, findExecute, jsonText } from '../support/card-queries';

/**
 * Where a share stands as the person reads its card. `final` states need nothing more from the
 * person or from Sharebot; the others are questions (pick, confirm, undo?) or work in progress.
 */
export type CardState =
  | { kind: 'pickFile' }
  | { kind: 'pickPerson' }
  /** The confirmation card: first shown, or shown again because nothing was shared (with why). */
  | { kind: 'confirm' }
  /** A result card; `partly` when some people did not get access ("Share with the others"). */
  | { kind: 'shared'; partly: boolean }
  /** "Not sure yet whether it was shared", with Check again. */
  | { kind: 'unknown' }
  | { kind: 'undoQuestion' }
  /** "Sharing…", "Checking…", "Removing access…": Sharebot is still working and will update the card. */
  | { kind: 'pending'; title: string }
  | { kind: 'undone'; removedAny: boolean }
  | { kind: 'cancelled' }
  /** A notice that nothing was shared (a refusal Graph gave), or that the request is gone. */
  | { kind: 'notShared'; title: string }
  /** Anything else: a card that does not say where the share stands. */
  | { kind: 'unclear'; text: string };

const pendingTitles = ['Sharing…', 'Checking…', 'Removing access…'];

/** Reads a card the way the person does: by its buttons first, then by its title. */
export function stateOf(card: CardJson): CardState {
  if (findExecute(card, 'share.pickFile')) return { kind: 'pickFile' };
  if (findExecute(card, 'share.pickPerson')) return { kind: 'pickPerson' };
  if (findExecute(card, 'share.confirm')) return { kind: 'confirm' };
  if (findExecute(card, 'share.check')) return { kind: 'unknown' };
  if (findExecute(card, 'share.undoConfirm')) return { kind: 'undoQuestion' };
  if (findExecute(card, 'share.undo'))
    return { kind: 'shared', partly: !!findExecute(card, 'share.missing') };
  const text = plain(jsonText(card));
  const title = text.split('\n')[0] ?? '';
  const pending = pendingTitles.find((candidate) => title.includes(candidate));
  if (pending) return { kind: 'pending', title: pending };
  if (title.includes('Share undone'))
    return { kind: 'undone', removedAny: text.includes('Removed the access') };
  if (title.includes('Cancelled')) return { kind: 'cancelled' };
  if (/nothing was shared/i.test(text)) return { kind: 'notShared', title };
  return { kind: 'unclear', text: text.slice(0, 300) };
}

/** The email addresses of a result card's lines (one per person who got access), lower case. */
export function grantedEmails(card: CardJson): string[] {
  const lines = plain(jsonText(card)).split('\n');
  return lines.flatMap((line) => {
    const email = /\(([^()\s]+@[^()\s]+)\)$/.exec(line.trim());
    return email ? [email[1].toLowerCase()] : [];
  });
}

/** Whether the result card says this person can edit (rather than view). */
export function grantedRole(card: CardJson, email: string): 'read' | 'write' | undefined {
  const lines = plain(jsonText(card)).split('\n');
  const at = lines.findIndex((line) => line.toLowerCase().includes(`(${email.toLowerCase()})`));
  if (at < 0) return undefined;
  const status = lines[at + 1] ?? '';
  if (status.startsWith('can edit')) return 'write';
  if (status.startsWith('can view')) return 'read';
  return undefined;
}

/** Card text with markdown escapes removed, as it reads on screen. */
export function plain(text: string): string {
  return text.replace(/\\(.)/g, '$1');
}
