import assert from 'node:assert/strict';
import { reminderTime, scheduleAccessEnd } from '../../../src/conversation/access/access-end';
import type { ShareRequestRecord } from '../../../src/conversation/share-request';
import { fakeFlowDeps, storedConfirmingRequest } from '../../support/fake-chat-turn';

const hour = 3_600_000;
const sharedAt = Date.parse('2026-12-02T09:00:00Z');

describe('the reminder before an end', () => {
  const cases: [string, number, number][] = [
    ['a day before two weeks of access', 14 * 24 * hour, 13 * 24 * hour],
    ['a day before exactly two days', 48 * hour, 24 * hour],
    ['halfway through 30 minutes', 0.5 * hour, 0.25 * hour],
    ['halfway through a day', 24 * hour, 12 * hour],
  ];
  for (const [name, length, after] of cases) {
    it(`comes ${name}`, () => assert.equal(reminderTime(sharedAt, sharedAt + length), sharedAt + after));
  }
});

describe('scheduling an end in the ledger', () => {
  async function sharedRecord(changes: Partial<ShareRequestRecord>): Promise<ShareRequestRecord> {
    const record = await storedConfirmingRequest(fakeFlowDeps());
    const line = { displayName: 'Ana Bowman', role: 'read' as const, link: '', emailSent: true };
    return {
      ...record,
      status: 'shared',
      expiration: { at: new Date(sharedAt + 30 * 60_000).toISOString(), words: 'for 30 minutes' },
      grants: [{ recipient: 0, permissionId: 'perm-new', line }],
      createdPermissionIds: ['perm-new'],
      ...changes,
    };
  }

  it('keeps the end, the reminder and exactly the permission the share created', async () => {
    const scheduled = scheduleAccessEnd(await sharedRecord({}), sharedAt);
    assert.deepEqual(scheduled.accessEnd, {
      at: sharedAt + 30 * 60_000,
      remindAt: sharedAt + 15 * 60_000,
      state: 'scheduled',
      permissions: [{ id: 'perm-new', name: 'Ana Bowman', role: 'read' }],
    });
    assert.equal(scheduled.keepUntil, sharedAt + 30 * 60_000, 'kept in storage past its end');
  });

  it('schedules nothing for access the person had before (a merged invite)', async () => {
    const record = await sharedRecord({ createdPermissionIds: [] });
    assert.equal(scheduleAccessEnd(record, sharedAt).accessEnd, undefined);
  });

  it('leaves the end to Graph on personal OneDrive, where the invite carries it', async () => {
    const record = await sharedRecord({});
    const item = record.item as NonNullable<ShareRequestRecord['item']>;
    const personal: ShareRequestRecord = { ...record, item: { ...item, driveType: 'personal' } };
    assert.equal(scheduleAccessEnd(personal, sharedAt).accessEnd, undefined);
  });

  it('schedules nothing without an end', async () => {
    assert.equal(
      scheduleAccessEnd(await sharedRecord({ expiration: undefined }), sharedAt).accessEnd,
      undefined,
    );
  });
});
