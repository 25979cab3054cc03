import MarkdownIt from 'markdown-it';
import { AC } from './adaptivecards-lib';

/**
 * markdown-it with its defaults (CommonMark + tables + strikethrough) plus linkify, which some
 * clients apply: stricter than Teams' subset, so escaping that survives it survives Teams.
 */
const markdown = new MarkdownIt({ linkify: true });

AC.AdaptiveCard.onProcessMarkdown = (text, result) => {
  result.outputHtml = markdown.render(text);
  result.didProcess = true;
};

/** Renders TextBlock text to HTML through the adaptivecards library's own markdown hook. */
export function renderMarkdown(text: string): string {
  const result = AC.AdaptiveCard.applyMarkdown(text);
  if (!result.didProcess || result.outputHtml === undefined) throw new Error('markdown was not processed');
  return result.outputHtml;
}

/** The HTML tags in rendered output, e.g. ["p", "/p", "a"]. */
export function tagsIn(html: string): string[] {
  return [...html.matchAll(/<(\/?[a-z0-9]+)/gi)].map((match) => match[1].toLowerCase());
}

/**
 * The hrefs of every web link in rendered output. Linkify also turns shown email addresses into
 * mailto: links; those only open a mail to the address on screen, so they are left out.
 */
export function linksIn(html: string): string[] {
  return [...html.matchAll(/<a href="([^"]*)"/g)]
    .map((match) => decodeEntities(match[1]))
    .filter((href) => !href.startsWith('mailto:'));
}

/** The visible text of rendered output: tags removed, entities decoded, whitespace collapsed. */
export function visibleText(html: string): string {
  return decodeEntities(html.replace(/<\/p>|<br\s*\/?>/g, ' ').replace(/<[^>]*>/g, ''))
    .replace(/\s+/g, ' ')
    .trim();
}

/** Decodes the few entities markdown-it emits. */
function decodeEntities(text: string): string {
  return text
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#(\d+);/g, (_, code: string) => String.fromCodePoint(Number(code)))
    .replace(/&amp;/g, '&');
}
