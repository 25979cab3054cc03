import assert from 'node:assert/strict';
import { parseRetryAfter } from '../../src/graph/graph-errors';

describe('parseRetryAfter', () => {
  const now = Date.parse('2026-03-02T10:00:00Z');
  const cases: [string | null, number | undefined][] = [
    ['2', 2],
    ['2.128', 2.128],
    ['0', 0],
    [' 41 ', 41],
    ['Mon, 02 Mar 2026 10:00:30 GMT', 30],
    ['Mon, 02 Mar 2026 09:59:00 GMT', 0],
    ['soon', undefined],
    ['-3', undefined],
    ['', undefined],
    [null, undefined],
  ];
  for (const [header, seconds] of cases) {
    it(`reads ${JSON.stringify(header)} as ${seconds}`, () => {
      assert.equal(parseRetryAfter(header, now), seconds);
    });
  }
});
