/** What stayed as it was when Sharebot could not act, so every failure says whether anything was shared. */
export type UnchangedNote =
  | 'nothingShared'
  | 'nobodyElseInvited'
  | 'notCheckedYet'
  | 'accessKept'
  | 'roleKept';

const unchangedSentences: Record<UnchangedNote, string> = {
  nothingShared: 'Nothing was shared.',
  nobodyElseInvited: 'Nobody else was invited; the access already given stays.',
  notCheckedYet: "I haven't been able to check yet whether it was shared; the card still offers Check again.",
  accessKept: 'Access was not removed.',
  roleKept: 'No role was changed.',
};

/** The sentence that tells the person what did not change. */
export function unchangedSentence(note: UnchangedNote): string {
  return unchangedSentences[note];
}
