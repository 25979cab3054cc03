import { parseMessage } from '../parse/parse-message';
import type { ItemRef, ParseContext, RecipientRef } from '../parse/parsed-request';

/**
 * A message that takes access away, read into what it asks: one person's (or group's) access to
 * an item, everyone's, or a sentence about removing whose parts could not be read. Never a share.
 */
export type AccessCommand =
  | { action: 'remove'; item?: ItemRef; recipients: RecipientRef[]; severalItems?: true; lastItem?: true }
  | { action: 'stopSharing'; item?: ItemRef; severalItems?: true; lastItem?: true }
  /** "stop sharing the link": links are deleted by the link flows, so the sentence is answered, not acted on. */
  | { action: 'aboutLink' };

const polite = String.raw`^\s*(?:(?:please|pls|hey|hi|ok|okay|sharebot|actually|oh|oops|sorry|wait|also|and|so|now|um)[\s,]+)*(?:(?:can|could|would|will)\s+you\s+)?(?:please\s+)?`;
const everyone =
  /^(?:every(?:one|body)(?:\s+else)?|any(?:one|body)|all(?:\s+of\s+them)?|all\s+people|people)$/i;
const linkWord = /\b(?:sharing[- ])?links?\b/i;

/** "remove Ana from X", "take Ana off X", "remove Ana's access to X", "revoke access to X for Ana"... */
const personFirst: RegExp[] = [
  new RegExp(
    `${polite}(?:remove|take|kick|drop|delete)\\s+(.+?)\\s+(?:off(?:\\s+of)?|from|out\\s+of)\\s+(.+)$`,
    'i',
  ),
  new RegExp(
    `${polite}(?:remove|revoke|take\\s+away|cancel|withdraw|end|delete)\\s+(.+?)(?:'s|’s|s')\\s+(?:access|permissions?|rights)\\s+(?:to|on|for|from|of)\\s+(.+)$`,
    'i',
  ),
  new RegExp(`${polite}revoke\\s+(.+?)\\s+from\\s+(.+)$`, 'i'),
];

/** "revoke access to X for Ana", "remove access to X from Ana": the item first. */
const itemFirst: RegExp[] = [
  new RegExp(
    `${polite}(?:remove|revoke|take\\s+away|withdraw|cancel|end)\\s+(?:all\\s+)?(?:the\\s+)?(?:access|permissions?|sharing)\\s+(?:to|on|for)\\s+(.+?)\\s+(?:for|from)\\s+(.+)$`,
    'i',
  ),
  new RegExp(`${polite}(?:stop|quit|cease)\\s+sharing\\s+(.+?)\\s+(?:with|to|for)\\s+(.+)$`, 'i'),
  new RegExp(`${polite}un-?share\\s+(.+?)\\s+(?:with|from|for)\\s+(.+)$`, 'i'),
  new RegExp(
    `${polite}(?:i\\s+)?(?:do\\s*n[o']?t|dont)\\s+(?:want\\s+to\\s+)?share\\s+(.+?)\\s+with\\s+(.+?)\\s+any\\s*(?:more|longer)\\s*[.!]*$`,
    'i',
  ),
  new RegExp(
    `${polite}(?:i\\s+)?no\\s+longer\\s+(?:want\\s+to\\s+)?share\\s+(.+?)\\s+with\\s+(.+?)(?:\\s+any\\s*(?:more|longer))?\\s*[.!]*$`,
    'i',
  ),
];

/** "stop sharing X", "make X private", "remove all access to X", "unshare X": everyone. */
const wholeItem: RegExp[] = [
  new RegExp(`${polite}(?:stop|quit|cease)\\s+sharing\\s+(.+)$`, 'i'),
  new RegExp(`${polite}un-?share\\s+(.+)$`, 'i'),
  new RegExp(`${polite}make\\s+(.+?)\\s+private(?:\\s+again)?\\s*[.!]*$`, 'i'),
  new RegExp(
    `${polite}(?:remove|revoke|take\\s+away|withdraw|delete)\\s+(?:all|every(?:one's|body's))\\s+(?:the\\s+)?(?:access|permissions?|sharing)\\s+(?:to|on|for|from)\\s+(.+)$`,
    'i',
  ),
];

/** Words that stop sharing, which must never reach the share or link-creation readers. */
const stopWords = String.raw`stop\s+sharing|un-?share|make\s+.+\s+private\b|(?:i\s+)?(?:do\s*n[o']?t|dont)\s+(?:want\s+to\s+)?share\b.*\bany\s*(?:more|longer)\b|(?:i\s+)?no\s+longer\s+(?:want\s+to\s+)?share\b`;
const stopPhrase = new RegExp(`${polite}(?:${stopWords})`, 'i');

/** A sentence that starts like a removal, whatever follows: never read as a share. */
const removalOpener = new RegExp(
  `${polite}(?:${stopWords}|revoke\\b|take\\s+\\S+(?:\\s+\\S+)?\\s+off\\b)`,
  'i',
);

/**
 * Reads a message that removes access ("remove Ana from plan.xlsx", "stop sharing plan.xlsx with
 * Ana", "unshare plan.xlsx", "make plan.xlsx private"), or undefined when it is not one. It runs
 * before the share parser, which would read "stop sharing plan.xlsx with Ana" as a share of an
 * item named "stop sharing plan.xlsx". The item and people are read by the share parser from the
 * sentence reframed as a share ("share plan.xlsx with Ana"), so names, paths and @mentions read alike.
 */
export function readAccessCommand(text: string, context: ParseContext): AccessCommand | undefined {
  const sentence = text.trim();
  // "delete the anyone link on X" is the link flows'; "stop sharing the link" is answered here, never acted on.
  if (linkWord.test(sentence)) return stopPhrase.test(sentence) ? { action: 'aboutLink' } : undefined;
  for (const pattern of personFirst) {
    const match = pattern.exec(sentence);
    if (match) return fromParts(match[2] as string, match[1] as string, context);
  }
  for (const pattern of itemFirst) {
    const match = pattern.exec(sentence);
    if (match) return fromParts(match[1] as string, match[2] as string, context);
  }
  for (const pattern of wholeItem) {
    const match = pattern.exec(sentence);
    if (match) return fromParts(match[1] as string, 'everyone', context);
  }
  return removalOpener.test(sentence) ? { action: 'remove', recipients: [] } : undefined;
}

function fromParts(itemText: string, peopleText: string, context: ParseContext): AccessCommand {
  const people = withoutEndPunctuation(peopleText);
  const itemWords = withoutEndPunctuation(itemText);
  if (everyone.test(people)) {
    const parsed = readShare(itemWords, 'someone', context);
    return { action: 'stopSharing', ...itemParts(parsed, itemWords) };
  }
  const parsed = readShare(itemWords, people, context);
  return { action: 'remove', ...itemParts(parsed, itemWords), recipients: parsed?.recipients ?? [] };
}

/** "it", "that file": the item of the person's last share, which the flow looks up. */
const lastItemWords = /^(?:it|that|this)(?:\s+(?:file|folder|one|document))?$/i;

/** The item read, whether the sentence named more than one ("plan.xlsx and budget.xlsx"), and whether it said "it". */
function itemParts(
  parsed: ReturnType<typeof readShare>,
  itemWords: string,
): { item?: ItemRef; severalItems?: true; lastItem?: true } {
  return {
    ...(parsed?.item ? { item: parsed.item } : {}),
    ...(parsed?.otherItems?.length ? { severalItems: true as const } : {}),
    ...(!parsed?.item && lastItemWords.test(itemWords) ? { lastItem: true as const } : {}),
  };
}

function withoutEndPunctuation(text: string): string {
  return text.replace(/[.!?]+\s*$/, '').trim();
}

/** The item and people of the sentence reframed as a share ("share X with Ana"), read by the share parser. */
function readShare(itemText: string, peopleText: string, context: ParseContext) {
  const parsed = parseMessage(`share ${itemText} with ${peopleText}`, context);
  return parsed.intent === 'share' ? parsed : undefined;
}
