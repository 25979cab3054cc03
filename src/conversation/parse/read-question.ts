import { VERBS } from './lexicon';
import { claim, type Scan, spanOf } from './scan';

/** What a question about access asks: about one or more people, or who has access at all. */
export type QuestionAbout = 'person' | 'who';

/** A question opener found at the start of a message, before anything else is read. */
export interface QuestionShape {
  about: QuestionAbout;
  /** True for "can X see Y?": a question only with its question mark and without "please". */
  modal: boolean;
}

const GREETING = String.raw`(?:(?:hi|hey|hello|ok|okay|so|quick\s+question)[,!:]?\s+)?`;
/** The greeting before a question, with its punctuation ("hey, can Lee open X?"). */
const LEADING_GREETING = /^\s*(?:hi|hey|hello|ok|okay|so|quick\s+question)[,!:]?(?=\s)/i;
/** "who can see X", "who has access to X", "who's got edit rights on X", "who else can open X". */
const WHO = new RegExp(
  String.raw`^\s*${GREETING}(who(?:\s+else)?(?:\s+(?:has|have|had|is|are|got)|'s(?:\s+got)?)?)(?=\s)`,
  'i',
);
/** "does Ana have access", "did I share", "has Ana got access", "is X shared with Ana". */
const AUXILIARY = new RegExp(
  String.raw`^\s*${GREETING}((?:does|do|did|has|have|is|are|was|were)(?:\s+(?:i|we)(?=\s))?)\s+(\S+)`,
  'i',
);
/** "can Mateo see X?", "could the design team edit X?"; not "can you ..." or "can I ...". */
const MODAL = new RegExp(String.raw`^\s*${GREETING}(?:can|could)\s+(?!(?:you|u|ya|i|we|sharebot)\b)\S`, 'i');
const POLITE = /\b(?:please|pls|plz|plse|kindly|thanks?|thx)\b/i;

/** Rewrites a word of the working text in place with a same-length word the reader knows. */
function rewrite(scan: Scan, pattern: RegExp, replacement: (word: string) => string): void {
  scan.work = scan.work.replace(pattern, (word) => {
    const next = replacement(word);
    return next.length === word.length ? next : word;
  });
}

/**
 * Recognises a question about access ("can Mateo see the launch deck?", "does Ana have access to
 * report.xlsx?", "did I already share budget.xlsx with Lee?", "who can see X?") and peels off its
 * opener, so the rest reads like a request: the person, the item and the role asked about.
 * "got" and "shared" become "get" and "share " in the working text (same lengths, spans intact).
 */
export function readQuestion(scan: Scan): QuestionShape | undefined {
  const shape = questionShape(scan);
  const greeting = shape ? LEADING_GREETING.exec(scan.work) : null;
  // Peeled off with its comma, so the question's first word starts the clause.
  if (greeting) claim(scan, { kind: 'gap', span: spanOf(scan, 0, greeting[0].length) });
  return shape;
}

/** The question's shape, peeling off its opener. */
function questionShape(scan: Scan): QuestionShape | undefined {
  const text = scan.work;
  const trimmed = text.trimEnd();
  const who = WHO.exec(text);
  if (who?.[1]) {
    const start = (who.index ?? 0) + who[0].length - who[1].length;
    claim(scan, { kind: 'gap', span: spanOf(scan, start, start + who[1].length) });
    rewrite(scan, /\bgot\b/gi, () => 'get');
    return { about: 'who', modal: false };
  }
  const auxiliary = AUXILIARY.exec(text);
  const opener = auxiliary?.[1]?.toLowerCase();
  const nextWord = auxiliary?.[2]?.toLowerCase() ?? '';
  const imperative = opener === 'do' && VERBS.has(nextWord); // "do share it with Ana"
  if (auxiliary && opener && !imperative && !/^(?:you|u|ya)$/.test(nextWord)) {
    const got = /\bgot\b/i.test(text);
    // "has Ana access to X" reads as it stands ("has" says what Ana holds); other openers go.
    if (!/^ha(?:s|ve)$/.test(opener) || got) {
      const start = auxiliary.index + auxiliary[0].length - nextWord.length - 1 - opener.length;
      claim(scan, { kind: 'gap', span: spanOf(scan, start, start + opener.length) });
    }
    rewrite(scan, /\bgot\b/gi, () => 'get');
    rewrite(scan, /\bshared\b/gi, () => 'share ');
    return { about: 'person', modal: false };
  }
  if (MODAL.test(text) && trimmed.endsWith('?') && !POLITE.test(text))
    return { about: 'person', modal: true };
  return undefined;
}
