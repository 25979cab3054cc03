import { commandTypo } from './command-typos';
import type { Token } from './tokenize';

/**
 * Reads misspelt command words among the tokens as the words they stand for ("shre" -> share,
 * "wiht" -> with, "acess" -> access), so they steer the request instead of ending up inside an
 * item or a person's name. Only `lower` changes; the text and span stay as typed. A verb typo
 * counts only where a clause starts; mid-sentence only lower-case words count (capitalised ones
 * are names). Role typos are read earlier, as pieces (extract-role-typos.ts).
 */
export function readTypos(tokens: readonly Token[]): Token[] {
  let clauseStart = true;
  return tokens.map((token) => {
    if (token.type !== 'word') {
      clauseStart = token.type === 'punct' || (token.type === 'piece' && token.piece.kind === 'gap');
      return token;
    }
    const atStart = clauseStart;
    clauseStart = false;
    const typo = commandTypo(atStart ? token.lower : token.text);
    if (!typo || typo.role === 'role' || (typo.role === 'verb' && !atStart)) return token;
    return { ...token, lower: typo.word };
  });
}
