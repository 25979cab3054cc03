import * as words from '../wording/several-items';
import { type AdaptiveCard, adaptiveCardSchema, type CardElement } from './adaptive-card';
import { executeAction, heading, textBlock } from './elements';
import { escapeMarkdown, plainText } from './escape';
import { invitationInputs } from './invitation-inputs';
import { itemDetailBlocks } from './item-details';
import { ConfirmInputs, type GroupConfirmCardModel, Verbs } from './models';
import { recipientLine } from './recipient-labels';
import { roleChoiceTitle, roleLabel } from './role-label';

/**
 * The confirmation for several items shared with the same people: each item (name, where it is,
 * size), the people, one view-or-edit choice (or each person's own role, as asked), notify and
 * message, and one Share / Cancel. The buttons carry only the verb and the first member's id.
 */
export function groupConfirmCard(model: GroupConfirmCardModel): AdaptiveCard {
  const data = { requestId: model.requestId };
  const perPerson = model.recipients.some((recipient) => recipient.role !== undefined);
  const body: CardElement[] = [
    heading(words.groupTitle(model.items.length)),
    ...model.items.flatMap((item, index) =>
      itemDetailBlocks(item).map((block, line) =>
        line === 0 && index > 0 ? { ...block, spacing: 'medium' as const } : block,
      ),
    ),
    textBlock(
      model.recipients.length === 1 ? 'Share with' : `Share with ${model.recipients.length} recipients`,
      {
        weight: 'bolder',
        spacing: 'medium',
      },
    ),
    ...model.recipients.map((recipient) =>
      textBlock(
        perPerson && recipient.role
          ? `${recipientLine(recipient)} · ${roleLabel(recipient.role)}`
          : recipientLine(recipient),
        { spacing: 'none' },
      ),
    ),
    ...(perPerson
      ? []
      : [
          {
            type: 'Input.ChoiceSet' as const,
            id: ConfirmInputs.role,
            label: 'Access to every item',
            style: 'compact' as const,
            value: model.role,
            choices: [
              { title: roleChoiceTitle('read'), value: 'read' },
              { title: roleChoiceTitle('write'), value: 'write' },
            ],
            isRequired: true,
            errorMessage: 'Choose whether they can view or edit.',
          },
        ]),
    ...invitationInputs(model.notify, model.message),
    ...(model.endText ? [textBlock(escapeMarkdown(model.endText), { spacing: 'medium' })] : []),
    textBlock(words.groupAccessNote, { isSubtle: true, spacing: 'medium' }),
    ...(model.note ? [textBlock(`Note: ${escapeMarkdown(model.note)}`, { spacing: 'medium' })] : []),
  ];
  return {
    type: 'AdaptiveCard',
    $schema: adaptiveCardSchema,
    version: '1.5',
    fallbackText: `Confirm sharing ${model.items.map((item) => plainText(item.name)).join(', ')}.`,
    body,
    actions: [
      executeAction(
        'Share',
        { verb: Verbs.confirmGroup, ...data },
        { style: 'positive', associatedInputs: 'auto', tooltip: 'Share every item now' },
      ),
      executeAction('Cancel', { verb: Verbs.cancelGroup, ...data }, { associatedInputs: 'none' }),
    ],
  };
}
