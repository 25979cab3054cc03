import { ActivityTypes, type InvokeResponse, type TurnContext } from 'botbuilder';
import { noticeCard } from '../cards/notice-card';
import { clickFailedNotice } from '../wording/clicks';
import { turnFailedReply } from '../wording/replies';
import { toInvokeResponse } from './invoke-response';

/**
 * Answers the person after an error escaped a turn. A message gets a sentence saying nothing was
 * shared (a message never shares; only a card click does). A card click gets a proper invoke
 * response, a notice card that does not claim anything about the share, since the click may have
 * been Share. Other invokes (sign-in) get a bare 500 invoke response; other activities need no answer.
 */
export async function answerTurnError(context: TurnContext): Promise<void> {
  const activity = context.activity;
  if (activity.type === ActivityTypes.Message) {
    await context.sendActivity({ text: turnFailedReply(), textFormat: 'markdown' });
    return;
  }
  if (activity.type !== ActivityTypes.Invoke) return;
  const response: InvokeResponse =
    activity.name === 'adaptiveCard/action'
      ? {
          status: 200,
          body: toInvokeResponse({ card: noticeCard({ ...clickFailedNotice, tone: 'warning' }) }),
        }
      : { status: 500 };
  await context.sendActivity({ type: ActivityTypes.InvokeResponse, value: response });
}
