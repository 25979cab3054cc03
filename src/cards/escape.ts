/**
 * Escaping for text that Sharebot did not write (file names, people's names, messages, queries).
 *
 * Adaptive Card TextBlocks (and FactSet values) are markdown in Teams: bold, italic, lists and links
 * are interpreted (https://learn.microsoft.com/microsoftteams/platform/task-modules-and-cards/cards/cards-format),
 * other clients render full CommonMark with markdown-it (the adaptivecards JS renderer's default),
 * the renderer substitutes `{{DATE(...)}}` / `{{TIME(...)}}` before markdown, and
 * adaptivecards-templating expands `${...}`. CommonMark lets any ASCII punctuation be escaped with a
 * backslash, so every character that starts one of those constructs is backslash-escaped, and list,
 * heading and thematic-break markers at the start of a line are neutralised.
 */

/** Characters that start markdown, HTML, mention, entity, DATE/TIME or templating syntax anywhere in a line. */
const inlineSyntax = /[\\`*_[\]()<>#{}$~|!&]/g;

/**
 * Invisible characters that reorder or hide text (bidi embeddings, overrides, isolates and marks,
 * zero-width space, byte-order mark): they would let a name such as "report\u202excod.exe" spoof
 * its extension. The zero-width joiner stays, as emoji sequences use it.
 */
const invisibleControls = /[\u061c\u200b\u200c\u200e\u200f\u202a-\u202e\u2060-\u2069\ufeff]/g;

/** Control characters (C0 and C1) other than the line feed. */
const controlCharacters = /[^\P{Cc}\n]/gu;

/** Removes characters that can hide or reorder text; tabs become spaces, CR/CRLF become LF. */
function stripControls(text: string): string {
  return text
    .replace(/\r\n?/g, '\n')
    .replace(/\t/g, ' ')
    .replace(invisibleControls, '')
    .replace(controlCharacters, '');
}

/** One line of user text as plain text: controls removed and whitespace (including line breaks) collapsed. */
export function plainText(text: string): string {
  return stripControls(text).replace(/\s+/g, ' ').trim();
}

/** Multi-line user text as plain text (for Input.Text values): controls removed, line breaks kept. */
export function plainMultilineText(text: string): string {
  return stripControls(text);
}

/** Escapes one line of markdown so it cannot start a list, heading, quote, rule or numbered item. */
function escapeLine(line: string): string {
  const escaped = line
    .replace(inlineSyntax, '\\$&')
    // Bare URLs are auto-linked by some renderers (markdown-it's linkify, Teams clients).
    .replace(/:\/\//g, '\\://')
    .replace(/\b(www)\./gi, '$1\\.');
  return escaped.replace(/^([-+=])/, '\\$1').replace(/^(\d+)\./, '$1\\.');
}

/**
 * Escapes user- or Graph-supplied text for a TextBlock so it renders literally, as one line.
 * Line breaks and runs of whitespace become single spaces.
 */
export function escapeMarkdown(text: string): string {
  return escapeLine(plainText(text));
}

/**
 * Escapes multi-line user text (such as a share message) for a TextBlock. Line breaks are kept,
 * leading indentation is dropped (four spaces would start a code block).
 */
export function escapeMultilineMarkdown(text: string): string {
  return plainMultilineText(text)
    .split('\n')
    .map((line) => escapeLine(line.trim().replace(/ {2,}/g, ' ')))
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}
