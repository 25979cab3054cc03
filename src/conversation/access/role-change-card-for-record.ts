import type { AdaptiveCard } from '../../cards/adaptive-card';
import { noticeCard } from '../../cards/notice-card';
import { roleChangeConfirmCard } from '../../cards/role-change-cards';
import * as words from '../../wording/role-changes';
import type { RoleChangeRecord } from './role-change-request';

/** The card that shows where a role change stands now: its confirmation, result or notice. */
export function currentRoleChangeCard(record: RoleChangeRecord): AdaptiveCard {
  switch (record.status) {
    case 'confirming':
      return roleChangeConfirmCard({
        requestId: record.id,
        title: words.confirmRoleChangeTitle,
        question: words.confirmRoleChangeText(
          record.personName,
          record.fromRole,
          record.toRole,
          record.item.name,
        ),
        note: words.roleChangeNote(record.personName, record.toRole),
      });
    case 'changing':
      return noticeCard({ title: words.roleChangeBusyText, text: '', tone: 'info' });
    case 'changed':
      return noticeCard({
        title: words.roleChangedTitle,
        text: words.roleChangedText(record.personName, record.toRole, record.item.name),
        tone: 'good',
      });
    case 'cancelled':
      return noticeCard({
        title: words.roleCancelledTitle,
        text: record.outcomeText ?? words.roleCancelledText,
        tone: 'info',
      });
    case 'refused':
    case 'unknown':
      return noticeCard({ title: words.roleRefusedTitle, text: record.outcomeText ?? '', tone: 'warning' });
  }
}
