import type { GroupConfirmCardModel, GroupResultCardModel } from '../cards/models';
import type { Versioned } from '../state/request-store';
import * as words from '../wording/several-items';
import type { FlowDeps } from './ports/flow-deps';
import { buildConfirmModel } from './prepare-confirmation';
import type { ShareRequestRecord } from './share-request';
import { grantedStatuses } from './share-states';

/** Every member of a record's group, in order, as stored now (members gone from storage are left out). */
export async function loadGroup(
  record: ShareRequestRecord,
  deps: Pick<FlowDeps, 'requests'>,
): Promise<Versioned<ShareRequestRecord>[]> {
  const ids = record.group?.members ?? [record.id];
  const stored = await Promise.all(ids.map((id) => deps.requests.get(id)));
  return stored.filter((member): member is Versioned<ShareRequestRecord> => member !== undefined);
}

/** The card model for several items: the items, and the people and options they share. */
export function groupConfirmModel(members: readonly ShareRequestRecord[]): GroupConfirmCardModel {
  const first = members[0] as ShareRequestRecord;
  // The people and options are the same on every member; each item's own access is not listed.
  const single = buildConfirmModel(first, first.confirmation);
  return {
    requestId: first.group?.id ?? first.id,
    items: members.flatMap((member) => (member.item ? [member.item] : [])),
    recipients: single.recipients.map((recipient) => ({ ...recipient, existingRole: undefined })),
    role: single.role,
    notify: first.notify,
    message: first.message,
    endText: first.expiration ? single.endLine : undefined,
    privateTo: first.privateTo,
  };
}

/** How several items ended, one line each, from each member's own outcome. */
export function groupResultModel(members: readonly ShareRequestRecord[]): GroupResultCardModel {
  const lines = members.map(resultLineOf);
  const shared = members.filter((m) => m.status === 'shared' || m.status === 'partlyShared').length;
  return {
    requestId: members[0]?.group?.id ?? members[0]?.id ?? '',
    title: words.groupResultTitle(shared, members.length),
    lines,
    canUndo: members.some((m) => grantedStatuses.includes(m.status) && m.createdPermissionIds.length > 0),
  };
}

function resultLineOf(member: ShareRequestRecord): { text: string; ok: boolean } {
  const name = member.item?.name ?? 'This item';
  const outcome = member.outcome;
  const people = (lines: { displayName: string; role: string }[]) =>
    lines
      .map((line) => `${line.displayName} (${line.role === 'write' ? 'can edit' : 'can view'})`)
      .join(', ');
  // Back to `confirming`: Graph did nothing for this item (busy, unavailable), as its note says.
  if (member.status === 'confirming')
    return {
      text: words.itemNotSharedLine(name, member.confirmation?.onlyNote ?? words.notSharedTryAgain),
      ok: false,
    };
  switch (outcome?.kind) {
    case 'shared':
      return { text: words.itemSharedLine(name, people(outcome.lines)), ok: true };
    case 'partlyShared':
      return {
        text: words.itemPartlySharedLine(name, people(outcome.lines), outcome.missingNames.join(', ')),
        ok: false,
      };
    case 'notShared':
      return { text: words.itemNotSharedLine(name, outcome.text), ok: false };
    case 'undone':
      return { text: words.itemUndoneLine(name), ok: true };
    default:
      return { text: words.itemUnknownLine(name), ok: false };
  }
}
