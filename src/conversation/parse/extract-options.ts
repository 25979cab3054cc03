import type { ShareOptions } from './parsed-request';
import { claim, freshMatches, type Scan, spanOf } from './scan';

const SILENT = new RegExp(
  [
    String.raw`\b(?:no|without(?:\s+(?:an?|any|sending(?:\s+(?:an?|any))?))?|skip(?:\s+the)?|(?:don'?t|do\s+not)\s+send(?:\s+(?:them|him|her))?(?:\s+(?:an?|any))?)\s+(?:e-?mails?|notifications?|notifying|notify|invit(?:e|es|ation|ations)|notices?|alerts?|pings?)\b`,
    String.raw`\b(?:don'?t|do\s+not|dont|without|no\s+need\s+to|not)\s+(?:notify(?:ing)?|e-?mail(?:ing)?|alert(?:ing)?|tell(?:ing)?|ping(?:ing)?|inform(?:ing)?|bother(?:ing)?)(?:\s+(?:them|him|her|anyone|anybody|people|the\s+recipients?))?\b`,
    String.raw`\b(?:silently|quietly|silent|on\s+the\s+quiet)\b`,
    String.raw`\b(?:notifications?|e-?mails?|notify)\s*[:=]?\s*(?:off|no|false|none)\b`,
  ].join('|'),
  'gi',
);

const NOTIFY = new RegExp(
  [
    String.raw`\b(?:and\s+)?(?:notify|e-?mail|ping|alert|inform)\s+(?:them|him|her|everyone|everybody|the\s+recipients?|people)\b`,
    String.raw`\b(?:and\s+)?send\s+(?:them\s+|him\s+|her\s+)?(?:an?\s+)?(?:e-?mail|invitation|invite|notification)s?\b`,
    String.raw`\bwith\s+(?:an?\s+)?(?:e-?mail|notification|invitation)s?\b`,
    String.raw`\b(?:and\s+)?let\s+(?:them|him|her)\s+know\b`,
    String.raw`\b(?:notifications?|e-?mails?|notify)\s*[:=]?\s*(?:on|yes|true)\b`,
  ].join('|'),
  'gi',
);

const SIGN_IN = new RegExp(
  [
    String.raw`\b(?:require[sd]?|requiring|force|forcing|with|and)\s+(?:a\s+)?(?:sign|log)[-\s]?in(?:\s+required)?\b`,
    String.raw`\b(?:sign|log)[-\s]?in\s+(?:is\s+)?required\b`,
    String.raw`\b(?:they\s+)?(?:must|should|have\s+to|need\s+to)\s+(?:sign|log)[-\s]?in\b`,
    String.raw`\b(?:require|requiring)\s+(?:them|people|recipients)\s+to\s+(?:sign|log)[-\s]?in\b`,
  ].join('|'),
  'gi',
);

/** Claims every match of a pattern as a gap and reports whether there was one. */
function claimAll(scan: Scan, pattern: RegExp): boolean {
  let found = false;
  for (const m of freshMatches(scan, pattern)) {
    claim(scan, { kind: 'gap', span: spanOf(scan, m.index, m.index + m[0].length) });
    found = true;
  }
  return found;
}

/** Peels off notification and sign-in options ("no email", "silently", "notify them", "require sign-in"). */
export function extractOptions(scan: Scan): Pick<ShareOptions, 'sendInvitation' | 'requireSignIn'> {
  const silent = claimAll(scan, SILENT);
  const notify = claimAll(scan, NOTIFY);
  const signIn = claimAll(scan, SIGN_IN);
  const options: Pick<ShareOptions, 'sendInvitation' | 'requireSignIn'> = {};
  if (silent) options.sendInvitation = false;
  else if (notify) options.sendInvitation = true;
  if (signIn) options.requireSignIn = true;
  return options;
}
