import type { AdaptiveCard } from '../../cards/adaptive-card';
import { formatDate } from '../../cards/format-date';
import { linkConfirmCard, linkDeleteCard, linkResultCard } from '../../cards/link-cards';
import { noticeCard } from '../../cards/notice-card';
import * as words from '../../wording/links';
import type { LinkRequestRecord, LinkView } from './link-request';

/** The card that shows where a link request stands now: its confirmation, result or notice. */
export function currentLinkCard(record: LinkRequestRecord, timeZone: string | undefined): AdaptiveCard {
  switch (record.status) {
    case 'confirming':
      return record.action === 'create' ? createConfirmation(record, timeZone) : deleteConfirmation(record);
    case 'creating':
    case 'deleting':
      return noticeCard({ title: words.linkBusyText, text: '', tone: 'info' });
    case 'created':
      return createdCard(record, timeZone);
    case 'deleted':
      return noticeCard({
        title: words.linkDeletedTitle,
        text: words.linkDeletedText(record.item.name),
        tone: 'good',
      });
    case 'cancelled':
      return noticeCard({
        title: words.linkCancelledTitle,
        text:
          record.outcomeText ?? (record.action === 'create' ? words.linkCancelledText : words.linkKeptText),
        tone: 'info',
      });
    case 'refused':
    case 'unknown':
      return noticeCard({ title: words.linkRefusedTitle, text: record.outcomeText ?? '', tone: 'warning' });
  }
}

function createConfirmation(record: LinkRequestRecord, timeZone: string | undefined): AdaptiveCard {
  return linkConfirmCard({
    requestId: record.id,
    title: words.confirmLinkTitle,
    itemName: record.item.name,
    type: record.type,
    scope: record.scope,
    recipientNames: record.recipients.map((p) => p.displayName),
    expiryText: record.expiration ? formatDate(record.expiration.at, timeZone) : undefined,
    scopeLabels: words.linkScopeWords,
    notes: record.scope === 'anonymous' ? [words.anyoneLinkNote] : [],
  });
}

function deleteConfirmation(record: LinkRequestRecord): AdaptiveCard {
  const target = record.target as LinkView;
  return linkDeleteCard({
    requestId: record.id,
    title: words.confirmDeleteTitle,
    item: record.item,
    linkText: words.linkLine(target.type, target.scope),
    warning: words.deleteLinkWarning,
  });
}

function createdCard(record: LinkRequestRecord, timeZone: string | undefined): AdaptiveCard {
  const link = record.link;
  const expiry = link?.expirationDateTime;
  return linkResultCard({
    title: words.linkCreatedTitle,
    itemName: record.item.name,
    summary: words.linkPhrase(link?.type ?? record.type, link?.scope ?? record.scope),
    copyHint: words.copyLinkHint,
    webUrl: link?.webUrl,
    missingUrlText: words.linkWithoutUrlText,
    expiryText: expiry ? formatDate(expiry, timeZone) : undefined,
  });
}
