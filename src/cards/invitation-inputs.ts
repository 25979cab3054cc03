import { maxInviteMessageLength } from '../domain/limits';
import { cutText } from '../wording/quote';
import type { CardElement } from './adaptive-card';
import { plainMultilineText } from './escape';
import { ConfirmInputs } from './models';

/** The "Notify by email" toggle and the email message box of a confirmation card, prefilled. */
export function invitationInputs(notify: boolean, message: string | undefined): CardElement[] {
  return [
    {
      type: 'Input.Toggle',
      id: ConfirmInputs.notify,
      title: 'Notify by email',
      value: notify ? 'true' : 'false',
      valueOn: 'true',
      valueOff: 'false',
      wrap: true,
    },
    {
      type: 'Input.Text',
      id: ConfirmInputs.message,
      label: 'Message in the email (optional)',
      isMultiline: true,
      maxLength: maxInviteMessageLength,
      placeholder: 'Add a message for the email',
      ...(message ? { value: cutText(plainMultilineText(message), maxInviteMessageLength, '') } : {}),
    },
  ];
}
