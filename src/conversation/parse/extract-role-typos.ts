import { commandTypo } from './command-typos';
import { claimRole, insideFileName, insideNameRun } from './extract-roles';
import type { RoleKind } from './role-lexicon';
import { freshMatches, type Scan } from './scan';

/** What each role word a typo may stand for asks. */
const ROLE_WORDS: Readonly<Record<string, RoleKind>> = {
  edit: 'write',
  editor: 'write',
  editors: 'write',
  view: 'read',
  viewer: 'read',
  viewers: 'read',
  reader: 'read',
  readers: 'read',
  readonly: 'read',
};

/** A word of letters that is not glued to a file name, an address or a path. */
const LONE_WORD = /(?<![\p{L}\p{N}_./@'-])\p{L}+(?![\p{L}\p{N}_./@'-])/gu;

/**
 * Peels off misspelt role words ("as editr", "viewr", "edti access"), after the exact role words
 * are read. Capitalised words count only where a sentence or clause starts (mid-sentence they are
 * names: "Edit" in "Tom, Edit" is a role by spelling already); file-name words never count.
 */
export function extractRoleTypos(scan: Scan): void {
  for (const m of freshMatches(scan, LONE_WORD)) {
    const clauseStart = /(?:^|[,;.!?(]\s*|\s-\s*)$/.test(scan.work.slice(0, m.index));
    const typo = commandTypo(clauseStart ? m[0].toLowerCase() : m[0]);
    const kind = typo?.role === 'role' ? ROLE_WORDS[typo.word] : undefined;
    const end = m.index + m[0].length;
    // Right before a file name, a near-miss is more likely part of that name ("edti notes.docx").
    const beforeFileName = /^\s+\S*\.\p{L}[\p{L}\p{N}]{0,7}(?![\p{L}\p{N}])/u.test(scan.work.slice(end));
    if (
      !kind ||
      beforeFileName ||
      insideFileName(scan.work, m.index, end) ||
      insideNameRun(scan.work, m.index, end)
    )
      continue;
    claimRole(scan, m.index, end, kind, false);
  }
}
