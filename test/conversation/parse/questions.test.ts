import assert from 'node:assert/strict';
import { parseMessage } from '../../../src/conversation/parse/parse-message';
import type { ParsedMessage } from '../../../src/conversation/parse/parsed-request';
import { MADRID } from './expectations';

/** A question as rows write it: who it is about, the item's name or path, the people, the role. */
interface QuestionRow {
  about: 'person' | 'who';
  item?: string;
  people: string[];
  role?: 'read' | 'write';
}

function questionShape(parsed: ParsedMessage): QuestionRow | { intent: string } {
  if (parsed.intent !== 'question') return { intent: parsed.intent };
  const item = parsed.item;
  const itemText =
    item?.kind === 'name' ? item.name : item?.kind === 'path' ? item.path : item ? item.kind : undefined;
  return {
    about: parsed.about,
    ...(itemText ? { item: itemText } : {}),
    people: parsed.recipients.map((r) =>
      r.kind === 'name' ? r.text : r.kind === 'email' ? r.email : r.kind,
    ),
    ...(parsed.role ? { role: parsed.role } : {}),
  };
}

/** Questions about access: answered, never turned into shares. */
const QUESTIONS: Array<[string, QuestionRow]> = [
  ['can Mateo see the launch deck?', { about: 'person', item: 'launch', people: ['Mateo'], role: 'read' }],
  ['does Ana have access to report.xlsx?', { about: 'person', item: 'report.xlsx', people: ['Ana'] }],
  ['does Ana have access to report.xlsx', { about: 'person', item: 'report.xlsx', people: ['Ana'] }],
  ['did I already share budget.xlsx with Lee?', { about: 'person', item: 'budget.xlsx', people: ['Lee'] }],
  ['did I share budget.xlsx with Lee?', { about: 'person', item: 'budget.xlsx', people: ['Lee'] }],
  ['have I shared the budget with Lee?', { about: 'person', item: 'budget', people: ['Lee'] }],
  ['who can see report.xlsx?', { about: 'who', item: 'report.xlsx', people: [], role: 'read' }],
  ['who has access to report.xlsx', { about: 'who', item: 'report.xlsx', people: [] }],
  ["who's got edit access to the budget?", { about: 'who', item: 'budget', people: [], role: 'write' }],
  [
    'who else can open /Finance/2026/budget.xlsx?',
    { about: 'who', item: '/Finance/2026/budget.xlsx', people: [], role: 'read' },
  ],
  ['has Ana got access to report.xlsx?', { about: 'person', item: 'report.xlsx', people: ['Ana'] }],
  ['has Ana access to report.xlsx?', { about: 'person', item: 'report.xlsx', people: ['Ana'] }],
  ['is report.xlsx shared with Ana Lopez?', { about: 'person', item: 'report.xlsx', people: ['Ana Lopez'] }],
  ['is report.xlsx shared?', { about: 'who', item: 'report.xlsx', people: [] }],
  [
    'can Priya edit the Reports folder?',
    { about: 'person', item: 'Reports', people: ['Priya'], role: 'write' },
  ],
  [
    'does Tom Baker have edit access to report.xlsx?',
    { about: 'person', item: 'report.xlsx', people: ['Tom Baker'], role: 'write' },
  ],
  [
    'can the design team see Launch Deck v3.pptx?',
    { about: 'person', item: 'Launch Deck v3.pptx', people: ['design team'], role: 'read' },
  ],
  [
    'hey, can Lee open roadmap.pptx?',
    { about: 'person', item: 'roadmap.pptx', people: ['Lee'], role: 'read' },
  ],
  ['who has access?', { about: 'who', people: [] }],
];

/** Look like questions, but ask for a share, help, or something else: not answered as access questions. */
const NOT_QUESTIONS: Array<[string, string]> = [
  ['can you share report.xlsx with Ana?', 'share'],
  ['could you let the design team see Launch Deck v3.pptx?', 'share'],
  ['can Lee see report.xlsx please?', 'share'],
  ['Could Lee view roadmap.pptx pls', 'share'],
  ['can Priya edit the Reports folder', 'share'],
  ['do share report.xlsx with Ana', 'share'],
  ['can Bob come to lunch?', 'unknown'],
  ['can you see my documents?', 'unknown'],
  ['How do I share a file?', 'help'],
  ['does this work?', 'unknown'],
];

describe('parseMessage reads questions about access', () => {
  for (const [sentence, expected] of QUESTIONS) {
    it(`reads "${sentence}" as a question`, () => {
      assert.deepEqual(questionShape(parseMessage(sentence, MADRID)), expected);
    });
  }
  for (const [sentence, intent] of NOT_QUESTIONS) {
    it(`reads "${sentence}" as ${intent}`, () => {
      assert.equal(parseMessage(sentence, MADRID).intent, intent);
    });
  }
});
