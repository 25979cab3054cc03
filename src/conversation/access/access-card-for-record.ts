import {
  type AccessLineAction,
  removalResultCard,
  removeConfirmCard,
  whoHasAccessCard,
} from '../../cards/access-cards';
import type { AdaptiveCard } from '../../cards/adaptive-card';
import { formatDate, formatEndTime } from '../../cards/format-date';
import { Verbs } from '../../cards/models';
import { noticeCard } from '../../cards/notice-card';
import { pickPersonCard } from '../../cards/pick-person-card';
import * as words from '../../wording/access-changes';
import { zoneNote } from '../../wording/timed-access';
import { isKnownTimeZone } from '../parse/time-zone';
import type { AccessLine, AccessRequestRecord, RemovalResult } from './access-request';

/** The card that shows where an access request stands now: the list, a pick, a confirmation, the result or a notice. */
export function currentAccessCard(record: AccessRequestRecord, timeZone: string | undefined): AdaptiveCard {
  switch (record.status) {
    case 'listing':
      return whoHasAccessCard({
        requestId: record.id,
        title: record.editorsOnly
          ? words.whoCanEditTitle(record.item.name)
          : words.whoHasAccessTitle(record.item.name),
        lines: record.lines.map((line) => ({
          title: lineTitle(line),
          detail: lineDetail(line, timeZone, record.createdAt),
          actions: lineActions(line),
        })),
        emptyText: words.emptyAccessText,
        notes: listNotes(record),
      });
    case 'pickingPerson':
      return pickPersonCard({
        requestId: record.id,
        query: record.pick?.query ?? '',
        choices: record.pick?.choices ?? [],
        verb: Verbs.pickRemoval,
        question: words.pickWhoToRemoveQuestion,
      });
    case 'confirming':
      return removeConfirmCard({
        requestId: record.id,
        title: confirmTitle(record),
        itemName: record.item.name,
        removedHeading: words.willBeRemovedText,
        removed: record.targets.map(
          (line) => `${lineTitle(line)}: ${lineDetail(line, timeZone, record.createdAt)}`,
        ),
        keptHeading: words.willStayText,
        kept: record.kept.map(
          (line) => `${lineTitle(line)}: ${lineDetail(line, timeZone, record.createdAt)}`,
        ),
      });
    case 'removing':
      return noticeCard({ title: words.removalBusyText, text: '', tone: 'info' });
    case 'done':
      return resultCard(record);
    case 'cancelled':
      return noticeCard({ title: words.keptTitle, text: record.outcomeText ?? words.keptText, tone: 'info' });
  }
}

function confirmTitle(record: AccessRequestRecord): string {
  const [first] = record.targets;
  if (record.action === 'removeAll' || !first) return words.confirmStopSharingTitle;
  if (first.revoke) return words.confirmRemoveTitle(first.revoke.name);
  return first.kind === 'link' ? words.confirmRemoveLinkTitle : words.confirmRemoveTitle(first.name);
}

/** A line's name: the person's or group's, or the link in words. */
function lineTitle(line: AccessLine): string {
  if (!line.link) return line.name;
  const link = words.linkLineWords(line.link.type, line.link.scope);
  return line.revoke ? words.onLinkWords(line.revoke.name, link) : link;
}

/** A line's role, where it comes from and its expiry, in words. */
function lineDetail(line: AccessLine, timeZone: string | undefined, shownAt: number): string {
  const role = line.link
    ? line.link.type === 'edit'
      ? words.accessRoleWords.write
      : words.accessRoleWords.read
    : words.accessRoleWords[line.role];
  return [
    role,
    ...(line.kind === 'group' ? [words.groupWords] : []),
    ...(line.link?.grantees && !line.revoke
      ? [words.forWhomWords(line.link.grantees.map((g) => g.name))]
      : []),
    ...(line.origin === 'unknown'
      ? []
      : [line.origin === 'inherited' ? words.inheritedWords : words.directWords]),
    ...(line.expirationDateTime ? [words.expiresWords(formatDate(line.expirationDateTime, timeZone))] : []),
    ...(line.endsAt !== undefined
      ? [words.endsWords(formatEndTime(line.endsAt, timeZone, shownAt), zoneNote(isKnownTimeZone(timeZone)))]
      : []),
  ].join(' · ');
}

/** Remove on what the requester may remove; on a person's or group's own permission also the other role. */
function lineActions(line: AccessLine): AccessLineAction[] {
  if (!line.removable) return [];
  if (line.kind === 'link' || line.role === 'owner') return ['remove'];
  return ['remove', line.role === 'read' ? 'makeEditor' : 'makeViewer'];
}

function listNotes(record: AccessRequestRecord): string[] {
  if (record.lines.length === 0) return [];
  if (!record.lines.some((l) => l.removable || l.role === 'owner')) return [words.viewOnlyListNote];
  return record.lines.some((l) => l.origin === 'inherited') ? [words.notRemovableNote] : [];
}

function resultCard(record: AccessRequestRecord): AdaptiveCard {
  const results = record.results ?? [];
  const failed = results.filter((r) => r.outcome === 'failed').length;
  const removed = results.filter((r) => r.outcome === 'removed').length;
  const allFailed = failed > 0 && failed === results.length;
  return removalResultCard({
    title:
      failed === 0 ? words.removalDoneTitle : allFailed ? words.removalFailedTitle : words.removalPartlyTitle,
    tone: failed === 0 ? 'good' : 'warning',
    itemName: record.item.name,
    lines: results.map((r) => ({ text: resultLine(r), ok: r.outcome !== 'failed' })),
    summary: words.removalSummary(removed, failed),
  });
}

function resultLine(result: RemovalResult): string {
  const outcome =
    result.outcome === 'removed'
      ? words.removedWords
      : result.outcome === 'alreadyGone'
        ? words.alreadyGoneWords
        : (result.text ?? '');
  return `${lineTitle(result.line)}: ${outcome}`;
}
