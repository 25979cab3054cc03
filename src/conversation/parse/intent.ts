import { WEAK_VERBS } from './lexicon';
import type { RoleAsk } from './parsed-request';
import type { QuestionShape } from './read-question';
import type { RequestReading } from './read-request';

const HELP_ONLY =
  /^(?:help|h|\?+|what\s+can\s+(?:you|u|i)\s+(?:do|say|ask)|what\s+do\s+you\s+do|how\s+does\s+(?:this|it|sharebot|that)\s+work|how\s+(?:do|can)\s+(?:i|we)\s+use\s+(?:this|you|it|sharebot)|commands?|usage|examples?|menu|options|get\s+started|start|who\s+are\s+you|what\s+are\s+you|info|about|instructions|how\s+to)$/i;
const HOW_TO_QUESTION =
  /\b(?:how\s+(?:do|can|should|would)\s+(?:i|we|you)|how\s+to|what\s+can\s+(?:you|u)|what\s+do\s+you|is\s+it\s+possible|are\s+you\s+able)\b/i;
const GREETING_WORDS =
  /^(?:(?:hi|hello|hey|heya|hiya|yo|howdy|hallo|hola|greetings|morning|evening|good\s+(?:morning|afternoon|evening|day)|thanks?|thank\s+(?:you|u)|thx|ty|cheers|ok(?:ay)?|cool|great|nice|perfect|awesome|bye|goodbye|see\s+ya|there|sharebot|bot|so\s+much|a\s+lot|all|everyone|team|folks)[\s,.!]*)+$/i;

/** The message without mentions, politeness and punctuation noise, for matching whole-message phrases. */
export function bare(text: string): string {
  return text
    .replace(/<at>.*?<\/at>/gi, ' ')
    .replace(/\b(?:please|pls|plz|sharebot)\b/gi, ' ')
    .replace(/[!.,:;?]+/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

/** True when the message is only a greeting or thanks ("hi", "hello there!", "thanks so much"). */
export function isGreeting(text: string): boolean {
  const t = bare(text);
  return t.length > 0 && GREETING_WORDS.test(t);
}

/** True when the message asks for help or what the bot can do. */
export function isHelp(text: string): boolean {
  const t = bare(text);
  return t.length === 0 || HELP_ONLY.test(t) || /\bhelp\b/i.test(t) || HOW_TO_QUESTION.test(t);
}

/** True when the message asks how to do something ("how do I share a file?") rather than asking to do it. */
export function isHowToQuestion(text: string): boolean {
  return HOW_TO_QUESTION.test(bare(text));
}

/**
 * Decides whether a read message is a share request. "share" always is; other verbs and verbless
 * shapes need a sign that access is meant (a role, "access", a file by its form, an email...).
 */
export function isShareRequest(reading: RequestReading, role: RoleAsk): boolean {
  const hasRole = role.kind !== 'unspecified';
  const strongRecipient = reading.recipients.some((r) => r.kind !== 'name');
  const signal = hasRole || reading.accessNoun || reading.strongItem || strongRecipient;
  const somethingToShare = reading.item !== undefined || reading.recipients.length > 0;
  if (reading.verb === 'share' || reading.verb === 'reshare') return true;
  if (reading.verb && !WEAK_VERBS.has(reading.verb)) {
    return (signal && somethingToShare) || (reading.item !== undefined && reading.recipients.length > 0);
  }
  if (reading.verb) return signal && somethingToShare;
  if (reading.arrow) return somethingToShare;
  if (reading.implicit) return reading.recipients.length > 0 && signal;
  return reading.strongItem && reading.recipients.length > 0;
}

/**
 * Decides whether a message with a question's opener asks about access: it names an item, or a
 * role or "access" ("can Bob come to lunch?" does not). The answer is read from permissions.
 */
export function isAccessQuestion(question: QuestionShape, reading: RequestReading, role: RoleAsk): boolean {
  const aboutAccess = role.kind !== 'unspecified' || reading.accessNoun || reading.verb !== undefined;
  if (question.modal) return reading.item !== undefined && aboutAccess && reading.recipients.length > 0;
  return reading.item !== undefined || aboutAccess;
}
