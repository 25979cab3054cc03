import { deepStrictEqual } from 'node:assert/strict';
import { parseMessage } from '../../../src/conversation/parse/parse-message';
import type { ParsedMessage } from '../../../src/conversation/parse/parsed-request';

const context = { mentions: [], now: new Date('2026-12-02T10:00:00Z'), timeZone: 'Europe/Madrid' };

/** What a row checks: the intent, and for follow-ups what they lean on or the role asked. */
function shape(parsed: ParsedMessage): Record<string, unknown> {
  if (parsed.intent === 'changeRole')
    return { intent: 'changeRole', role: parsed.role.kind === 'role' ? parsed.role.role : parsed.role.kind };
  if (parsed.intent === 'share') {
    return {
      intent: 'share',
      item: parsed.item?.kind === 'name' ? parsed.item.name : parsed.item?.kind,
      people: parsed.recipients.map((r) => (r.kind === 'name' ? r.text : r.kind)),
      refersTo: parsed.refersTo,
    };
  }
  return { intent: parsed.intent };
}

const rows: [string, Record<string, unknown>][] = [
  // small talk
  ['thanks', { intent: 'thanks' }],
  ['ok thanks!', { intent: 'thanks' }],
  ['Cheers', { intent: 'thanks' }],
  ['cancel', { intent: 'cancel' }],
  ['never mind', { intent: 'cancel' }],
  ['Nevermind.', { intent: 'cancel' }],
  ['oh wait, forget it', { intent: 'cancel' }],
  ["actually don't share it", { intent: 'cancel' }],
  ['undo that', { intent: 'undo' }],
  ['Undo', { intent: 'undo' }],
  ['oops, take it back please', { intent: 'undo' }],
  ['undo my last share', { intent: 'undo' }],
  // a new role for the last share
  ['make it view only', { intent: 'changeRole', role: 'read' }],
  ['actually edit', { intent: 'changeRole', role: 'write' }],
  ['Actually, make it read-only', { intent: 'changeRole', role: 'read' }],
  ['let them edit', { intent: 'changeRole', role: 'write' }],
  ['view only please', { intent: 'changeRole', role: 'read' }],
  ['let me see', { intent: 'unknown' }],
  ['edit instead', { intent: 'changeRole', role: 'write' }],
  ['hmm make that read only', { intent: 'changeRole', role: 'read' }],
  ['actually make it editable instead', { intent: 'changeRole', role: 'write' }],
  ['oh sorry, view instead', { intent: 'changeRole', role: 'read' }],
  ['give them edit instead', { intent: 'changeRole', role: 'write' }],
  ['no wait, let her view instead', { intent: 'changeRole', role: 'read' }],
  // the last share's item, new people
  ['also share it with Bob', { intent: 'share', item: undefined, people: ['Bob'], refersTo: 'lastItem' }],
  [
    'share it with Mateo Rossi too',
    { intent: 'share', item: undefined, people: ['Mateo Rossi'], refersTo: 'lastItem' },
  ],
  [
    'share that with Lee Chen',
    { intent: 'share', item: undefined, people: ['Lee Chen'], refersTo: 'lastItem' },
  ],
  ['share with Bob', { intent: 'share', item: undefined, people: ['Bob'], refersTo: undefined }],
  ['send it to Bob', { intent: 'share', item: undefined, people: ['Bob'], refersTo: 'lastItem' }],
  [
    'forward it to Ana Lopez',
    { intent: 'share', item: undefined, people: ['Ana Lopez'], refersTo: 'lastItem' },
  ],
  ['and Bob too', { intent: 'share', item: undefined, people: ['Bob'], refersTo: 'lastItem' }],
  [
    'and Ana Lopez and Lee Chen too.',
    { intent: 'share', item: undefined, people: ['Ana Lopez', 'Lee Chen'], refersTo: 'lastItem' },
  ],
  ['oh, and Mateo too', { intent: 'share', item: undefined, people: ['Mateo'], refersTo: 'lastItem' }],
  ['also Mateo Rossi', { intent: 'share', item: undefined, people: ['Mateo Rossi'], refersTo: 'lastItem' }],
  [
    'and ana.lopez@contoso.com too',
    { intent: 'share', item: undefined, people: ['email'], refersTo: 'lastItem' },
  ],
  // another item, the last share's people
  ['and the Q4 one too', { intent: 'share', item: 'Q4', people: [], refersTo: 'lastPeople' }],
  ['also the budget', { intent: 'share', item: 'budget', people: [], refersTo: 'lastPeople' }],
  ['wait, also the budget', { intent: 'share', item: 'budget', people: [], refersTo: 'lastPeople' }],
  [
    'and Q3 summary.docx too!',
    { intent: 'share', item: 'Q3 summary.docx', people: [], refersTo: 'lastPeople' },
  ],
  ['share plan.xlsx as well', { intent: 'share', item: 'plan.xlsx', people: [], refersTo: 'lastPeople' }],
  ['share plan.xlsx', { intent: 'share', item: 'plan.xlsx', people: [], refersTo: undefined }],
  // other languages, and names that are not
  ['¿Puedes compartir el informe con Ana?', { intent: 'otherLanguage' }],
  ['Bitte teile die Datei mit Ana', { intent: 'otherLanguage' }],
  ['partage le fichier avec Ana stp', { intent: 'otherLanguage' }],
  ['Поделись файлом отчёт с Марией', { intent: 'otherLanguage' }],
  ['请把报告分享给安娜', { intent: 'otherLanguage' }],
  ['Мария Иванова', { intent: 'unknown' }],
  [
    'share report.xlsx with José García',
    { intent: 'share', item: 'report.xlsx', people: ['José García'], refersTo: undefined },
  ],
  [
    'share report.xlsx with Мария Иванова',
    { intent: 'share', item: 'report.xlsx', people: ['Мария Иванова'], refersTo: undefined },
  ],
];

describe('the parser reads follow-ups, small talk and other languages', () => {
  for (const [sentence, expected] of rows) {
    it(`reads "${sentence}"`, () => {
      deepStrictEqual(shape(parseMessage(sentence, context)), expected);
    });
  }
});
