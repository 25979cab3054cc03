import type { LinkScope, LinkType } from '../../domain/sharing-link';
import { parseMessage } from '../parse/parse-message';
import type { ItemRef, ParseContext, RecipientRef } from '../parse/parsed-request';

/** A message about sharing links, read into what it asks. */
export type LinkAsk =
  | {
      action: 'create';
      item?: ItemRef;
      recipients: RecipientRef[];
      type?: LinkType;
      scope?: LinkScope;
      expiration?: { at: Date; words: string };
    }
  | { action: 'list'; item?: ItemRef }
  | { action: 'delete'; item?: ItemRef; type?: LinkType; scope?: LinkScope };

const urlPattern = /\bhttps?:\/\/\S+/gi;
const linkWord = /\b(?:sharing[- ])?links?\b/i;
const listWords =
  /^\s*(?:(?:which|what)\b(?!.*\b(?:delete|remove|revoke)\b)|(?:list|show)(?:\s+me)?\b|are there\b|does\b.*\bhave\b)/i;
const deleteWords = /\b(?:delete|remove|revoke|disable|kill|get rid of|turn off)\b/i;
const editWords = /\b(?:edit(?:able|ing)?|write|can edit|change)\b/i;
const viewWords = /\b(?:view(?:-only)?|read[- ]only|read)\b/i;
const anyoneWords = /\b(?:anyone|anybody|anonymous|public|everyone with the link)\b/i;
const organisationWords =
  /\b(?:organi[sz]ation|org|company|tenant|colleagues|everyone (?:at|in) (?:work|the company))\b/i;
const specificWords = /\b(?:specific people|only for|particular people)\b/i;

/** Intents the share parser reads that a sentence naming a link may still be, and then is not a link request. */
const notARequest: readonly string[] = [
  'question',
  'cancel',
  'undo',
  'thanks',
  'changeRole',
  'otherLanguage',
];

/** "don't send the link", "no link please": never read as a request for one. */
const negation = /\b(?:don't|dont|do not|never)\b|\bno\s+(?:\w+\s+)?links?\b/i;

/** The words stripped before the rest is read as a share sentence for its item, people and expiry. */
const linkPhrases: RegExp[] = [
  /^\s*(?:please\s+)?(?:can you\s+|could you\s+)?(?:get|give|make|create|generate|share|send|i need|i want)?\s*(?:me\s+|us\s+)?/i,
  /\b(?:(?:that|which)\s+)?(?:anyone|anybody)\s+(?:with it\s+)?can\s+(?:open|use|see|view|edit)\b/i,
  /\b(?:for|to)\s+(?:the\s+|my\s+|our\s+)?(?:whole\s+|entire\s+)?(?:organi[sz]ation|org|company|tenant)\b/i,
  /\b(?:an?|the|new)?\s*(?:new\s+)?(?:(?:view(?:-only)?|edit(?:able)?|read[- ]only|anyone|anonymous|public|organi[sz]ation|company|specific[- ]people)\s+)*(?:sharing[- ])?links?\b\s*(?:to|for|on|of|into)?\b/gi,
];

/**
 * Reads a message that asks for, about or against sharing links, or undefined when the message
 * is not about links. Item, people and expiry are read by the share parser from the sentence
 * reframed as a share ("send Lee a view link to report.xlsx" -> "share report.xlsx with Lee").
 */
export function readLinkRequest(text: string, context: ParseContext): LinkAsk | undefined {
  const bare = text.replace(urlPattern, ' ');
  if (!linkWord.test(bare)) return undefined;
  const type: LinkType | undefined = editWords.test(bare)
    ? 'edit'
    : viewWords.test(bare)
      ? 'view'
      : undefined;
  const scope = scopeOf(bare);
  const action = deleteWords.test(bare) ? 'delete' : listWords.test(bare) ? 'list' : 'create';
  // "can Lee see it through the link?", "don't send the link": a question or small talk, not a request.
  if (notARequest.includes(parseMessage(text, context).intent)) return undefined;
  if (action === 'create' && negation.test(bare)) return undefined;
  const { item, recipients, expiration } = readShareParts(text, action, context);
  if (action === 'list') return { action, ...(item ? { item } : {}) };
  if (action === 'delete') return { action, ...(item ? { item } : {}), type, scope };
  return {
    action,
    ...(item ? { item } : {}),
    recipients,
    type,
    scope: scope ?? (recipients.length > 0 ? 'users' : undefined),
    ...(expiration ? { expiration } : {}),
  };
}

function scopeOf(text: string): LinkScope | undefined {
  if (anyoneWords.test(text)) return 'anonymous';
  if (organisationWords.test(text)) return 'organization';
  if (specificWords.test(text)) return 'users';
  return undefined;
}

/** "send Lee Chen a link …": the people before the link words. */
const sendToPattern =
  /^\s*(?:please\s+)?(?:send|give|email)\s+(?!me\b|us\b)(.+?)\s+(?:an?|the)\s+[^.]*?\blinks?\b/i;

function readShareParts(text: string, action: LinkAsk['action'], context: ParseContext) {
  let rest = text;
  let people = '';
  const sendTo = action === 'create' ? sendToPattern.exec(text) : null;
  if (sendTo) {
    people = sendTo[1];
    rest = text.slice(sendTo[0].length);
  }
  if (action !== 'create')
    rest = rest.replace(
      /^\s*(?:which|what|list|show|are there|delete|remove|revoke|disable|kill|get rid of|turn off)\b/i,
      ' ',
    );
  rest = rest.replace(/\b(?:does|do)\b|\bhave\??\s*$|\bhas\b/gi, ' ');
  for (const phrase of linkPhrases) rest = rest.replace(phrase, ' ');
  rest = rest
    .replace(/^\s*(?:to|for|on|of)\b/i, ' ')
    .replace(/\s+/g, ' ')
    .trim();
  const sentence = `share ${rest}${people ? ` with ${people}` : ''}`;
  const parsed = parseMessage(sentence, context);
  if (parsed.intent !== 'share') return { recipients: [] as RecipientRef[] };
  return {
    item: parsed.item,
    recipients: action === 'create' ? parsed.recipients : [],
    expiration: parsed.options.expiration,
  };
}
