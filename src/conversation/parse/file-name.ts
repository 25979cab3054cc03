/** Extensions that end web addresses, not files, when written without a scheme ("contoso.com"). */
const NOT_FILE_EXTENSIONS = new Set([
  'com',
  'org',
  'net',
  'gov',
  'edu',
  'io',
  'co',
  'uk',
  'de',
  'eg',
  'ie',
  'etc',
  'vs',
]);

const FILE_NAME = /^(.*[\p{L}\p{N}_)\]}-])\.([\p{L}][\p{L}\p{N}]{1,6}|7z|3mf|3gp)$/iu;

/** True when a word ends in a file extension ("plan.xlsx", "v3.pptx", "notes.md"); any extension counts. */
export function looksLikeFileName(word: string): boolean {
  const m = FILE_NAME.exec(word);
  if (!m) return false;
  const ext = (m[2] ?? '').toLowerCase();
  return !NOT_FILE_EXTENSIONS.has(ext);
}
