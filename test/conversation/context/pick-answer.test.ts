import { equal } from 'node:assert/strict';
import { choiceNamed } from '../../../src/conversation/context/pick-answer';

/** A file pick card's choices as it shows them (name and folder). */
const budgets = ['Budget final 2026.xlsx /Finance/2026', 'Budget draft 2025.xlsx /Finance/2025'];
/** A person pick card's choices (name, address, job title). */
const anas = ['Ana Lopez ana.lopez@contoso.com Designer', 'Ana Silva ana.silva@contoso.com Engineer'];
/** Two people whose names are one letter apart: a typo never decides between them. */
const nearNames = ['Jon Lopes jon.lopes@contoso.com', 'Jon Lopez jon.lopez@contoso.com'];

const rows: [string, string[], number | 'none' | undefined][] = [
  // positions, spelt right or not
  ['the second one', budgets, 1],
  ['2', budgets, 1],
  ['the last one', budgets, 1],
  ['the secnod one', budgets, 1],
  ['frist one pls', budgets, 0],
  ['the fourth one', budgets, undefined],
  // words of one choice, spelt right or within a typo
  ['the final 2026 one', budgets, 0],
  ['budjet final', budgets, 0],
  ['the fianl one', budgets, 0],
  ['drfat', budgets, 1],
  ['Ana Silav', anas, 1],
  ['ana lopes', anas, 0],
  // a typo that fits both, a number one digit off, or two close names: ask again
  ['budjet', budgets, undefined],
  ['budget 2024', budgets, undefined],
  ['Ana', anas, undefined],
  ['Jon Lopex', nearNames, undefined],
  ['Jon Lopes', nearNames, 0],
  ['none of these', anas, 'none'],
];

describe('a typed answer to a pick card names one choice, typos included, or none', () => {
  for (const [answer, labels, expected] of rows) {
    it(`reads "${answer}" as ${expected === undefined ? 'no single choice' : `choice ${expected}`}`, () => {
      equal(choiceNamed(answer, labels), expected);
    });
  }
});
