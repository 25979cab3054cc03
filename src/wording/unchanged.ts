/** What stayed as it was when Sharebot could not act: nothing was shared, or access was kept. */
export type UnchangedNote = 'nothingShared' | 'accessKept';

const unchangedSentences: Record<UnchangedNote, string> = {
  nothingShared: 'Nothing was shared.',
  accessKept: 'Access was not removed.',
};

/** The sentence that tells the person what did not change. */
export function unchangedSentence(note: UnchangedNote): string {
  return unchangedSentences[note];
}
