import { type AdaptiveCard, adaptiveCardSchema, type CardAction, type CardElement } from './adaptive-card';
import { executeAction, heading, textBlock } from './elements';
import { escapeMarkdown, plainText } from './escape';
import { ConfirmInputs, Verbs } from './models';

/** What a card about timed access says, and which request it acts on. */
export interface TimedAccessCardModel {
  requestId: string;
  title: string;
  text: string;
}

/** The reminder: its words, and the current end as the new-end inputs' starting values. */
export interface ReminderCardModel extends TimedAccessCardModel {
  endInputs: { date: string; time: string };
  dateLabel: string;
  timeLabel: string;
}

/**
 * The end's date and time inputs (Input.Date, Input.Time), shared by the confirmation card and the
 * reminder (https://learn.microsoft.com/adaptive-cards/authoring-cards/input-validation).
 */
export function endInputBlocks(
  values: { date?: string; time?: string },
  dateLabel: string,
  timeLabel: string,
): CardElement[] {
  return [
    {
      type: 'Input.Date',
      id: ConfirmInputs.endDate,
      label: dateLabel,
      ...(values.date ? { value: values.date } : {}),
    },
    {
      type: 'Input.Time',
      id: ConfirmInputs.endTime,
      label: timeLabel,
      ...(values.time ? { value: values.time } : {}),
    },
  ];
}

/** The reminder before timed access ends: a new end and Extend, End now, Let it end. */
export function reminderCard(model: ReminderCardModel): AdaptiveCard {
  const data = { requestId: model.requestId };
  return newEndCard(model, [
    executeAction(
      'End now',
      { verb: Verbs.endAccessNow, ...data },
      { style: 'destructive', associatedInputs: 'none' },
    ),
    executeAction('Let it end', { verb: Verbs.letAccessEnd, ...data }, { associatedInputs: 'none' }),
  ]);
}

/** Asks before a chat message moves the end: the new end in the inputs, Extend or keep the current end. */
export function extendAccessCard(model: ReminderCardModel): AdaptiveCard {
  const data = { requestId: model.requestId };
  return newEndCard(model, [
    executeAction('Keep the end', { verb: Verbs.letAccessEnd, ...data }, { associatedInputs: 'none' }),
  ]);
}

/** A card with a new end to choose and Extend first, then the other actions. */
function newEndCard(model: ReminderCardModel, others: CardAction[]): AdaptiveCard {
  return {
    type: 'AdaptiveCard',
    $schema: adaptiveCardSchema,
    version: '1.5',
    fallbackText: `${plainText(model.title)}. ${plainText(model.text)}`,
    body: [
      heading(escapeMarkdown(model.title)),
      textBlock(escapeMarkdown(model.text)),
      ...endInputBlocks(model.endInputs, model.dateLabel, model.timeLabel),
    ],
    actions: [
      executeAction(
        'Extend',
        { verb: Verbs.extendAccess, requestId: model.requestId },
        { style: 'positive', associatedInputs: 'auto' },
      ),
      ...others,
    ],
  };
}

/** Sharebot could not end the access at its time (no token, Graph refused): Remove now. */
export function removeNowCard(model: TimedAccessCardModel): AdaptiveCard {
  return questionCard(model, [
    executeAction(
      'Remove now',
      { verb: Verbs.endAccessNow, requestId: model.requestId },
      { style: 'destructive' },
    ),
  ]);
}

/** Someone changed the permission since the share: Remove anyway or Keep access. */
export function changedAccessCard(model: TimedAccessCardModel): AdaptiveCard {
  const data = { requestId: model.requestId };
  return questionCard(model, [
    executeAction('Remove anyway', { verb: Verbs.removeChangedAccess, ...data }, { style: 'destructive' }),
    executeAction('Keep access', { verb: Verbs.keepChangedAccess, ...data }),
  ]);
}

function questionCard(model: TimedAccessCardModel, actions: AdaptiveCard['actions']): AdaptiveCard {
  return {
    type: 'AdaptiveCard',
    $schema: adaptiveCardSchema,
    version: '1.5',
    fallbackText: `${plainText(model.title)}. ${plainText(model.text)}`,
    body: [heading(escapeMarkdown(model.title)), textBlock(escapeMarkdown(model.text))],
    actions,
  };
}
