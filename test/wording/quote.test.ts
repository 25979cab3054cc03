import assert from 'node:assert/strict';
import fc from 'fast-check';
import { cutText, leadingGraphemes } from '../../src/wording/quote';

const segmenter = new Intl.Segmenter('en', { granularity: 'grapheme' });
const graphemesOf = (text: string) => [...segmenter.segment(text)].map((s) => s.segment);

/** Pieces that are one grapheme but several code units or code points. */
const compound = ['🎉', '👩‍👩‍👧‍👦', '🏳️‍🌈', '🇪🇸', '👍🏽', 'é', 'ग्', '\r\n', '\u0600 ', '1️⃣'];

/** Text made of well-formed code points, with compound graphemes, marks and controls mixed in. */
const text = fc
  .array(
    fc.oneof(
      fc.string({ unit: 'grapheme', maxLength: 4 }),
      fc.constantFrom(...compound, '\u200d', '\u200b', '\u202e', '\u0301', ' ', '\u0000'),
    ),
    { maxLength: 40 },
  )
  .map((parts) => parts.join(''));

const bound = fc.integer({ min: 2, max: 60 });

describe('cutText', () => {
  it('never returns more than the bound, in UTF-16 units', () => {
    fc.assert(fc.property(text, bound, (input, max) => cutText(input, max).length <= max));
  });

  it('returns the text itself when it fits', () => {
    fc.assert(
      fc.property(text, (input) => {
        assert.equal(cutText(input, Math.max(2, input.length)), input);
      }),
    );
  });

  it('keeps a prefix made of whole graphemes, followed by an ellipsis, when it cuts', () => {
    fc.assert(
      fc.property(text, bound, (input, max) => {
        const cut = cutText(input, max);
        if (cut === input) return;
        assert.ok(cut.endsWith('…'));
        const kept = cut.slice(0, -1);
        assert.ok(input.startsWith(kept));
        const keptGraphemes = graphemesOf(kept);
        assert.deepEqual(keptGraphemes, graphemesOf(input).slice(0, keptGraphemes.length));
      }),
    );
  });

  it('always gives text that encodeURIComponent accepts', () => {
    fc.assert(
      fc.property(text, bound, (input, max) => {
        encodeURIComponent(cutText(input, max));
      }),
    );
  });

  const cases: { name: string; input: string; max: number; mark?: string; expected: string }[] = [
    { name: 'drops an emoji that does not fit whole', input: 'ab🎉.xlsx', max: 4, expected: 'ab…' },
    { name: 'cuts without a mark when asked to', input: 'ab🎉.xlsx', max: 3, mark: '', expected: 'ab' },
    { name: 'keeps a ZWJ family whole', input: 'x👩‍👩‍👧‍👦yz', max: 13, expected: 'x👩‍👩‍👧‍👦…' },
    { name: 'drops a ZWJ family that does not fit', input: 'x👩‍👩‍👧‍👦yz', max: 12, expected: 'x…' },
    {
      name: 'drops spaces before the ellipsis',
      input: 'Quarterly   report.xlsx',
      max: 12,
      expected: 'Quarterly…',
    },
    { name: 'keeps an accent with its letter', input: 'Cafe\u0301 menu', max: 6, expected: 'Cafe\u0301…' },
  ];
  for (const { name, input, max, mark, expected } of cases) {
    it(`${name}: ${JSON.stringify(input)} in ${max} → ${JSON.stringify(expected)}`, () => {
      assert.equal(cutText(input, max, mark), expected);
    });
  }

  it('refuses a bound that leaves no room beside the ellipsis', () => {
    assert.throws(() => cutText('abc', 1), RangeError);
  });
});

describe('leadingGraphemes', () => {
  it('gives a prefix of at most the asked number of whole graphemes', () => {
    fc.assert(
      fc.property(text, fc.integer({ min: 0, max: 8 }), (input, count) => {
        const prefix = leadingGraphemes(input, count);
        assert.ok(input.startsWith(prefix));
        assert.deepEqual(graphemesOf(prefix), graphemesOf(input).slice(0, count));
        encodeURIComponent(prefix);
      }),
    );
  });

  it('keeps the emoji whole in the name from the bug report', () => {
    assert.equal(leadingGraphemes('ab🎉', 3), 'ab🎉');
  });
});
