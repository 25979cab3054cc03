import assert from 'node:assert/strict';
import { readExtendRequest } from '../../../src/conversation/access/read-extend-request';

const context = { mentions: [], timeZone: 'Europe/Madrid', now: new Date('2026-12-02T10:00:00Z') };
const day = 24 * 3_600_000;

describe('reading "extend … access" messages', () => {
  const cases: [string, { person: string; item: string; end?: string | { laterByDays: number } }][] = [
    [
      "extend Ana's access to plan.xlsx until Monday",
      { person: 'Ana', item: 'plan.xlsx', end: '2026-12-07T22:59:59.000Z' },
    ],
    [
      'Extend Ana Lopez’s access on Budget 2027.xlsx till 31 March.',
      { person: 'Ana Lopez', item: 'Budget 2027.xlsx', end: '2027-03-31T21:59:59.000Z' },
    ],
    [
      'please extend access to report.xlsx for Lee until 2027-01-31',
      { person: 'Lee', item: 'report.xlsx', end: '2027-01-31T22:59:59.000Z' },
    ],
    [
      "extend Lee Chen's access to report.xlsx by a week",
      { person: 'Lee Chen', item: 'report.xlsx', end: { laterByDays: 7 } },
    ],
    [
      "could you extend Lee's access to report.xlsx for another 2 weeks",
      { person: 'Lee', item: 'report.xlsx', end: { laterByDays: 14 } },
    ],
    ["extend Lee's access to report.xlsx", { person: 'Lee', item: 'report.xlsx' }],
  ];
  for (const [text, expected] of cases) {
    it(`reads "${text}"`, () => {
      const read = readExtendRequest(text, context);
      assert.ok(read);
      assert.equal(read.personText, expected.person);
      assert.equal(read.itemText, expected.item);
      if (expected.end === undefined) assert.equal(read.end, undefined);
      else if (typeof expected.end === 'string')
        assert.deepEqual(read.end, { kind: 'at', at: Date.parse(expected.end) });
      else assert.deepEqual(read.end, { kind: 'later', byMs: expected.end.laterByDays * day });
    });
  }

  for (const text of [
    'extend the deadline to Friday',
    'share report.xlsx with Lee until Friday',
    'can Lee see report.xlsx?',
  ]) {
    it(`leaves "${text}" to the other flows`, () =>
      assert.equal(readExtendRequest(text, context), undefined));
  }
});
