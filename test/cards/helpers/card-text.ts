import type { AdaptiveCard } from '../../../src/cards/adaptive-card';
import { textBlocks } from '../../support/card-queries';
import { linksIn, renderMarkdown, tagsIn, visibleText } from './render-markdown';

/** What a card's TextBlocks look like once rendered as markdown. */
export interface RenderedCard {
  /** Visible text of each TextBlock, in order. */
  lines: string[];
  /** Every link href, in order. */
  links: string[];
  /** Every distinct HTML tag produced. */
  tags: Set<string>;
}

/** Renders every TextBlock of a card through the adaptivecards markdown hook. */
export function renderCard(card: AdaptiveCard): RenderedCard {
  const html = textBlocks(card).map((block) => renderMarkdown(block.text));
  return {
    lines: html.map(visibleText),
    links: html.flatMap(linksIn),
    tags: new Set(html.flatMap(tagsIn)),
  };
}

/** The rendered line that contains `fragment`, or a failure listing all lines. */
export function lineWith(rendered: RenderedCard, fragment: string): string {
  const line = rendered.lines.find((candidate) => candidate.includes(fragment));
  if (line === undefined)
    throw new Error(`no line contains ${JSON.stringify(fragment)}:\n${rendered.lines.join('\n')}`);
  return line;
}
