import { groupAccessStatus } from '../wording/share-outcomes';
import { type AdaptiveCard, adaptiveCardSchema, type CardAction, type Container } from './adaptive-card';
import { executeAction, heading, openUrlAction, textBlock, toneStyles } from './elements';
import { escapeMarkdown, plainText } from './escape';
import { type ResultCardModel, type ResultLineView, Verbs } from './models';
import { roleAccessNoun, roleLabel } from './role-label';
import { markdownLink, safeHttpUrl } from './safe-url';

/**
 * One recipient's outcome: name, role granted, email status, their own link when Graph gave one
 * that differs from the item's (the heading and Open file already link the item, so thirteen
 * people without links of their own do not get thirteen identical "Link"s), and any 207 warning.
 */
function resultLine(line: ResultLineView, itemUrl: string): Container {
  const name = escapeMarkdown(line.displayName || line.email || 'Someone');
  const email =
    line.displayName && line.email && line.email !== line.displayName
      ? ` (${escapeMarkdown(line.email)})`
      : '';
  const ownLink = line.link !== itemUrl && safeHttpUrl(line.link) ? [markdownLink('Link', line.link)] : [];
  const status =
    line.throughGroup !== undefined
      ? [
          escapeMarkdown(groupAccessStatus(roleAccessNoun(line.role), line.throughGroup)),
          emailLabel(false),
        ].join(' · ')
      : [roleLabel(line.role), emailLabel(line.emailSent), ...ownLink].join(' · ');
  const warning = toneStyles.warning;
  return {
    type: 'Container',
    spacing: 'small',
    items: [
      textBlock(`${name}${email}`, { weight: 'bolder' }),
      textBlock(status, { spacing: 'none' }),
      // docs/graph-notes.md §1.7: a 207 entry means access was granted but the notification failed.
      ...(line.warning !== undefined
        ? [
            textBlock(
              `${warning.symbol} Warning: ${escapeMarkdown(line.warning.replace(/[\s.]+$/, '') || 'the email could not be sent')}. ` +
                'Access was still granted.',
              { color: warning.color, spacing: 'none' },
            ),
          ]
        : []),
    ],
  };
}

function emailLabel(sent: ResultLineView['emailSent']): string {
  if (sent === 'unknown') return 'email may have been sent';
  return sent ? 'email sent' : 'no email sent';
}

/**
 * The result of a share: one line per recipient who got access, notes (such as who is still
 * missing), "Share with the others" when some are, "Open file", and "Undo" while it is offered.
 */
export function resultCard(model: ResultCardModel): AdaptiveCard {
  const fileUrl = safeHttpUrl(model.item.webUrl);
  const actions: CardAction[] = [];
  if (model.canShareMissing) {
    actions.push(
      executeAction(
        'Share with the others',
        { verb: Verbs.shareMissing, requestId: model.requestId },
        { style: 'positive', tooltip: 'Invite the people who did not get access yet' },
      ),
    );
  }
  if (fileUrl) actions.push(openUrlAction('Open file', fileUrl, `Open ${plainText(model.item.name)}`));
  if (model.canUndo) {
    actions.push(
      executeAction(
        'Undo',
        { verb: Verbs.undo, requestId: model.requestId },
        { tooltip: 'Remove the access this share gave' },
      ),
    );
  }
  return {
    type: 'AdaptiveCard',
    $schema: adaptiveCardSchema,
    version: '1.5',
    fallbackText: `Shared ${plainText(model.item.name)} with ${model.lines.length} recipient(s).`,
    body: [
      heading(`Shared ${markdownLink(model.item.name || 'Untitled', model.item.webUrl)}`),
      ...(model.notes ?? []).map((note) => textBlock(escapeMarkdown(note), { spacing: 'small' })),
      ...model.lines.map((line) => resultLine(line, model.item.webUrl)),
    ],
    ...(actions.length > 0 ? { actions } : {}),
  };
}
