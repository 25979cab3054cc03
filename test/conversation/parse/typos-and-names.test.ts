import { deepStrictEqual, equal } from 'node:assert/strict';
import { commandTypo, typoDistance } from '../../../src/conversation/parse/command-typos';
import { parseMessage } from '../../../src/conversation/parse/parse-message';
import { folder, MADRID, named, type Shape, shapeOf, share } from './expectations';

const UNKNOWN: Shape = { intent: 'unknown' };

/** Misspelt command words steer the request; they never end up inside an item or a name. */
const TYPOS: Array<[string, Shape]> = [
  ['shre report.xlsx wth Ana', share(named('report.xlsx'), ['Ana'])],
  ['shre report.xlsx wiht Ana', share(named('report.xlsx'), ['Ana'])],
  ['Shaer report.xlsx with Ana as editr', share(named('report.xlsx'), ['Ana'], 'write')],
  ['sahre the Q3 budget with Lee', share(named('Q3 budget'), ['Lee'])],
  ['pls sned report.xlsx to Lee as viewr', share(named('report.xlsx'), ['Lee'], 'read')],
  ['give Ana acess to report.xlsx', share(named('report.xlsx'), ['Ana'])],
  ['give Ana acces to the budget', share(named('budget'), ['Ana'])],
  ['grnat Ana edit access to plan.xlsx', share(named('plan.xlsx'), ['Ana'], 'write')],
  ['invtie Ana to plan.xlsx', share(named('plan.xlsx'), ['Ana'])],
  ['share plan.xlsx with Ana editr', share(named('plan.xlsx'), ['Ana'], 'write')],
  ['share plan.xlsx with Ana as vewer', share(named('plan.xlsx'), ['Ana'], 'read')],
  ['share plan.xlsx with Ana, edti access', share(named('plan.xlsx'), ['Ana'], 'write')],
  ['share plan.xlsx with Ana, readonyl', share(named('plan.xlsx'), ['Ana'], 'read')],
  ["share plan.xlsx with Ana but don't let her edti", share(named('plan.xlsx'), ['Ana'], 'read')],
  ['could you shar the onboarding folder wiht Tom', share(folder('onboarding'), ['Tom'])],
];

/** Words close to a command word that are names or words of their own: read as typed. */
const NOT_TYPOS: Array<[string, Shape]> = [
  ['share plan.xlsx with Edith', share(named('plan.xlsx'), ['Edith'])],
  ['share plan.xlsx with edith as viewer', share(named('plan.xlsx'), ['edith'], 'read')],
  ['Sean needs plan.xlsx', share(named('plan.xlsx'), ['Sean'])],
  ['I wish to share plan.xlsx with Ana', share(named('plan.xlsx'), ['Ana'])],
  ['send the seed list to Ana', share(named('seed list'), ['Ana'])],
  ['Grand total.xlsx -> Ana', share(named('Grand total.xlsx'), ['Ana'])],
  ['share Edti notes.docx with Ana', share(named('Edti notes.docx'), ['Ana'])],
  ['share edti notes.docx with Ana', share(named('edti notes.docx'), ['Ana'])],
  ['share plan.xlsx with Shane', share(named('plan.xlsx'), ['Shane'])],
  ['share plan.xlsx with Grant', share(named('plan.xlsx'), ['Grant'])],
  ['the report is ready', UNKNOWN],
  ['I shared plan.xlsx yesterday', UNKNOWN],
];

/** Words that double as names or pronouns, decided by their shape. */
const NAME_OR_WORD: Array<[string, Shape]> = [
  ['share IT checklist.xlsx with Ana', share(named('IT checklist.xlsx'), ['Ana'])],
  ['share the checklist with IT', share(named('checklist'), ['IT'])],
  ['SHARE IT WITH ANA', share(undefined, ['ANA'])],
  ['share it with Ana', share(undefined, ['Ana'])],
  ['share plan.xlsx with Will', share(named('plan.xlsx'), ['Will'])],
  ['share plan.xlsx with Will and Bill', share(named('plan.xlsx'), ['Will', 'Bill'])],
  ['Will can edit plan.xlsx', share(named('plan.xlsx'), ['Will'], 'write')],
  ['Will you share plan.xlsx with Ana?', share(named('plan.xlsx'), ['Ana'])],
  ['let May edit plan.xlsx', share(named('plan.xlsx'), ['May'], 'write')],
  ['share plan.xlsx with May, she can view', share(named('plan.xlsx'), ['May'], 'read')],
  ['make sure Bob can edit', share(undefined, ['Bob'], 'write')],
  ['make sure Bob can edit report.xlsx', share(named('report.xlsx'), ['Bob'], 'write')],
  // Not a person: on its own it asks to make the last share view only (a follow-up, never more access).
  ['no edits please', { intent: 'changeRole' }],
];

describe('parseMessage reads typos in command words', () => {
  for (const [sentence, expected] of [...TYPOS, ...NOT_TYPOS, ...NAME_OR_WORD]) {
    it(`reads "${sentence}"`, () => {
      deepStrictEqual(shapeOf(parseMessage(sentence, MADRID)), expected);
    });
  }
});

describe('command typos', () => {
  const rows: Array<[string, string | undefined]> = [
    ['shre', 'share'],
    ['hsare', 'share'],
    ['sahre', 'share'],
    ['wiht', 'with'],
    ['editr', 'editor'],
    ['edtior', 'editor'],
    ['viewr', 'viewer'],
    ['acess', 'access'],
    ['permisson', 'permission'],
    ['share', undefined],
    ['shame', undefined],
    ['edith', undefined],
    ['across', undefined],
    ['lee', undefined],
    ['see', undefined],
    ['Shre', undefined],
    ['sh', undefined],
    ['shrae', 'share'],
    ['xhare', undefined],
  ];
  for (const [typed, word] of rows) {
    it(`reads "${typed}" as ${word ?? 'itself'}`, () => {
      equal(commandTypo(typed)?.word, word);
    });
  }
  it('counts a swap of two letters as one edit (Damerau-Levenshtein)', () => {
    equal(typoDistance('wiht', 'with', 2), 1);
    equal(typoDistance('editor', 'edtior', 2), 1);
    equal(typoDistance('share', 'shame', 2), 1);
    equal(typoDistance('access', 'across', 2), 2);
  });
});
