import { type AdaptiveCard, adaptiveCardSchema } from './adaptive-card';
import { textBlock, toneStyles } from './elements';
import { escapeMarkdown, escapeMultilineMarkdown, plainText } from './escape';
import type { NoticeCardModel } from './models';

/**
 * A card that only says something ("Sharing…", cancelled, expired, refused, errors, undone).
 * Title and text are plain text and are escaped here; the tone shows as colour AND a symbol.
 */
export function noticeCard(model: NoticeCardModel): AdaptiveCard {
  const tone = toneStyles[model.tone];
  return {
    type: 'AdaptiveCard',
    $schema: adaptiveCardSchema,
    version: '1.5',
    fallbackText: `${plainText(model.title)}. ${plainText(model.text)}`,
    body: [
      {
        type: 'Container',
        style: tone.container,
        items: [
          textBlock(`${tone.symbol} ${escapeMarkdown(model.title)}`, {
            size: 'medium',
            weight: 'bolder',
            style: 'heading',
            color: tone.color,
          }),
          ...(model.text ? [textBlock(escapeMultilineMarkdown(model.text), { spacing: 'small' })] : []),
        ],
      },
    ],
  };
}
