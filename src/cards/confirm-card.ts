import type { Role } from '../domain/role';
import { endDateLabel, endTimeLabel } from '../wording/timed-access';
import type { AdaptiveCard, CardElement } from './adaptive-card';
import { adaptiveCardSchema } from './adaptive-card';
import { executeAction, heading, textBlock } from './elements';
import { escapeMarkdown, plainText } from './escape';
import { invitationInputs } from './invitation-inputs';
import { itemDetailBlocks } from './item-details';
import {
  type ConfirmCardModel,
  ConfirmInputs,
  type ExistingAccessView,
  recipientRoleInput,
  Verbs,
} from './models';
import { recipientLine } from './recipient-labels';
import { graphRoleLabel, roleChoiceTitle } from './role-label';
import { endInputBlocks } from './timed-access-cards';

/** How many people with existing access are listed before "and N more". */
export const maxExistingAccessShown = 5;

/** One "who already has access" line. */
function existingAccessLine(access: ExistingAccessView): string {
  const role = graphRoleLabel(access.role) ?? escapeMarkdown(access.role);
  const via = access.via === 'link' ? ' (through a link)' : access.via === 'inherited' ? ' (inherited)' : '';
  return `${escapeMarkdown(access.displayName || 'Someone')} · ${role}${via}`;
}

/** The "already has access" section, at most five names then "and N more". */
function existingAccessBlocks(existing: ExistingAccessView[]): CardElement[] {
  // Graph does not list inherited access on business drives (docs/graph-notes.md §1.5), so an empty
  // list is not proof that nobody else has access: say nothing rather than "nobody".
  if (existing.length === 0) return [];
  const shown = existing.slice(0, maxExistingAccessShown);
  const more = existing.length - shown.length;
  return [
    textBlock('People who already have access', { weight: 'bolder', spacing: 'medium' }),
    ...shown.map((access) => textBlock(existingAccessLine(access), { spacing: 'none' })),
    ...(more > 0 ? [textBlock(`and ${more} more`, { isSubtle: true, spacing: 'none' })] : []),
  ];
}

/** A view-or-edit choice; `id` is the single role's input or one recipient's. */
function roleChoice(id: string, label: string, value: Role, errorMessage: string): CardElement {
  return {
    type: 'Input.ChoiceSet',
    id,
    label,
    style: 'compact',
    value,
    choices: [
      { title: roleChoiceTitle('read'), value: 'read' },
      { title: roleChoiceTitle('write'), value: 'write' },
    ],
    isRequired: true,
    errorMessage,
  };
}

/**
 * Each recipient, then one Access choice for all; or, when people get different roles, each
 * recipient with their own Access choice (the choice is labelled with their name for screen readers).
 */
function recipientBlocks(model: ConfirmCardModel): CardElement[] {
  const perPerson = model.recipients.some((recipient) => recipient.role !== undefined);
  if (!perPerson) {
    return [
      ...model.recipients.map((recipient) => textBlock(recipientLine(recipient), { spacing: 'none' })),
      roleChoice(ConfirmInputs.role, 'Access', model.role, 'Choose whether they can view or edit.'),
    ];
  }
  return model.recipients.flatMap((recipient, index) => [
    textBlock(recipientLine(recipient), { spacing: index === 0 ? 'none' : 'small' }),
    roleChoice(
      recipientRoleInput(index),
      `Access for ${plainText(recipient.displayName)}`,
      recipient.role ?? model.role,
      `Choose whether ${plainText(recipient.displayName)} can view or edit.`,
    ),
  ]);
}

/**
 * The confirmation card: the item, each recipient, the role (changeable), notification and message,
 * expiry, who already has access, notes, and Share / Cancel. The actions carry only the verb and
 * the opaque request id; what will be shared stays in the bot's state.
 */
export function confirmCard(model: ConfirmCardModel): AdaptiveCard {
  const data = { requestId: model.requestId };
  const noun = model.item.kind === 'folder' ? 'folder' : 'file';
  return {
    type: 'AdaptiveCard',
    $schema: adaptiveCardSchema,
    version: '1.5',
    fallbackText: `Confirm sharing ${plainText(model.item.name)}: this card needs a client that shows Adaptive Cards.`,
    ...(model.privateTo
      ? {
          refresh: {
            action: executeAction('Refresh', { verb: Verbs.refreshShare, ...data }),
            userIds: [model.privateTo],
          },
        }
      : {}),
    body: [
      heading(`Share this ${noun}?`),
      ...itemDetailBlocks(model.item),
      textBlock(
        model.recipients.length === 1 ? 'Share with' : `Share with ${model.recipients.length} recipients`,
        {
          weight: 'bolder',
          spacing: 'medium',
        },
      ),
      ...recipientBlocks(model),
      ...invitationInputs(model.notify, model.message),
      textBlock(escapeMarkdown(model.endLine), { spacing: 'medium' }),
      ...endInputBlocks(model.endInputs, endDateLabel, endTimeLabel),
      ...existingAccessBlocks(model.existingAccess),
      ...model.notes.map((note, index) =>
        textBlock(`Note: ${escapeMarkdown(note)}`, { spacing: index === 0 ? 'medium' : 'small' }),
      ),
    ],
    actions: [
      executeAction(
        'Share',
        { verb: Verbs.confirmShare, ...data },
        { style: 'positive', associatedInputs: 'auto', tooltip: `Share ${noun} now` },
      ),
      executeAction('Cancel', { verb: Verbs.cancelShare, ...data }, { associatedInputs: 'none' }),
    ],
  };
}
