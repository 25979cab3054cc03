import type {
  ItemRef,
  ParseContext,
  ParsedMessage,
  RecipientRef,
} from '../../../src/conversation/parse/parsed-request';

/** A fixed context: Wednesday 10 March 2027, 11:00 in Madrid (UTC+1; summer time starts 28 March). */
export const MADRID: ParseContext = {
  now: new Date('2027-03-10T10:00:00Z'),
  timeZone: 'Europe/Madrid',
  mentions: [
    { text: '<at>Tom Baker</at>', teamsId: '29:tom', aadObjectId: 'aad-tom', name: 'Tom Baker' },
    { text: '<at>Ann Lee</at>', teamsId: '29:ann', name: 'Ann Lee' },
  ],
};

/** The parts of an item a row checks (the span is checked separately). */
export type ItemShape =
  | { kind: 'name'; name: string; folder: boolean; quoted: boolean }
  | { kind: 'path'; path: string }
  | { kind: 'url'; url: string }
  | { kind: 'special'; name: string };

/** What a share row expects: every field that matters, with defaults for "nothing said". */
export interface ShareShape {
  intent: 'share';
  item: ItemShape | undefined;
  otherItems?: ItemShape[];
  recipients: string[];
  role: string;
  options: Record<string, unknown>;
}

/** What a row expects. */
export type Shape =
  | ShareShape
  | { intent: 'help' }
  | { intent: 'greeting' }
  | { intent: 'unknown' }
  | { intent: 'question' };

/** A file or bare name item, as typed. */
export const named = (name: string): ItemShape => ({ kind: 'name', name, folder: false, quoted: false });
/** A quoted name item. */
export const quoted = (name: string): ItemShape => ({ kind: 'name', name, folder: false, quoted: true });
/** A folder item ("the Reports folder"). */
export const folder = (name: string, isQuoted = false): ItemShape => ({
  kind: 'name',
  name,
  folder: true,
  quoted: isQuoted,
});
/** A drive path item. */
export const path = (p: string): ItemShape => ({ kind: 'path', path: p });
/** A URL item. */
export const url = (u: string): ItemShape => ({ kind: 'url', url: u });
/** A special folder item. */
export const special = (name: string): ItemShape => ({ kind: 'special', name });

/** A share expectation; recipients are written "Ana" (name), "email:x@y", "mention:29:tom" or "chat". */
export function share(
  item: ItemShape | undefined,
  recipients: string[],
  role = 'unspecified',
  options: Record<string, unknown> = {},
): ShareShape {
  return { intent: 'share', item, recipients, role, options };
}

/** The same expectation with further items named after the first one. */
export function alsoNaming(expected: ShareShape, others: ItemShape[]): ShareShape {
  return { ...expected, otherItems: others };
}

/** Writes a recipient the way rows do. */
function recipientShape(r: RecipientRef): string {
  switch (r.kind) {
    case 'name':
      return r.text;
    case 'email':
      return `email:${r.email}`;
    case 'mention':
      return `mention:${r.teamsId}`;
    case 'chatMembers':
      return 'chat';
  }
}

/** The item without its span. */
function itemShape(item: ItemRef | undefined): ItemShape | undefined {
  if (!item) return undefined;
  switch (item.kind) {
    case 'name':
      return { kind: 'name', name: item.name, folder: item.folder, quoted: item.quoted };
    case 'path':
      return { kind: 'path', path: item.path };
    case 'url':
      return { kind: 'url', url: item.url };
    case 'special':
      return { kind: 'special', name: item.name };
  }
}

/** The role written as rows do: "read", "write", "owner", "unsupported", "conflict", "unspecified". */
function roleShape(parsed: Extract<ParsedMessage, { intent: 'share' }>): string {
  const role = parsed.role;
  return role.kind === 'role' ? role.role : role.kind;
}

/** Projects a parse result onto the shape rows are written in. */
export function shapeOf(parsed: ParsedMessage): Shape {
  if (parsed.intent !== 'share') return { intent: parsed.intent };
  const options: Record<string, unknown> = {};
  const o = parsed.options;
  if (o.sendInvitation !== undefined) options.sendInvitation = o.sendInvitation;
  if (o.message !== undefined) options.message = o.message;
  if (o.password !== undefined) options.password = o.password;
  if (o.requireSignIn !== undefined) options.requireSignIn = o.requireSignIn;
  if (o.expiration) options.expires = o.expiration.at.toISOString();
  return {
    intent: 'share',
    item: itemShape(parsed.item),
    ...(parsed.otherItems ? { otherItems: parsed.otherItems.map((i) => itemShape(i) as ItemShape) } : {}),
    recipients: parsed.recipients.map(recipientShape),
    role: roleShape(parsed),
    options,
  };
}
