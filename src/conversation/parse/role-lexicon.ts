/** What a role word or phrase asks for. */
export type RoleKind = 'read' | 'write' | 'owner' | 'unsupported';

/** One lexicon entry: a pattern (regex source, matched whole-word, case-insensitive) and what it means. */
export interface RoleEntry {
  kind: RoleKind;
  /** The words as matched in the message, filled in when the entry is found. */
  words: string;
  /** True when the phrase carries a modal ("can edit", "should be able to view"): its subject is a recipient. */
  modal: boolean;
}

const MODAL = String.raw`(?:(?:can|could|should|must|will|would|may|shall)(?:\s+(?:also|only|just))?\s+(?:be\s+able\s+to\s+)?|(?:needs?|wants?)\s+to\s+(?:be\s+able\s+to\s+)?|is\s+able\s+to\s+|be\s+able\s+to\s+)`;
const PERMISSION = '(?:access|rights?|permissions?|privileges?|perms?|role)';

/** Role phrases, longest first within each group; each group maps to one kind. */
const GROUPS: Array<{ kind: RoleKind; phrases: string[] }> = [
  {
    kind: 'unsupported',
    phrases: [
      String.raw`(?:can'?t|cannot|can\s+not|shouldn'?t|should\s+not|must\s+not|not\s+able\s+to|without\s+being\s+able\s+to)\s+download`,
      String.raw`(?:no|block(?:ed)?|without|disable)\s+download(?:s|ing)?`,
      String.raw`download[-\s]?only`,
      String.raw`comment(?:er|ers|ing|s)?(?:\s+(?:only|access|rights?))?`,
      String.raw`review(?:er|ers|ing)?(?:\s+(?:only|access|rights?))?`,
      'approv(?:e|er|ers|al|ing)',
      String.raw`suggest(?:ing)?\s+(?:only|mode)`,
    ],
  },
  {
    kind: 'owner',
    phrases: [
      String.raw`full[-\s](?:control|access|rights?|permissions?)`,
      'co-?owners?(?:hip)?',
      String.raw`owners?(?:hip)?(?:\s+${PERMISSION})?`,
      String.raw`admin(?:istrator)?s?(?:\s+${PERMISSION})?`,
      String.raw`${MODAL}?manage(?:\s+(?:permissions|sharing|access))?`,
    ],
  },
  {
    kind: 'write',
    phrases: [
      String.raw`read\s*(?:/|&|\+|and|-)\s*write`,
      String.raw`(?:edit(?:ing)?|write|writ(?:ing)|modify|contributor|editor)\s+${PERMISSION}`,
      String.raw`${MODAL}?(?:edit|write|modify|change|contribute|co-?author|collaborate\s+on|work\s+on|(?:make|making)\s+(?:any\s+|some\s+)?(?:changes|edits))`,
      'editors?|writers?|contributors?|co-?authors?|editable|editing',
    ],
  },
  {
    kind: 'read',
    phrases: [
      // Limits that name edit only to rule it out ("no edits", "without write access", "non-editable").
      String.raw`(?:no|without|zero)\s+(?:edit(?:s|ing)?|writ(?:e|ing)|changes|changing|modifications|modifying)(?:\s+${PERMISSION})?`,
      String.raw`non-?editable|uneditable|not\s+editable`,
      String.raw`(?:view|read|look)[-\s]?only`,
      'readonly|viewonly',
      String.raw`(?:view(?:ing)?|read(?:ing)?|viewer|reader|see)\s+${PERMISSION}`,
      String.raw`${MODAL}?(?:only\s+)?(?:view|read|see|look\s+at|have\s+a\s+look\s+at|take\s+a\s+look\s+at|open)`,
      String.raw`viewers?|readers?|viewable|read\s+(?:it|them)`,
    ],
  },
];

const ROLE_SOURCE = GROUPS.flatMap((g) => g.phrases.map((p) => `(${p})`)).join('|');

/** One regex for every role phrase; match groups map back to kinds through `roleKindOfGroup`. */
export const ROLE_PATTERN = new RegExp(
  String.raw`(?<![\p{L}\p{N}_-])(?:${ROLE_SOURCE})(?![\p{L}\p{N}_-])`,
  'giu',
);

const GROUP_KINDS: RoleKind[] = GROUPS.flatMap((g) => g.phrases.map(() => g.kind));

/** The kind of the role phrase that matched, from the capture group that took part in the match. */
export function roleKindOfMatch(match: RegExpExecArray): RoleKind {
  for (let i = 1; i < match.length; i++) {
    if (match[i] !== undefined) {
      return GROUP_KINDS[i - 1] ?? 'read';
    }
  }
  return 'read';
}

/** True when the matched phrase starts with a modal ("can", "should be able to", "needs to"). */
export function hasModal(words: string): boolean {
  return new RegExp(`^${MODAL}`, 'i').test(words);
}
