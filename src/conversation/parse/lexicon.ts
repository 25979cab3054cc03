import type { FileKind } from '../../domain/item-kind';

/** How a share verb arranges its objects. */
export type VerbKind =
  /** share / send X with|to Y: the object is the item. */
  | 'share'
  /** give / grant Y access to X, give X to Y: the object is usually the person. */
  | 'give'
  /** let / allow Y view X. */
  | 'let'
  /** invite / add Y to X. */
  | 'invite';

/** Verbs that start a share request, by how they arrange their objects. */
export const VERBS: ReadonlyMap<string, VerbKind> = new Map<string, VerbKind>([
  ['share', 'share'],
  ['reshare', 'share'],
  ['send', 'share'],
  ['forward', 'share'],
  ['fwd', 'share'],
  ['show', 'share'],
  ['give', 'give'],
  ['grant', 'give'],
  ['provide', 'give'],
  ['make', 'give'],
  ['set', 'give'],
  ['let', 'let'],
  ['allow', 'let'],
  ['permit', 'let'],
  ['enable', 'let'],
  ['invite', 'invite'],
  ['add', 'invite'],
]);

/** Verbs whose requests count as sharing only with another sign (a role, an access noun, a file, an email...). */
export const WEAK_VERBS: ReadonlySet<string> = new Set([
  'make',
  'set',
  'let',
  'allow',
  'permit',
  'enable',
  'invite',
  'add',
  'show',
  'provide',
]);

/** Prepositions that introduce a person or an item. */
export const PREPOSITIONS: ReadonlySet<string> = new Set([
  'with',
  'w/',
  'wth',
  'to',
  'for',
  'on',
  'of',
  'in',
  'into',
  'onto',
  'at',
  'from',
  'about',
  'regarding',
]);

/** Nouns that say "access" without saying which ("access to X", "permission on X", "a link to X"). */
export const ACCESS_NOUNS: ReadonlySet<string> = new Set([
  'access',
  'rights',
  'right',
  'permission',
  'permissions',
  'perms',
  'privileges',
  'link',
  'links',
  'url',
]);

/** Verbs that say someone needs something ("Mateo needs edit rights on X"); their subject is a recipient. */
export const NEED_VERBS: ReadonlySet<string> = new Set([
  'needs',
  'need',
  'wants',
  'want',
  'requires',
  'require',
  'gets',
  'get',
  'have',
  'has',
  'requests',
  'requested',
]);

/** Question openers ("can Priya see X?"): their subject is a recipient. */
export const MODAL_WORDS: ReadonlySet<string> = new Set(['can', 'could']);

/** Words that end a phrase: conjunctions, auxiliaries and the like. */
export const BOUNDARY_WORDS: ReadonlySet<string> = new Set([
  'so',
  'because',
  'since',
  'but',
  'then',
  'when',
  'if',
  'which',
  'who',
  'whom',
  'is',
  'are',
  'was',
  'were',
  'be',
  'been',
  'ok',
  'okay',
]);

/** Words that carry nothing for sharing and are skipped without ending a phrase ("Ana should have...", "Bob too"). */
export const SKIP_WORDS: ReadonlySet<string> = new Set([
  'should',
  'must',
  'will',
  'would',
  'shall',
  'might',
  'too',
  'also',
  'both',
  'each',
  'only',
  'just',
  'really',
  'already',
]);

/** Words that join several people ("Ana, Bob and Carl", "Ana & Bob", "Ana + Bob"). */
export const JOINERS: ReadonlySet<string> = new Set([',', 'and', '&', '+', 'plus', 'n', 'aswell']);

/** Articles and possessives dropped at the edges of names ("the design team" -> "design team"). */
export const DETERMINERS: ReadonlySet<string> = new Set([
  'the',
  'a',
  'an',
  'my',
  'our',
  'your',
  'this',
  'that',
  'these',
  'those',
  'his',
  'her',
  'their',
  'its',
]);

/** Words that stand for the item without naming it ("share it", "the file"): no item is read from them. */
export const GENERIC_ITEM_WORDS: ReadonlySet<string> = new Set([
  'it',
  'this',
  'that',
  'these',
  'those',
  'one',
  'same',
  'above',
  'file',
  'files',
  'doc',
  'document',
  'spreadsheet',
  'sheet',
  'workbook',
  'presentation',
  'deck',
  'slides',
  'slide',
  'decks',
  'ppt',
  'powerpoint',
  'sheets',
  'excel',
  'docs',
  'documents',
  'pdf',
  'picture',
  'photo',
  'image',
  'pic',
  'screenshot',
  'item',
  'thing',
  'stuff',
  'folder',
  'copy',
  'version',
  'latest',
  'called',
  'named',
  'anything',
  'everything',
  'something',
  'nothing',
]);

/** Words that say what kind of file is meant; they narrow the search, they are not part of the name. */
export const KIND_WORDS: ReadonlyMap<string, FileKind> = new Map<string, FileKind>([
  ['deck', 'presentation'],
  ['decks', 'presentation'],
  ['slides', 'presentation'],
  ['slide', 'presentation'],
  ['presentation', 'presentation'],
  ['ppt', 'presentation'],
  ['powerpoint', 'presentation'],
  ['sheet', 'spreadsheet'],
  ['sheets', 'spreadsheet'],
  ['spreadsheet', 'spreadsheet'],
  ['workbook', 'spreadsheet'],
  ['excel', 'spreadsheet'],
  ['doc', 'document'],
  ['docs', 'document'],
  ['document', 'document'],
  ['documents', 'document'],
  ['pdf', 'pdf'],
  ['picture', 'image'],
  ['photo', 'image'],
  ['image', 'image'],
  ['pic', 'image'],
  ['screenshot', 'image'],
  ['file', 'file'],
]);

/** Words for folders ("the Reports folder", "folder Reports"). */
export const FOLDER_WORDS: ReadonlySet<string> = new Set(['folder', 'directory', 'dir']);

/** People the requester cannot mean as another recipient: the requester and bare pronouns. */
export const PRONOUNS: ReadonlySet<string> = new Set([
  'me',
  'myself',
  'i',
  'you',
  'u',
  'yourself',
  'him',
  'her',
  'them',
  'us',
  'we',
  'they',
  'she',
  'he',
  'it',
  'everyone',
  'everybody',
  'someone',
  'somebody',
  'people',
]);
