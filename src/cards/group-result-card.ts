import * as words from '../wording/several-items';
import { type AdaptiveCard, adaptiveCardSchema } from './adaptive-card';
import { executeAction, heading, textBlock, toneStyles } from './elements';
import { escapeMarkdown } from './escape';
import { type GroupResultCardModel, Verbs } from './models';

/** How several items ended: one line per item (shared, partly, not shared, unknown), and Undo. */
export function groupResultCard(model: GroupResultCardModel): AdaptiveCard {
  return {
    type: 'AdaptiveCard',
    $schema: adaptiveCardSchema,
    version: '1.5',
    fallbackText: model.title,
    body: [
      heading(escapeMarkdown(model.title)),
      ...model.lines.map((line) =>
        textBlock(
          line.ok ? escapeMarkdown(line.text) : `${toneStyles.warning.symbol} ${escapeMarkdown(line.text)}`,
          line.ok ? { spacing: 'small' } : { spacing: 'small', color: toneStyles.warning.color },
        ),
      ),
    ],
    ...(model.canUndo
      ? {
          actions: [
            executeAction(
              'Undo',
              { verb: Verbs.undoGroup, requestId: model.requestId },
              { tooltip: 'Remove the access this share gave on every item' },
            ),
          ],
        }
      : {}),
  };
}

/** The question before Undo removes what the share created on every item. */
export function groupUndoConfirmCard(requestId: string, count: number): AdaptiveCard {
  return {
    type: 'AdaptiveCard',
    $schema: adaptiveCardSchema,
    version: '1.5',
    fallbackText: words.groupUndoQuestion(count),
    body: [heading(escapeMarkdown(words.groupUndoQuestion(count))), textBlock(words.groupUndoNote)],
    actions: [
      executeAction('Yes, remove', { verb: Verbs.undoGroupConfirm, requestId }, { style: 'destructive' }),
      executeAction('Keep it', { verb: Verbs.undoGroupCancel, requestId }),
    ],
  };
}
