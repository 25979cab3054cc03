import { claim, freshMatches, type Scan, spanOf } from './scan';

const FILLER = new RegExp(
  String.raw`\b(?:${[
    'please|pls|plz|plse|pleas|kindly',
    String.raw`thanks?(?:\s+(?:you|u))?(?:\s+(?:so\s+much|a\s+lot|in\s+advance))?|thx|tx|ty|cheers`,
    String.raw`(?:could|can|would|will|wud|cud)\s+(?:you|u|ya)(?:\s+(?:please|pls|plz))?`,
    String.raw`(?:i|we)\s+(?:would|'d|d)\s+like\s+(?:you\s+)?to|(?:i|we)\s+(?:want|need)\s+(?:you\s+)?to|(?:i|we)\s+wanna|i'd\s+like\s+to`,
    String.raw`make\s+sure(?:\s+that)?|ensure(?:\s+that)?|help\s+me|go\s+ahead\s+and|be\s+so\s+kind\s+(?:as\s+)?to|do\s+me\s+a\s+favou?r(?:\s+and)?`,
    String.raw`hey|hi|hello|hiya|yo|howdy|good\s+(?:morning|afternoon|evening)`,
    'sharebot',
    String.raw`quickly|asap|right\s+away|real\s+quick|now|today|for\s+me|once\s+more|again`,
    String.raw`instead(?!\s+of\b)`,
  ].join('|')})\b`,
  'gi',
);

/** Peels off politeness and filler ("could you", "pls", "thanks", "hi", "asap"); each one separates phrases. */
export function extractFiller(scan: Scan): void {
  for (const m of freshMatches(scan, FILLER)) {
    claim(scan, { kind: 'gap', span: spanOf(scan, m.index, m.index + m[0].length) });
  }
}
