import type { MentionInfo } from './parsed-request';
import { claim, isClaimed, type Scan, spanOf } from './scan';

/** Peels off Teams mention entities of other people (e.g. "<at>Tom Baker</at>") where their text appears. */
export function extractMentions(scan: Scan, mentions: readonly MentionInfo[]): void {
  for (const mention of mentions) {
    if (mention.text.length === 0) continue;
    let from = 0;
    for (
      let at = scan.original.indexOf(mention.text, from);
      at >= 0;
      at = scan.original.indexOf(mention.text, from)
    ) {
      from = at + mention.text.length;
      if (!isClaimed(scan, at, from)) {
        claim(scan, { kind: 'mention', span: spanOf(scan, at, from), mention });
        break;
      }
    }
  }
}
