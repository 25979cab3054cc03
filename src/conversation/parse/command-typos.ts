/**
 * Typos in the words that steer a request ("shre", "wiht", "editr", "acess"). A typed word is read
 * as a command word when it is within a small Damerau-Levenshtein distance of one (one edit for
 * words of up to five letters, two for longer ones), starts like it (same first letter, or the
 * first two swapped), and is not itself a word or name people write (NOT_TYPOS). Where a typo may
 * stand is the caller's rule: names and file words are never corrected.
 */

/** What a command word does in a request. */
export type CommandRole = 'verb' | 'with' | 'access' | 'role';

/** The command words typos are mapped back to, and what each one is. */
const COMMAND_WORDS: ReadonlyMap<string, CommandRole> = new Map<string, CommandRole>([
  ['share', 'verb'],
  ['send', 'verb'],
  ['give', 'verb'],
  ['grant', 'verb'],
  ['invite', 'verb'],
  ['with', 'with'],
  ['access', 'access'],
  ['permission', 'access'],
  ['permissions', 'access'],
  ['editor', 'role'],
  ['editors', 'role'],
  ['viewer', 'role'],
  ['viewers', 'role'],
  ['edit', 'role'],
  ['view', 'role'],
  ['reader', 'role'],
  ['readers', 'role'],
  ['readonly', 'role'],
]);

/**
 * Words and names within reach of a command word that mean something else: left as typed.
 * Grouped by the command word they are close to.
 */
const NOT_TYPOS: ReadonlySet<string> = new Set([
  // share
  'shame',
  'shape',
  'shard',
  'shark',
  'sharp',
  'shore',
  'spare',
  'stare',
  'snare',
  'scare',
  'shale',
  'shave',
  'shane',
  'shari',
  'shara',
  'shared',
  'shares',
  'sharer',
  'shire',
  'sharee',
  // send
  'sand',
  'seed',
  'sent',
  'sens',
  'seen',
  'sena',
  'sends',
  'sean',
  'senda',
  'sled',
  'spend',
  'scend',
  // give
  'gave',
  'gives',
  'given',
  'giver',
  'gile',
  'gibe',
  'gyve',
  'glve',
  // grant
  'grand',
  'grunt',
  'giant',
  'graft',
  'grans',
  'grants',
  'grace',
  'grady',
  'gran',
  'grit',
  'rant',
  // invite
  'invited',
  'invites',
  'invitee',
  'invoice',
  'incite',
  // with
  'wish',
  'wit',
  'wits',
  'whit',
  'withe',
  'width',
  'wither',
  'witt',
  'wite',
  'writ',
  'wig',
  'win',
  // access
  'across',
  'assess',
  'accent',
  'abscess',
  'accuse',
  'accesses',
  // permission
  'permissive',
  'permissible',
  // editor, edit
  'edited',
  'edits',
  'exit',
  'emit',
  'edict',
  'edith',
  'eddie',
  'elite',
  'editing',
  'editions',
  'edition',
  // viewer, view
  'viewed',
  'views',
  'vie',
  'vied',
  'vies',
  'vive',
  'vidi',
  'vieu',
  'fewer',
  'newer',
  'sewer',
  // reader, readonly
  'ready',
  'reads',
  'reared',
  'readies',
  'readied',
  'leader',
  'header',
  'reeder',
  'reade',
]);

/** Damerau-Levenshtein distance (optimal string alignment), stopping early above `limit`. */
export function typoDistance(a: string, b: string, limit: number): number {
  if (Math.abs(a.length - b.length) > limit) return limit + 1;
  const rows: number[][] = [Array.from({ length: b.length + 1 }, (_, j) => j)];
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    let best = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let value = Math.min(
        (rows[i - 1] as number[])[j] + 1,
        row[j - 1] + 1,
        (rows[i - 1] as number[])[j - 1] + cost,
      );
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1])
        value = Math.min(value, (rows[i - 2] as number[])[j - 2] + 1);
      row.push(value);
      best = Math.min(best, value);
    }
    if (best > limit) return limit + 1;
    rows.push(row);
  }
  return (rows[a.length] as number[])[b.length];
}

/** How many edits a typo of `word` may hold: one for short words, two for long ones. */
function allowedEdits(word: string): number {
  return word.length <= 5 ? 1 : 2;
}

/** True when a typed word starts like the command word (same first letter, or the first two swapped). */
function startsLike(typed: string, word: string): boolean {
  return typed[0] === word[0] || (typed[0] === word[1] && typed[1] === word[0]);
}

/**
 * The command word a lower-case typed word is a typo of, with what it does; undefined when it is
 * a command word already, a known word or name, too short, or not close to exactly one command word.
 */
export function commandTypo(typed: string): { word: string; role: CommandRole } | undefined {
  if (typed.length < 3 || !/^\p{Ll}+$/u.test(typed) || COMMAND_WORDS.has(typed) || NOT_TYPOS.has(typed))
    return undefined;
  const found = [...COMMAND_WORDS].filter(
    ([word]) =>
      startsLike(typed, word) && typoDistance(typed, word, allowedEdits(word)) <= allowedEdits(word),
  );
  const roles = new Set(found.map(([, role]) => role));
  const [first] = found;
  if (!first || roles.size !== 1) return undefined;
  // Several role words in reach ("editr": edit, editor) read the same way only if they are one kind.
  const exact = found.sort(([a], [b]) => typoDistance(typed, a, 2) - typoDistance(typed, b, 2))[0] as [
    string,
    CommandRole,
  ];
  return { word: exact[0], role: exact[1] };
}
