import assert from 'node:assert/strict';
import { driveLabel } from '../../src/cards/drive-label';
import { cardDate } from '../../src/cards/format-date';
import { formatSize } from '../../src/cards/format-size';
import { graphRoleLabel, roleLabel } from '../../src/cards/role-label';
import { reportItem } from './helpers/fixtures';

describe('formatSize', () => {
  const cases: [number, string][] = [
    [0, '0 bytes'],
    [1, '1 byte'],
    [1023, '1023 bytes'],
    [1024, '1 KB'],
    [24_576, '24 KB'],
    [1536, '1.5 KB'],
    [1_048_575, '1 MB'],
    [1_572_864, '1.5 MB'],
    [3_500_000, '3.3 MB'],
    [5 * 1024 ** 3, '5 GB'],
    [2 * 1024 ** 4, '2 TB'],
    [-1, 'unknown size'],
    [Number.NaN, 'unknown size'],
  ];
  for (const [bytes, expected] of cases) {
    it(`shows ${bytes} bytes as "${expected}"`, () => assert.equal(formatSize(bytes), expected));
  }
});

describe('cardDate', () => {
  const cases: [string | undefined, string | undefined][] = [
    ['2026-05-04T09:15:30Z', '{{DATE(2026-05-04T09:15:30Z, SHORT)}}'],
    ['2026-05-04T09:15:30.1234567Z', '{{DATE(2026-05-04T09:15:30Z, SHORT)}}'],
    ['2026-05-04T11:15:30+02:00', '{{DATE(2026-05-04T09:15:30Z, SHORT)}}'],
    ['not a date', undefined],
    ['', undefined],
    [undefined, undefined],
  ];
  for (const [input, expected] of cases) {
    it(`turns ${JSON.stringify(input)} into ${JSON.stringify(expected)}`, () =>
      assert.equal(cardDate(input), expected));
  }
});

describe('driveLabel', () => {
  const cases = [
    { name: 'a business OneDrive item', item: { ...reportItem }, expected: 'your OneDrive' },
    {
      name: 'a personal OneDrive item',
      item: { ...reportItem, driveType: 'personal' as const },
      expected: 'your OneDrive',
    },
    {
      name: 'a named library',
      item: { ...reportItem, driveType: 'documentLibrary' as const, driveName: 'Design Team' },
      expected: 'Design Team library',
    },
    {
      name: 'an unnamed library',
      item: { ...reportItem, driveType: 'documentLibrary' as const },
      expected: 'a SharePoint library',
    },
    {
      name: 'a remote item with its sharer',
      item: { ...reportItem, remote: true, sharedByName: 'Maria' },
      expected: 'shared with you by Maria',
    },
    {
      name: 'a remote item without a sharer',
      item: { ...reportItem, remote: true },
      expected: 'shared with you',
    },
    {
      name: 'an item of unknown drive type',
      item: { ...reportItem, driveType: undefined },
      expected: 'OneDrive or SharePoint',
    },
  ];
  for (const { name, item, expected } of cases) {
    it(`calls ${name} "${expected}"`, () => assert.equal(driveLabel(item), expected));
  }
});

describe('role labels', () => {
  it('names the two invite roles', () => {
    assert.equal(roleLabel('read'), 'can view');
    assert.equal(roleLabel('write'), 'can edit');
  });

  const graphRoles: [string, string | undefined][] = [
    ['read', 'can view'],
    ['write', 'can edit'],
    ['owner', 'owner'],
    ['sp.full control', 'owner'],
    ['SP.Owner', 'owner'],
    ['sp.review', undefined],
  ];
  for (const [role, expected] of graphRoles) {
    it(`reads Graph role "${role}" as ${JSON.stringify(expected)}`, () =>
      assert.equal(graphRoleLabel(role), expected));
  }
});
