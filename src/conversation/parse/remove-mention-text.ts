/** Removes every occurrence of a mention's text (e.g. the bot's "<at>Sharebot</at>") and tidies the spaces left behind. */
export function removeMentionText(text: string, mentionText: string): string {
  if (mentionText.length === 0) return text.trim();
  return text
    .split(mentionText)
    .join(' ')
    .replace(/[ \t]{2,}/g, ' ')
    .trim();
}
