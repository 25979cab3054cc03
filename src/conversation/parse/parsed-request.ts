import type { FileKind } from '../../domain/item-kind';
import type { Role } from '../../domain/role';

/** Where in the original text a piece was read from (after the bot's own mention is removed). */
export interface Span {
  start: number;
  end: number;
  text: string;
}

/** The special folders Graph addresses by name (docs/graph-notes.md §3.5). */
export type SpecialFolderName = 'documents' | 'photos' | 'cameraroll' | 'approot' | 'music' | 'desktop';

/** A word that named the kind of file, and the kind ("slides" -> presentation). */
export interface FileKindWord {
  kind: FileKind;
  word: string;
}

/** What the person pointed at. Resolution against Graph happens later, in resolve/. */
export type ItemRef =
  /**
   * A file or folder name, with or without extension ("report.xlsx", "Launch Deck v3"); `fileKind`
   * when a word said what kind of file it is ("the induction slides": name "induction").
   */
  | { kind: 'name'; name: string; folder: boolean; quoted: boolean; span: Span; fileKind?: FileKindWord }
  /** A drive path such as "/Finance/2027/plan.xlsx" (leading slash kept). */
  | { kind: 'path'; path: string; span: Span }
  /** A pasted OneDrive or SharePoint URL. */
  | { kind: 'url'; url: string; span: Span }
  /** "my Documents folder" and the like. */
  | { kind: 'special'; name: SpecialFolderName; span: Span };

/** Who the person wants to share with. */
export type RecipientRef =
  | { kind: 'email'; email: string; span: Span }
  /** A Teams @mention of another person; resolved through the Teams member lookup. */
  | { kind: 'mention'; teamsId: string; aadObjectId?: string; name: string; span: Span }
  /** A display name, partial name, or group name, to look up. */
  | { kind: 'name'; text: string; span: Span }
  /**
   * "everyone in this chat": the chat's members minus the bot and the requester. `team`: the words
   * named the team ("everyone in this team", "the whole team"), which only a team's channel has.
   */
  | { kind: 'chatMembers'; span: Span; team?: true };

/** The access asked for. */
export type RoleAsk =
  /** A word or phrase that maps to read or write ("as editor", "read-only", "view"). */
  | { kind: 'role'; role: Role; words: string }
  /** Nothing said: the flow uses read, shows it on the card, and lets the person change it. */
  | { kind: 'unspecified' }
  /** Owner / full control: Graph's invite cannot grant it (docs/graph-notes.md §1.4). */
  | { kind: 'owner'; words: string }
  /** A role Graph lacks, such as "commenter": ask, do not guess. */
  | { kind: 'unsupported'; words: string }
  /** Two role words that disagree ("view and edit"): ask. */
  | { kind: 'conflict'; words: string[] }
  /** A role per person ("Ana as editor and Bob as viewer"): `roles[i]` is for `recipients[i]`. */
  | { kind: 'perPerson'; roles: Role[]; words: string[] };

export interface ShareOptions {
  /** false for "no email", "silently", "don't notify"; undefined when not said (the default is to notify). */
  sendInvitation?: boolean;
  /** A note for the invitation ("saying ...", "note: ...", a quoted message). */
  message?: string;
  /** An expiry ("until Friday", "for 2 weeks", a date), resolved in the user's time zone. */
  expiration?: { at: Date; words: string };
  /** true when the person asked for sign-in explicitly. */
  requireSignIn?: boolean;
  /** A password, only meaningful on personal drives. */
  password?: string;
}

export type ParsedMessage =
  | {
      intent: 'share';
      item?: ItemRef;
      /** Further items named in the same message ("plan.xlsx and budget.xlsx"); one share covers one item, so the flow should ask. */
      otherItems?: ItemRef[];
      recipients: RecipientRef[];
      role: RoleAsk;
      options: ShareOptions;
      /** A follow-up: no item but "it" (the last share's item), or no people but "too" (its people). */
      refersTo?: 'lastItem' | 'lastPeople';
    }
  /**
   * A question about access, answered from the item's permissions and never turned into a share:
   * about people ("can Mateo see the launch deck?", "did I share budget.xlsx with Lee?") or about
   * everyone ("who can see X?"). `role` is the access asked about, when a role word said it.
   */
  | { intent: 'question'; about: 'person' | 'who'; item?: ItemRef; recipients: RecipientRef[]; role?: Role }
  | { intent: 'help' }
  /** "thanks", "cheers": one line back. */
  | { intent: 'thanks' }
  /** "cancel", "never mind": closes the open question. */
  | { intent: 'cancel' }
  /** "undo that": the Undo confirmation of the last share. */
  | { intent: 'undo' }
  /** "make it view only", "actually edit": a new role for the last share. */
  | { intent: 'changeRole'; role: RoleAsk }
  /** Written in another language than English. */
  | { intent: 'otherLanguage' }
  | { intent: 'greeting' }
  /** Not a share request; `text` is what was read, for a friendly answer. */
  | { intent: 'unknown'; text: string };

/** A Teams mention entity of someone other than the bot, as it appears in the activity. */
export interface MentionInfo {
  /** The mention's text in the message, e.g. "<at>Tom Baker</at>". */
  text: string;
  teamsId: string;
  aadObjectId?: string;
  name: string;
}

/** What the parser needs besides the text. */
export interface ParseContext {
  /** Mentions of people other than the bot (the bot's own mention is already removed from text). */
  mentions: MentionInfo[];
  /** The user's IANA time zone from the activity (`localTimezone`), when Teams sent it. */
  timeZone?: string;
  /** The current instant; injected so tests are deterministic. */
  now: Date;
}
