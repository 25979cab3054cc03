import { deepStrictEqual } from 'node:assert/strict';
import { parseMessage } from '../../../src/conversation/parse/parse-message';
import { MADRID, named, type Shape, shapeOf, share } from './expectations';

/** Negations and limits: each asks for view (or for nothing Graph has), never for edit. */
const LIMITS: Array<[string, Shape]> = [
  ["share plan.xlsx with Tom but don't let him edit", share(named('plan.xlsx'), ['Tom'], 'read')],
  ['share plan.xlsx with Tom but dont let him edit it', share(named('plan.xlsx'), ['Tom'], 'read')],
  ['share plan.xlsx with Ana, not edit', share(named('plan.xlsx'), ['Ana'], 'read')],
  ['share plan.xlsx with Ana, no editing', share(named('plan.xlsx'), ['Ana'], 'read')],
  ['share plan.xlsx with Ana read but not write', share(named('plan.xlsx'), ['Ana'], 'read')],
  ["share plan.xlsx with Ana, she shouldn't change anything", share(named('plan.xlsx'), ['Ana'], 'read')],
  [
    'share report.xlsx with Ana Lopez but she must not change it',
    share(named('report.xlsx'), ['Ana Lopez'], 'read'),
  ],
  ['share plan.xlsx with Ana, view only, no edits', share(named('plan.xlsx'), ['Ana'], 'read')],
  [
    'share plan.xlsx with Ana; she is not allowed to make any changes',
    share(named('plan.xlsx'), ['Ana'], 'read'),
  ],
  ['give Ana access to plan.xlsx but no write access', share(named('plan.xlsx'), ['Ana'], 'read')],
  ['share plan.xlsx with Ana, she should not be able to edit', share(named('plan.xlsx'), ['Ana'], 'read')],
  ['let Ana see plan.xlsx, but not edit it', share(named('plan.xlsx'), ['Ana'], 'read')],
  ["I don't want Ana to edit plan.xlsx, just share it with her", share(named('plan.xlsx'), ['Ana'], 'read')],
  ['send budget.xlsx to Lee, without edit rights', share(named('budget.xlsx'), ['Lee'], 'read')],
  ['share the budget with Lee — he cannot modify it', share(named('budget'), ['Lee'], 'read')],
  ['share plan.xlsx with Ana (non-editable)', share(named('plan.xlsx'), ['Ana'], 'read')],
  ['share plan.xlsx with Ana, she must never edit it', share(named('plan.xlsx'), ['Ana'], 'read')],
  // A negated view or owner asks for nothing Graph can give: ask, or leave the default view.
  ["share plan.xlsx with Ana but she can't see it", share(named('plan.xlsx'), ['Ana'], 'unsupported')],
  ['share plan.xlsx with Ana, not as owner', share(named('plan.xlsx'), ['Ana'])],
  // A negation in another clause leaves the role alone.
  [
    'share plan.xlsx with Ana, no email, she can edit',
    share(named('plan.xlsx'), ['Ana'], 'write', { sendInvitation: false }),
  ],
  [
    "share plan.xlsx with Ana and don't notify her, she can edit",
    share(named('plan.xlsx'), ['Ana'], 'write', { sendInvitation: false }),
  ],
  ['share plan.xlsx with Ana for editing', share(named('plan.xlsx'), ['Ana'], 'write')],
];

describe('parseMessage reads negated roles and limits as view', () => {
  for (const [sentence, expected] of LIMITS) {
    it(`reads "${sentence}"`, () => {
      deepStrictEqual(shapeOf(parseMessage(sentence, MADRID)), expected);
    });
  }
});
