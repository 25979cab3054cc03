import { deepStrictEqual } from 'node:assert/strict';
import { parseMessage } from '../../../src/conversation/parse/parse-message';
import { MADRID, named, type Shape, shapeOf, share } from './expectations';

/** A role per person: "write,read" means the first person written gets edit and the second view. */
const PER_PERSON: Array<[string, Shape]> = [
  [
    'share plan.docx with Ana as editor and Bob as viewer',
    share(named('plan.docx'), ['Ana', 'Bob'], 'write,read'),
  ],
  ['give Ana edit and Bob view access to plan.docx', share(named('plan.docx'), ['Ana', 'Bob'], 'write,read')],
  ['share plan.docx: Ana can edit, Bob can view', share(named('plan.docx'), ['Ana', 'Bob'], 'write,read')],
  ['Ana can edit and Bob can only view plan.docx', share(named('plan.docx'), ['Ana', 'Bob'], 'write,read')],
  ['share plan.docx, edit for Ana and view for Bob', share(named('plan.docx'), ['Ana', 'Bob'], 'write,read')],
  [
    'share plan.docx with Ana as an editor and with Bob as a viewer',
    share(named('plan.docx'), ['Ana', 'Bob'], 'write,read'),
  ],
  [
    'send plan.docx to ana@contoso.com as viewer and lee@contoso.com as editor',
    share(named('plan.docx'), ['email:ana@contoso.com', 'email:lee@contoso.com'], 'read,write'),
  ],
  [
    'share plan.docx with Ana Lopez as viewer, Lee Chen as editor and Tom as viewer',
    share(named('plan.docx'), ['Ana Lopez', 'Lee Chen', 'Tom'], 'read,write,read'),
  ],
  // The same role twice is one role for everyone: the usual single-role card.
  [
    'share plan.docx with Ana as editor and Bob as editor',
    share(named('plan.docx'), ['Ana', 'Bob'], 'write'),
  ],
];

/** Lists where who gets which role is not certain: the roles stay a conflict, and the flow asks. */
const ASKS: Array<[string, Shape]> = [
  ['share plan.docx with Ana and Bob, edit and view', share(named('plan.docx'), ['Ana', 'Bob'], 'conflict')],
  // Does "as editor" cover Ana too? Not said: ask.
  [
    'share plan.docx with Ana, Bob as editor and Cara as viewer',
    share(named('plan.docx'), ['Ana', 'Bob', 'Cara'], 'conflict'),
  ],
  [
    'share plan.docx with Ana as editor, Bob and Cara as viewers',
    share(named('plan.docx'), ['Ana', 'Bob', 'Cara'], 'conflict'),
  ],
  // Two roles for one person.
  ['share plan.xlsx with Ana as editor, read only', share(named('plan.xlsx'), ['Ana'], 'conflict')],
  [
    'share plan.xlsx with Ana as editor and viewer and Bob',
    share(named('plan.xlsx'), ['Ana', 'Bob'], 'conflict'),
  ],
  // A role Graph lacks in the list is never paired.
  [
    'share plan.docx with Ana as owner and Bob as viewer',
    share(named('plan.docx'), ['Ana', 'Bob'], 'conflict'),
  ],
];

describe('reading a role per person', () => {
  for (const [text, expected] of [...PER_PERSON, ...ASKS]) {
    it(`reads "${text}"`, () => deepStrictEqual(shapeOf(parseMessage(text, MADRID)), expected));
  }
});
