/**
 * Length-preserving clean-up of a chat message: every character keeps its index, so spans found
 * in the normalized text point at the same characters in the original.
 */

const QUOTE_MAP: Record<string, string> = {
  '\u2018': "'",
  '\u2019': "'",
  '\u201A': "'",
  '\u201B': "'",
  '\u2032': "'",
  '`': "'",
  '\u201C': '"',
  '\u201D': '"',
  '\u201E': '"',
  '\u201F': '"',
  '\u00AB': '"',
  '\u00BB': '"',
  '\u2033': '"',
};

const SPACE_LIKE = /[\u00A0\u2000-\u200B\u202F\u205F\u3000\t\r\n]/;
const PICTOGRAPH = /\p{Extended_Pictographic}|\p{Emoji_Modifier}|[\u200D\uFE0E\uFE0F\u20E3]/u;

/** Maps curly quotes to straight ones and emoji, odd spaces and line breaks to plain spaces, keeping every index. */
export function normalizeText(text: string): string {
  let out = '';
  for (const ch of text) {
    const mapped = QUOTE_MAP[ch];
    if (mapped !== undefined) {
      out += mapped;
    } else if (SPACE_LIKE.test(ch) || PICTOGRAPH.test(ch)) {
      out += ' '.repeat(ch.length);
    } else {
      out += ch;
    }
  }
  return out;
}
