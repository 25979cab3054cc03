import type { Role } from '../../domain/role';
import { parseMessage } from '../parse/parse-message';
import type { ItemRef, ParseContext, RecipientRef } from '../parse/parsed-request';

/**
 * A message that asks to change the role someone already has ("make Ana a viewer on plan.xlsx"),
 * or the role of a sharing link, which Graph cannot change.
 */
export type RoleChangeAsk =
  | {
      about: 'person';
      item?: ItemRef;
      recipients: RecipientRef[];
      role: Role;
      /**
       * "let Ana only view plan.xlsx": also a plain share sentence, so it is a share when the person
       * has no access of their own yet. Strong wordings ("make", "change", "instead") never share.
       */
      shareIfNoAccess: boolean;
    }
  | { about: 'link'; item?: ItemRef; role: Role }
  /** "change it to view only", "make him an editor instead": the last share's role (follow-ups). */
  | { about: 'lastShare'; role: Role; words: string };

/** A role as people write it after "to", "a", "an" or "only". */
const ROLE =
  '(view(?:ers?)?(?:[- ]only)?|read(?:ers?|[- ]only)?|see|look at|edit(?:ors?|ing)?|writers?|write|contributors?|co-?authors?)(?:\\s+(?:access|rights|permissions?|role|only))?';
const ITEM_AFTER = '(?:\\s+(?:on|of|for|in|to)\\s+(.+?))?';
const TAIL = '(\\s+(?:instead(?:\\s+of\\s+\\w+)?|now|from now on|going forward))?';

interface Shape {
  pattern: RegExp;
  /** Capture group numbers of the people, the role, the item (before or after the role) and the tail. */
  groups: { people: number; role: number; items: number[]; tail: number };
  /** Whether the verb alone says the role is to change (and never that something is to be shared). */
  strong: boolean;
}

const shapes: Shape[] = [
  {
    // "make Ana a viewer on plan.xlsx", "make Bob an editor of budget.xlsx instead"
    pattern: new RegExp(`^make\\s+(.+?)\\s+(?:an?\\s+)?${ROLE}${ITEM_AFTER}${TAIL}$`, 'i'),
    groups: { people: 1, role: 2, items: [3], tail: 4 },
    strong: true,
  },
  {
    // "change Bob to editor on budget.xlsx", "downgrade Bob's access on X to view", "switch Ana to view only"
    pattern: new RegExp(
      `^(?:change|switch|set|move|turn|put|downgrade|demote|upgrade|promote|bump|drop|reduce|restrict|limit)\\s+(.+?)(?:'s\\s+(?:access|role|permissions?|rights))?(?:\\s+(?:on|for|in)\\s+(.+?))?\\s+(?:back\\s+)?(?:to|into)\\s+(?:an?\\s+|just\\s+|only\\s+)?${ROLE}${ITEM_AFTER}${TAIL}$`,
      'i',
    ),
    groups: { people: 1, role: 3, items: [2, 4], tail: 5 },
    strong: true,
  },
  {
    // "give Ana edit instead", "give Bob view access to plan.xlsx instead"
    pattern: new RegExp(`^give\\s+(.+?)\\s+${ROLE}${ITEM_AFTER}(\\s+instead(?:\\s+of\\s+\\w+)?)$`, 'i'),
    groups: { people: 1, role: 2, items: [3], tail: 4 },
    strong: true,
  },
  {
    // "let Ana only view plan.xlsx"; "let Ana view plan.xlsx" without "only" stays a share
    pattern: new RegExp(`^let\\s+(.+?)\\s+(?:only|just)\\s+${ROLE}(?:\\s+(.+?))?${TAIL}$`, 'i'),
    groups: { people: 1, role: 2, items: [3], tail: 4 },
    strong: false,
  },
  {
    // "let Bob edit it instead", "let Ana edit plan.xlsx instead"
    pattern: new RegExp(`^let\\s+(.+?)\\s+${ROLE}(?:\\s+(.+?))?(\\s+instead(?:\\s+of\\s+\\w+)?)$`, 'i'),
    groups: { people: 1, role: 2, items: [3], tail: 4 },
    strong: false,
  },
  {
    // "Bob should only be able to view X now", "Ana can only view plan.xlsx from now on"
    pattern: new RegExp(
      `^(.+?)\\s+(?:should|can|may|must)\\s+only\\s+(?:be\\s+able\\s+to\\s+)?${ROLE}(?:\\s+(.+?))?${TAIL}$`,
      'i',
    ),
    groups: { people: 1, role: 2, items: [3], tail: 4 },
    strong: false,
  },
];

/** "change the link on X to edit", "make the anyone link editable": a link's role. */
const linkChange =
  /^(?:(?:change|switch|set|turn|upgrade|downgrade)\s+(?:the\s+|that\s+|this\s+|my\s+)?|make\s+(?:the|that|this|my)\s+)(?:[\w-]+\s+){0,2}?(?:sharing\s+)?link\b(?:\s+(?:on|for|of|to)\s+(.+?))?\s+(?:to\s+|into\s+)?(?:an?\s+)?(view(?:-only)?|read[- ]only|edit(?:able)?|editing|write)(?:\s+(?:link|only|access))?(?:\s+(?:on|for|of)\s+(.+?))?$/i;

/** Words that point back at the last share ("change it to view", "make him an editor instead"). */
const lastSharePeople = /^(?:it|that|this|them|him|her)$/i;

/** Words that are not a person to change: the last share's "it", the sender, a question word. */
const notPeople =
  /^(?:it|this|that|them|him|her|me|myself|us|you|everyone|everybody|who|what|which|the (?:file|folder|doc(?:ument)?|deck|sheet|link))$/i;

/** Item words that point back at the last share's item: no item of their own. */
const backToLastItem = /^(?:it|that|this|the same(?: file| folder| one)?|that (?:file|folder|one))$/i;

/** Words a person's name never holds here: "make sure Bob can edit", "let me know …", a link. */
const notAPerson = /\b(?:sure|can|could|should|will|would|know|links?)\b/i;

const lead =
  /^(?:(?:please|pls|plz|can you|could you|would you|actually|oh|ok(?:ay)?|wait|sorry|hey|hi|i want to|i'd like to)[\s,]+)+/i;
const trail = /[\s,]+(?:please|pls|plz|thanks|thank you|thx)$/i;

/**
 * Reads a change of someone's existing role, or of a link's role, or undefined when the message is
 * something else (a share, a question, a link request). Item and people are read by the share
 * parser from the sentence reframed as a share ("make Ana a viewer on plan.xlsx" -> "share
 * plan.xlsx with Ana"), so mentions, addresses and quoted names read as they do everywhere.
 */
export function readRoleChange(text: string, context: ParseContext): RoleChangeAsk | undefined {
  if (text.includes('?')) return undefined;
  const bare = text
    .trim()
    .replace(/[.!\s]+$/, '')
    .replace(lead, '')
    .replace(trail, '')
    .replace(/\s+/g, ' ')
    .trim();
  const link = linkChange.exec(bare);
  if (link) {
    const item = itemOf(link[1] ?? link[3], context);
    return { about: 'link', role: roleOf(link[2]), ...(item ? { item } : {}) };
  }
  for (const shape of shapes) {
    const match = shape.pattern.exec(bare);
    if (!match) continue;
    const people = match[shape.groups.people].trim();
    const tail = match[shape.groups.tail];
    const itemWords = shape.groups.items
      .map((g) => match[g]?.trim())
      .find((words) => words && !backToLastItem.test(words));
    const roleWords = match[shape.groups.role];
    if (lastSharePeople.test(people) && !itemWords)
      return { about: 'lastShare', role: roleOf(roleWords), words: roleWords };
    if (notPeople.test(people) || notAPerson.test(people)) return undefined;
    const parsed = parseMessage(`share ${itemWords ?? ''} with ${people}`, context);
    if (parsed.intent !== 'share' || parsed.recipients.length === 0) return undefined;
    if (itemWords && !parsed.item) return undefined;
    return {
      about: 'person',
      ...(parsed.item ? { item: parsed.item } : {}),
      recipients: parsed.recipients,
      role: roleOf(roleWords),
      shareIfNoAccess: !shape.strong && !/instead/i.test(tail ?? ''),
    };
  }
  return undefined;
}

function roleOf(words: string): Role {
  return /^(?:view|read|see|look)/i.test(words) ? 'read' : 'write';
}

function itemOf(words: string | undefined, context: ParseContext): ItemRef | undefined {
  if (!words?.trim()) return undefined;
  const parsed = parseMessage(`share ${words} with Lee`, context);
  return parsed.intent === 'share' ? parsed.item : undefined;
}
