import assert from 'node:assert/strict';
import type { TabShareRow } from '../../src/domain/tab-rows';
import { arrangeShares, type ShareOrder } from '../../src/tab/page/arrange-shares';

function share(itemName: string, sharedAt: string, names: string[]): TabShareRow {
  return {
    requestId: itemName,
    sharedAt,
    itemName,
    itemUrl: 'https://contoso.example/x',
    itemKind: 'file',
    extendable: false,
    recipients: names.map((name, index) => ({
      index,
      name,
      email: `${name.split(' ')[0].toLowerCase()}@contoso.com`,
      role: 'read',
      state: 'active',
      removable: true,
    })),
  };
}

const shares = [
  share('report.xlsx', '2026-12-01T10:00:00.000Z', ['Ana Lopez']),
  share('Présentation été.pptx', '2026-12-02T09:00:00.000Z', ['José Álvarez', 'Lee Chen']),
  share('budget.xlsx', '2026-11-30T08:00:00.000Z', ['Lee Chen']),
];

describe('the tab’s filter and order', () => {
  const cases: { filter: string; order: ShareOrder; expect: string[] }[] = [
    { filter: '', order: 'newest', expect: ['Présentation été.pptx', 'report.xlsx', 'budget.xlsx'] },
    { filter: '', order: 'oldest', expect: ['budget.xlsx', 'report.xlsx', 'Présentation été.pptx'] },
    { filter: '', order: 'name', expect: ['budget.xlsx', 'Présentation été.pptx', 'report.xlsx'] },
    { filter: 'lee', order: 'newest', expect: ['Présentation été.pptx', 'budget.xlsx'] },
    { filter: 'jose', order: 'newest', expect: ['Présentation été.pptx'] },
    { filter: 'presentation ete', order: 'newest', expect: ['Présentation été.pptx'] },
    { filter: 'ana@contoso', order: 'newest', expect: ['report.xlsx'] },
    { filter: '  XLSX  ', order: 'name', expect: ['budget.xlsx', 'report.xlsx'] },
    { filter: 'lee report', order: 'newest', expect: [] },
  ];
  for (const c of cases) {
    it(`"${c.filter}" sorted ${c.order} keeps ${c.expect.join(', ') || 'nothing'}`, () => {
      assert.deepEqual(
        arrangeShares(shares, c.filter, c.order).map((s) => s.itemName),
        c.expect,
      );
    });
  }
});
