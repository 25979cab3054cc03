import { deepStrictEqual } from 'node:assert/strict';
import { parseMessage } from '../../../src/conversation/parse/parse-message';
import { alsoNaming, MADRID, named, path, type Shape, shapeOf, share } from './expectations';

/** Several items in one request: the first is `item`, the rest `otherItems`, in the order written. */
const LISTS: Array<[string, Shape]> = [
  [
    'share report.xlsx and budget.xlsx with Ana',
    alsoNaming(share(named('report.xlsx'), ['Ana']), [named('budget.xlsx')]),
  ],
  [
    'share report.xlsx, budget.xlsx and plan.docx with Ana',
    alsoNaming(share(named('report.xlsx'), ['Ana']), [named('budget.xlsx'), named('plan.docx')]),
  ],
  [
    'share /Reports/report.xlsx and /Reports/budget.xlsx with Ana',
    alsoNaming(share(path('/Reports/report.xlsx'), ['Ana']), [path('/Reports/budget.xlsx')]),
  ],
  // Spaced names later in the list are read whole, never as their last word.
  [
    'share report.xlsx and Q2 summary.docx with Lee',
    alsoNaming(share(named('report.xlsx'), ['Lee']), [named('Q2 summary.docx')]),
  ],
  [
    'share report.xlsx, Launch Deck v3.pptx and IT checklist.xlsx with Lee',
    alsoNaming(share(named('report.xlsx'), ['Lee']), [
      named('Launch Deck v3.pptx'),
      named('IT checklist.xlsx'),
    ]),
  ],
  [
    'share Q1 summary.docx and Q2 summary.docx with Lee as editor',
    alsoNaming(share(named('Q1 summary.docx'), ['Lee'], 'write'), [named('Q2 summary.docx')]),
  ],
  // One plural noun written once for a list of names.
  [
    'share the Q1, Q2 and Q3 reports with Lee',
    alsoNaming(share(named('Q1 report'), ['Lee']), [named('Q2 report'), named('Q3 report')]),
  ],
  [
    'share the Q1, Q2, and Q3 summaries with Lee',
    alsoNaming(share(named('Q1 summary'), ['Lee']), [named('Q2 summary'), named('Q3 summary')]),
  ],
  [
    'share the March and April budgets with Ana as editor',
    alsoNaming(share(named('March budget'), ['Ana'], 'write'), [named('April budget')]),
  ],
  [
    'send Lee the design and launch decks',
    alsoNaming(share(named('design deck'), ['Lee']), [named('launch deck')]),
  ],
];

/** Shapes that are not a list: one name, which resolution looks up (and asks about) as written. */
const NOT_LISTS: Array<[string, Shape]> = [
  // A file may be called this: no plural noun shared by both words.
  ['share budget and forecast with Ana', share(named('budget and forecast'), ['Ana'])],
  ['share Terms and Conditions with Ana', share(named('Terms and Conditions'), ['Ana'])],
  // A singular noun after the list: one report about both quarters, or two? Looked up as written.
  ['share the Q1 and Q2 report with Lee', share(named('Q1 and Q2 report'), ['Lee'])],
  // The item after "instead of", "rather than" or "not" is the one not meant.
  ['share budget.xlsx instead of report.xlsx with Ana', share(named('budget.xlsx'), ['Ana'])],
  ['instead of report.xlsx, share budget.xlsx with Ana', share(named('budget.xlsx'), ['Ana'])],
  ['send Ana budget.xlsx rather than the report.xlsx', share(named('budget.xlsx'), ['Ana'])],
  ['share budget.xlsx, not report.xlsx, with Ana', share(named('budget.xlsx'), ['Ana'])],
  // A quoted name is one name.
  [
    'share "Q1, Q2 and Q3 reports" with Lee',
    share({ kind: 'name', name: 'Q1, Q2 and Q3 reports', folder: false, quoted: true }, ['Lee']),
  ],
];

describe('reading several items in one request', () => {
  for (const [text, expected] of [...LISTS, ...NOT_LISTS]) {
    it(`reads "${text}"`, () => deepStrictEqual(shapeOf(parseMessage(text, MADRID)), expected));
  }
});
