import assert from 'node:assert/strict';
import fc from 'fast-check';
import { parseMessage } from '../../../src/conversation/parse/parse-message';
import { MADRID } from './expectations';

/** A role phrase and whether it asks for edit without taking it back. */
interface RolePhrase {
  text: string;
  asksEdit: boolean;
}

const editPhrases = [
  'as editor',
  ', she can edit',
  'with edit rights',
  'so he can make changes',
  'read/write',
  ', edit',
  '- they should be able to modify it',
  'as a co-author',
].map((text) => ({ text, asksEdit: true }));

const limitPhrases = [
  "but don't let her edit",
  'but dont let him edit it',
  ', not edit',
  ', no editing',
  'read but not write',
  ", she shouldn't change anything",
  'but she must not change it',
  'view only, no edits',
  ', without edit rights',
  '- he cannot modify it',
  ', they should not be able to edit',
  ', never edit',
  '(no changes)',
  "but I don't want them making edits",
  ', not editable',
  'but she mustn’t edit',
  ', no write access',
].map((text) => ({ text, asksEdit: false }));

const viewPhrases = ['as viewer', 'read-only', 'view only', ', she can look at it', '(view)', ''].map(
  (text) => ({ text, asksEdit: false }),
);

const otherWords = ['', ', no email', 'until Friday', 'saying "see tab 2"', 'asap', 'thanks!', '🙏', 'today'];

/** Items, including names that carry role words ("Editor guide.pdf", "edit.log"). */
const items = [
  'report.xlsx',
  'the Q3 budget',
  'Launch Deck v3.pptx',
  'Editor guide.pdf',
  'Code review notes.docx',
  'the onboarding folder',
  'Read me first.txt',
  '"edit log.txt"',
  '/Finance/2027/plan.xlsx',
  'edit.log',
  'the induction slides',
];

const people = ['Ana', 'Tom Baker', 'maria.k@contoso.com', 'the design team', 'May', 'Bill', 'Ana and Lee'];

/** Ways to ask: a share verb, an item and people, in the orders people write them. */
const frames: Array<(item: string, person: string) => string> = [
  (item, person) => `share ${item} with ${person}`,
  (item, person) => `pls send ${item} to ${person}`,
  (item, person) => `give ${person} access to ${item}`,
  (item, person) => `can you share ${item} w/ ${person}`,
  (item, person) => `${person} needs ${item}`,
  (item, person) => `add ${person} to ${item}`,
  (item, person) => `hi, share ${item} with ${person}`,
];

const sentence = fc
  .record({
    frame: fc.constantFrom(...frames),
    item: fc.constantFrom(...items),
    person: fc.constantFrom(...people),
    roles: fc.array(fc.constantFrom<RolePhrase>(...editPhrases, ...limitPhrases, ...viewPhrases), {
      maxLength: 2,
    }),
    before: fc.constantFrom('', 'hey ', 'please ', 'could you '),
    after: fc.constantFrom(...otherWords),
  })
  .map(({ frame, item, person, roles, before, after }) => ({
    text: [before + frame(item, person), ...roles.map((r) => r.text), after]
      .filter(Boolean)
      .join(' ')
      .replace(/ ([,)])/g, '$1'),
    asksEdit: roles.some((r) => r.asksEdit),
    limited: roles.some((r) => limitPhrases.includes(r)),
  }));

describe('no reading yields more access than the words ask for', () => {
  it('never reads edit (or owner) unless edit is asked for and not taken back; a limit reads as view or asks', () => {
    fc.assert(
      fc.property(sentence, ({ text, asksEdit, limited }) => {
        const parsed = parseMessage(text, MADRID);
        if (asksEdit) return;
        if (limited) assert.equal(parsed.intent, 'share', text);
        if (parsed.intent !== 'share') return;
        const kind = parsed.role.kind === 'role' ? parsed.role.role : parsed.role.kind;
        assert.ok(kind !== 'write' && kind !== 'owner', `read as ${kind}: ${text}`);
        if (limited) assert.ok(['read', 'unsupported', 'conflict'].includes(kind), `${kind}: ${text}`);
      }),
      { numRuns: 300 },
    );
  });
});

/** Follow-ups that lower the role or add people, as people type them after a card or a share. */
const followUp = fc
  .record({
    lead: fc.constantFrom('', 'oh ', 'hmm ', 'actually ', 'no wait, ', 'sorry, ', 'um, '),
    body: fc.constantFrom(
      'view instead',
      'make it view only',
      'make that read only instead',
      'let them view instead',
      'give her read access instead',
      'send it to Lee Chen',
      'forward it to Ana',
      'and Bob too',
      'also Mateo Rossi',
      'and the Q3 one too',
      'share it with May as well',
    ),
    tail: fc.constantFrom('', ' please', '!', ' thanks', ' instead'),
  })
  .map(({ lead, body, tail }) => `${lead}${body}${tail}`);

describe('no follow-up yields more access than its words ask for', () => {
  it('never reads edit (or owner) from a follow-up without an edit word', () => {
    fc.assert(
      fc.property(followUp, (text) => {
        const parsed = parseMessage(text, MADRID);
        const role = parsed.intent === 'share' || parsed.intent === 'changeRole' ? parsed.role : undefined;
        const kind = role?.kind === 'role' ? role.role : role?.kind;
        assert.ok(kind !== 'write' && kind !== 'owner', `read as ${kind}: ${text}`);
      }),
      { numRuns: 200 },
    );
  });
});
