/**
 * A rough guess that a message is not English, for saying that only English is understood. It
 * looks at the script (most letters outside Latin) and at common function words of nearby
 * languages; a name alone never counts, since names are written in any script.
 */

/** Common words of Spanish, French, German, Portuguese, Italian and Dutch that English lacks. */
const FOREIGN_WORDS = new Set(
  (
    'el los las con por para que compartir comparte comparta archivo carpeta puedes quiero favor hola gracias ' +
    'le les avec pour est partager partage partagez fichier dossier merci bonjour peux veux ' +
    'mit und bitte teilen teile datei ordner der die das ist nicht ich kannst danke hallo mein meine ' +
    'com não compartilhar compartilhe arquivo obrigado olá pasta você ' +
    'il per condividi condividere cartella grazie ciao puoi della ' +
    'het een delen deel met graag bestand map alsjeblieft'
  ).split(' '),
);
/** English words that show the message is English after all. */
const ENGLISH_WORDS = new Set('share with the to and file folder please give access can send'.split(' '));

/** Fewest letters outside Latin before the script decides (a short name in another script stays a name). */
const minForeignLetters = 6;

/** True when the message looks written in another language than English. */
export function looksNotEnglish(text: string): boolean {
  const letters = [...text.replace(/<at>.*?<\/at>/gi, ' ')].filter((c) => /\p{L}/u.test(c));
  const nonLatin = letters.filter((c) => !/\p{Script=Latin}/u.test(c)).length;
  const words = text
    .toLowerCase()
    .split(/[^\p{L}]+/u)
    .filter(Boolean);
  const spacedWords = words.length;
  if (nonLatin >= minForeignLetters && nonLatin > letters.length / 2) {
    // Scripts without spaces (Chinese, Japanese, Thai) write a sentence as one run; a first and
    // last name in Cyrillic or Greek is two words, a sentence is more.
    return spacedWords >= 3 || (!/\s/.test(text.trim()) && nonLatin >= 8);
  }
  const foreign = new Set(words.filter((w) => FOREIGN_WORDS.has(w))).size;
  const english = words.filter((w) => ENGLISH_WORDS.has(w)).length;
  return foreign >= 2 && foreign > english;
}
