/** Words in front of a group's name that are not part of it: "the design team", "our finance group". */
const leadingWords = new Set(['the', 'our', 'my']);

/** Words after a group's name that people add or leave out: "Atlas project team", "Finance team". */
const trailingWords = new Set(['team', 'group', 'project', 'channel']);

/**
 * A group's name without the words people add around it or leave out of it: "the Atlas project
 * team" and the group "Atlas Project" both come to "Atlas". Compares case-insensitively and keeps
 * the words as written; never strips every word ("Team" stays "Team").
 */
export function withoutTeamWords(words: string[]): string[] {
  let start = 0;
  let end = words.length;
  while (start < end - 1 && leadingWords.has(words[start].toLowerCase())) start++;
  while (end - 1 > start && trailingWords.has(words[end - 1].toLowerCase())) end--;
  return words.slice(start, end);
}

/** The text to look a group up by: the typed name without its team words ("design team" -> "design"). */
export function groupSearchText(text: string): string {
  const words = text.trim().split(/\s+/);
  return withoutTeamWords(words).join(' ') || text;
}
