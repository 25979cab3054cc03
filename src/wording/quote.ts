/**
 * Bounded pieces of text Sharebot did not write (a person's words, names from Teams or Graph), for
 * the replies and cards that repeat them. Text is cut between grapheme clusters, what a reader sees
 * as one character (Intl.Segmenter), so a cut never splits a surrogate pair, an emoji ZWJ sequence,
 * a flag or a letter from its accents. Lengths are UTF-16 code units, the unit JavaScript and Graph
 * count in.
 */

/** The most UTF-16 units of someone's words quoted inside one sentence ("I looked for “…”"). */
export const quotedWordsLimit = 100;

const graphemes = new Intl.Segmenter('en', { granularity: 'grapheme' });

/**
 * `text` when it is at most `maxLength` units long; otherwise its longest prefix of whole grapheme
 * clusters that still fits with `mark` after it (trailing spaces dropped before the mark). The mark
 * is an ellipsis; a prefilled input, which the person edits, passes '' instead.
 */
export function cutText(text: string, maxLength: number, mark = '…'): string {
  if (!Number.isInteger(maxLength) || maxLength <= mark.length) {
    throw new RangeError('maxLength must leave room for more than the mark');
  }
  if (text.length <= maxLength) return text;
  const kept: string[] = [];
  let length = 0;
  for (const { segment } of graphemes.segment(text)) {
    if (length + segment.length + mark.length > maxLength) break;
    kept.push(segment);
    length += segment.length;
  }
  while (kept.length > 0 && /^\s+$/.test(kept[kept.length - 1] as string)) kept.pop();
  return `${kept.join('')}${mark}`;
}

/** The first `count` grapheme clusters of `text` (all of it when it has fewer). */
export function leadingGraphemes(text: string, count: number): string {
  let prefix = '';
  let taken = 0;
  for (const { segment } of graphemes.segment(text)) {
    if (taken === count) break;
    prefix += segment;
    taken += 1;
  }
  return prefix;
}
