import assert from 'node:assert/strict';
import { readMySharesQuestion } from '../../src/conversation/history/read-my-shares-question';

// Wednesday 2 December 2026, 15:30 in Madrid (14:30 UTC).
const now = new Date('2026-12-02T14:30:00Z');
const madrid = 'Europe/Madrid';
const at = (iso: string) => new Date(iso).getTime();

describe('reading "what did I share …?"', () => {
  const periods: { says: string; from?: string; to?: string; words?: string; person?: string }[] = [
    { says: 'what did I share today?', from: '2026-12-01T23:00:00Z', to: now.toISOString(), words: 'today' },
    { says: 'What have I shared today', from: '2026-12-01T23:00:00Z', to: now.toISOString(), words: 'today' },
    {
      says: 'what did i share yesterday',
      from: '2026-11-30T23:00:00Z',
      to: '2026-12-01T23:00:00Z',
      words: 'yesterday',
    },
    {
      says: 'what did I share this week?',
      from: '2026-11-29T23:00:00Z',
      to: now.toISOString(),
      words: 'this week',
    },
    {
      says: 'which files have I shared last week',
      from: '2026-11-22T23:00:00Z',
      to: '2026-11-29T23:00:00Z',
      words: 'last week',
    },
    {
      says: 'show me what I shared this month',
      from: '2026-11-30T23:00:00Z',
      to: now.toISOString(),
      words: 'this month',
    },
    {
      says: 'what did I share in the past 3 days?',
      from: '2026-11-29T23:00:00Z',
      to: now.toISOString(),
      words: 'in the last 3 days',
    },
    { says: 'my shares' },
    { says: 'show my recent shares' },
    { says: 'list the files I’ve shared' },
    { says: 'what did I share with Ana?', person: 'ana' },
    {
      says: 'what have I shared with Lee Chen this week',
      person: 'lee chen',
      words: 'this week',
      from: '2026-11-29T23:00:00Z',
      to: now.toISOString(),
    },
  ];
  for (const c of periods) {
    it(`reads "${c.says}"`, () => {
      const question = readMySharesQuestion(c.says, { timeZone: madrid, now });
      assert.ok(question, 'not read as a question about my shares');
      assert.equal(question.person, c.person);
      if (!c.words) {
        assert.equal(question.period, undefined);
        return;
      }
      assert.deepEqual(question.period, {
        from: at(c.from as string),
        to: at(c.to as string),
        words: c.words,
      });
    });
  }

  const others = [
    'share report.xlsx with Ana',
    'share what I shared with Ana with Bob',
    'did I share report.xlsx with Ana?',
    'who has access to plan.xlsx?',
    'can Ana see report.xlsx',
    'what can I share?',
    'help',
    'share the budget with Lee',
  ];
  for (const says of others) {
    it(`leaves "${says}" to the other readers`, () => {
      assert.equal(readMySharesQuestion(says, { timeZone: madrid, now }), undefined);
    });
  }

  it('takes the day in UTC when the client sent no known time zone', () => {
    const question = readMySharesQuestion('what did I share today', { timeZone: 'Mars/Olympus', now });
    assert.equal(question?.period?.from, at('2026-12-02T00:00:00Z'));
  });
});
