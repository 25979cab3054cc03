import { deepStrictEqual, strictEqual } from 'node:assert/strict';
import { extractQuoted } from '../../../src/conversation/parse/extract-quoted';
import { decideRole, extractRoles } from '../../../src/conversation/parse/extract-roles';
import { trimUrl } from '../../../src/conversation/parse/extract-urls';
import { looksLikeFileName } from '../../../src/conversation/parse/file-name';
import { normalizeText } from '../../../src/conversation/parse/normalize';
import { parseMessage } from '../../../src/conversation/parse/parse-message';
import { createScan } from '../../../src/conversation/parse/scan';
import { instantOfWallClock, offsetMinutesAt } from '../../../src/conversation/parse/time-zone';
import { MADRID } from './expectations';

/** A scan over a message, as parseMessage starts one. */
function scanOf(text: string) {
  return createScan(text, normalizeText(text));
}

describe('normalizeText', () => {
  it('keeps every index while mapping curly quotes, emoji and odd spaces', () => {
    const text = '“Plan” ‘x’ 👍\u00a0ok';
    const out = normalizeText(text);
    strictEqual(out.length, text.length);
    strictEqual(out, `"Plan" 'x'    ok`);
  });
});

describe('looksLikeFileName', () => {
  const rows: Array<[string, boolean]> = [
    ['plan.xlsx', true],
    ['v3.pptx', true],
    ['notes.one', true],
    ['diagram.vsdx', true],
    ['archive.7z', true],
    ['README.md', true],
    ['contoso.com', false],
    ['3.5', false],
    ['v2.0', false],
    ['plan', false],
    ['.xlsx', false],
  ];
  for (const [word, expected] of rows) {
    it(`${expected ? 'accepts' : 'rejects'} "${word}"`, () => strictEqual(looksLikeFileName(word), expected));
  }
});

describe('trimUrl', () => {
  const rows: Array<[string, string]> = [
    ['https://x.sharepoint.com/a.docx.', 'https://x.sharepoint.com/a.docx'],
    ['https://x.sharepoint.com/a?b=1,', 'https://x.sharepoint.com/a?b=1'],
    ['<https://1drv.ms/x>', 'https://1drv.ms/x'],
    ['https://en.wikipedia.org/wiki/Plan_(x))', 'https://en.wikipedia.org/wiki/Plan_(x)'],
  ];
  for (const [raw, expected] of rows) {
    it(`trims "${raw}" to "${expected}"`, () => strictEqual(trimUrl(raw), expected));
  }
});

describe('extractQuoted', () => {
  it('does not take apostrophes for quotes', () => {
    const scan = scanOf("don't share Tom's file 'Q3 plan' now");
    extractQuoted(scan);
    deepStrictEqual(
      scan.pieces.map((p) => (p.kind === 'quoted' ? p.inner.text : p.kind)),
      ['Q3 plan'],
    );
  });
  it('reads curly quotes and keeps the original characters in the span', () => {
    const scan = scanOf('share “Team Roster” now');
    extractQuoted(scan);
    const piece = scan.pieces[0];
    strictEqual(piece?.kind === 'quoted' && piece.span.text, '“Team Roster”');
  });
});

describe('role lexicon', () => {
  const rows: Array<[string, string]> = [
    ['as editor', 'role:write'],
    ['read-only', 'role:read'],
    ['they should be able to edit', 'role:write'],
    ['view access', 'role:read'],
    ['full control', 'owner'],
    ['commenter', 'unsupported'],
    ["can't download", 'unsupported'],
    ['view and edit', 'conflict'],
    ['read/write', 'role:write'],
    ['preview the plan', 'unspecified'],
    ['reviewed budget', 'unspecified'],
  ];
  for (const [text, expected] of rows) {
    it(`reads "${text}" as ${expected}`, () => {
      const scan = scanOf(text);
      extractRoles(scan);
      const role = decideRole(scan);
      strictEqual(role.kind === 'role' ? `role:${role.role}` : role.kind, expected);
    });
  }
});

describe('time zones', () => {
  it('knows Madrid is one hour ahead in winter and two in summer', () => {
    strictEqual(offsetMinutesAt(new Date('2027-03-10T10:00:00Z'), 'Europe/Madrid'), 60);
    strictEqual(offsetMinutesAt(new Date('2027-07-10T10:00:00Z'), 'Europe/Madrid'), 120);
  });
  it('turns a wall clock after the spring change into the right instant', () => {
    const at = instantOfWallClock(
      { year: 2027, month: 4, day: 2, hour: 23, minute: 59, second: 59 },
      'Europe/Madrid',
    );
    strictEqual(at.toISOString(), '2027-04-02T21:59:59.000Z');
  });
  it('reads "until Friday" in New York and in Tokyo as different instants', () => {
    const expiry = (timeZone: string) => {
      const parsed = parseMessage('share plan.xlsx with Ana until Friday', { ...MADRID, timeZone });
      return parsed.intent === 'share' ? parsed.options.expiration?.at.toISOString() : undefined;
    };
    strictEqual(expiry('America/New_York'), '2027-03-13T04:59:59.000Z');
    strictEqual(expiry('Asia/Tokyo'), '2027-03-12T14:59:59.000Z');
  });
  it('keeps the expiry words without trailing punctuation', () => {
    const parsed = parseMessage('share plan.xlsx with Ana until Friday, no email', MADRID);
    strictEqual(parsed.intent === 'share' && parsed.options.expiration?.words, 'until Friday');
  });
  it('reads dates in UTC when the time zone is missing or unknown', () => {
    for (const timeZone of [undefined, 'Mars/Olympus']) {
      const parsed = parseMessage('share plan.xlsx with Ana until Friday', { ...MADRID, timeZone });
      strictEqual(
        parsed.intent === 'share' && parsed.options.expiration?.at.toISOString(),
        '2027-03-12T23:59:59.000Z',
      );
    }
  });
});

describe('spans', () => {
  it('point at the words in the original text', () => {
    const text = 'pls share ‘Launch Deck v3.pptx’ with <at>Tom Baker</at> and ana@contoso.com';
    const parsed = parseMessage(text, MADRID);
    if (parsed.intent !== 'share' || !parsed.item) throw new Error('expected a share with an item');
    strictEqual(parsed.item.span.text, '‘Launch Deck v3.pptx’');
    strictEqual(text.slice(parsed.item.span.start, parsed.item.span.end), parsed.item.span.text);
    deepStrictEqual(
      parsed.recipients.map((r) => r.span.text),
      ['<at>Tom Baker</at>', 'ana@contoso.com'],
    );
  });
  it('keep the mention ids from the activity', () => {
    const parsed = parseMessage('share plan.xlsx with <at>Tom Baker</at>', MADRID);
    deepStrictEqual(parsed.intent === 'share' && parsed.recipients[0], {
      kind: 'mention',
      teamsId: '29:tom',
      aadObjectId: 'aad-tom',
      name: 'Tom Baker',
      span: { start: 21, end: 39, text: '<at>Tom Baker</at>' },
    });
  });
  it('ignore a mention whose text is not in the message', () => {
    const parsed = parseMessage('share plan.xlsx with Lee', MADRID);
    deepStrictEqual(parsed.intent === 'share' && parsed.recipients.map((r) => r.kind), ['name']);
  });
  it('keep the unknown text for a friendly answer', () => {
    deepStrictEqual(parseMessage('  what is the weather? ', MADRID), {
      intent: 'unknown',
      text: 'what is the weather?',
    });
  });
});

describe('parseMessage is deterministic', () => {
  it('gives the same answer for the same text and context', () => {
    const text = 'share plan.xlsx with Ana until Friday, no email';
    deepStrictEqual(parseMessage(text, MADRID), parseMessage(text, MADRID));
  });
});
