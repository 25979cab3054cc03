import { type AdaptiveCard, adaptiveCardSchema } from './adaptive-card';
import { executeAction, heading, textBlock } from './elements';
import { escapeMarkdown, plainText } from './escape';
import { type UndoConfirmCardModel, UndoInputs, Verbs } from './models';

/** Names listed before "and N others". */
export const maxUndoNamesShown = 10;

/** "Ana, Ben and Maria" (escaped), or "Ana, Ben and 3 others" past the limit. */
function joinNames(names: string[]): string {
  const escaped = names.map((name) => escapeMarkdown(name || 'Someone'));
  if (escaped.length === 0) return 'the people it added';
  if (escaped.length > maxUndoNamesShown) {
    const rest = escaped.length - maxUndoNamesShown;
    return `${escaped.slice(0, maxUndoNamesShown).join(', ')} and ${rest} ${rest === 1 ? 'other' : 'others'}`;
  }
  if (escaped.length === 1) return escaped[0];
  return `${escaped.slice(0, -1).join(', ')} and ${escaped[escaped.length - 1]}`;
}

/** Asks before Undo removes exactly the permissions this share created. */
export function undoConfirmCard(model: UndoConfirmCardModel): AdaptiveCard {
  const data = { requestId: model.requestId };
  return {
    type: 'AdaptiveCard',
    $schema: adaptiveCardSchema,
    version: '1.5',
    fallbackText: `Remove the access this share gave on ${plainText(model.itemName)}?`,
    body: [
      heading(`Remove the access this share gave to ${joinNames(model.recipientNames)}?`),
      textBlock(
        `They will no longer have the access this share gave them to ${escapeMarkdown(model.itemName || 'the file')}. ` +
          'Access they had before is not touched.',
      ),
      ...(model.oneByOne && model.oneByOne.length > 1
        ? [
            {
              type: 'Input.ChoiceSet' as const,
              id: UndoInputs.who,
              label: 'Whose access should go?',
              style: 'expanded' as const,
              value: 'all',
              isRequired: true,
              errorMessage: 'Choose everyone or one person.',
              choices: [
                { title: 'Everyone above', value: 'all' },
                ...model.oneByOne.map((choice) => ({
                  title: plainText(choice.name || 'Someone'),
                  value: choice.value,
                })),
              ],
            },
          ]
        : []),
    ],
    actions: [
      executeAction(
        'Yes, remove',
        { verb: Verbs.undoConfirm, ...data },
        { style: 'destructive', associatedInputs: 'auto' },
      ),
      executeAction('Keep it', { verb: Verbs.undoCancel, ...data }, { associatedInputs: 'none' }),
    ],
  };
}
