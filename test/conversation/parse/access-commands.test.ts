import assert from 'node:assert/strict';
import { readAccessCommand } from '../../../src/conversation/access/read-access-command';
import type { ItemRef, RecipientRef } from '../../../src/conversation/parse/parsed-request';
import { MADRID } from './expectations';

const context = MADRID;

function itemText(item: ItemRef | undefined): string | undefined {
  if (!item) return undefined;
  return item.kind === 'name'
    ? item.name
    : item.kind === 'path'
      ? item.path
      : item.kind === 'url'
        ? item.url
        : item.name;
}

function peopleText(recipients: RecipientRef[]): string[] {
  return recipients.map((r) => (r.kind === 'name' ? r.text : r.kind === 'email' ? r.email : r.kind));
}

/** One person's access taken away: the item and the person, however it is put. */
const removals: [string, string, string][] = [
  ['remove Ana from plan.xlsx', 'plan.xlsx', 'Ana'],
  ['stop sharing plan.xlsx with Ana', 'plan.xlsx', 'Ana'],
  ['unshare plan.xlsx with Ana', 'plan.xlsx', 'Ana'],
  ['unshare plan.xlsx from Ana Lopez', 'plan.xlsx', 'Ana Lopez'],
  ['take Ana off plan.xlsx', 'plan.xlsx', 'Ana'],
  ['can you take Ana Lopez off of the Q3 budget?', 'Q3 budget', 'Ana Lopez'],
  ["revoke Ana's access to plan.xlsx", 'plan.xlsx', 'Ana'],
  ['revoke access to /Finance/2026/plan.xlsx for Ana', '/Finance/2026/plan.xlsx', 'Ana'],
  ['please remove access to report.xlsx from tom.baker@contoso.com', 'report.xlsx', 'tom.baker@contoso.com'],
  ['Remove Lee Chen’s access to Launch Deck v3.pptx', 'Launch Deck v3.pptx', 'Lee Chen'],
  ["I don't want to share report.xlsx with Tom any more", 'report.xlsx', 'Tom'],
  ['i no longer want to share report.xlsx with Tom', 'report.xlsx', 'Tom'],
  ['stop sharing "Board minutes (final).docx" with Priya.', 'Board minutes (final).docx', 'Priya'],
];

/** Everyone's access taken away. */
const stops: [string, string][] = [
  ['stop sharing plan.xlsx', 'plan.xlsx'],
  ['stop sharing plan.xlsx with everyone', 'plan.xlsx'],
  ['make plan.xlsx private', 'plan.xlsx'],
  ['make /Finance/2026/plan.xlsx private again', '/Finance/2026/plan.xlsx'],
  ['unshare plan.xlsx', 'plan.xlsx'],
  ['unshare report.xlsx with everybody', 'report.xlsx'],
  ['remove everyone from report.xlsx', 'report.xlsx'],
  ['remove all access to report.xlsx', 'report.xlsx'],
];

/** Not about taking access away: left to the other readers. */
const others = [
  'share plan.xlsx with Ana',
  'who has access to plan.xlsx?',
  'can Ana see plan.xlsx?',
  'delete the anyone link on report.xlsx',
  'remove the view link from report.xlsx',
  'undo that',
  'give Ana edit access to plan.xlsx',
  'thanks!',
];

describe('reading a sentence that takes access away', () => {
  for (const [says, item, person] of removals) {
    it(`"${says}" removes ${person}'s access to ${item}`, () => {
      const read = readAccessCommand(says, context);
      assert.equal(read?.action, 'remove', JSON.stringify(read));
      assert.ok(read?.action === 'remove');
      assert.equal(itemText(read.item), item);
      assert.deepEqual(peopleText(read.recipients), [person]);
    });
  }
  for (const [says, item] of stops) {
    it(`"${says}" stops sharing ${item} with everyone`, () => {
      const read = readAccessCommand(says, context);
      assert.ok(read?.action === 'stopSharing', JSON.stringify(read));
      assert.equal(itemText(read.item), item);
    });
  }
  it('answers "stop sharing the link …" without acting, since a link is deleted by name', () => {
    for (const says of ['stop sharing the link to report.xlsx', 'unshare the anyone link on plan.xlsx'])
      assert.deepEqual(readAccessCommand(says, context), { action: 'aboutLink' }, says);
  });
  it('claims a removal it cannot read fully, so the share parser never sees it', () => {
    for (const says of ['stop sharing', 'unshare it', 'revoke', 'take him off'])
      assert.ok(readAccessCommand(says, context), says);
  });
  it('marks "it" and "that file" as the last share\'s item, for the flow to look up', () => {
    const cases: [string, string][] = [
      ['actually, stop sharing it with Lee', 'remove'],
      ['oops, unshare that file', 'stopSharing'],
      ['take Lee off it', 'remove'],
    ];
    for (const [says, action] of cases) {
      const read = readAccessCommand(says, context);
      assert.ok(read && read.action !== 'aboutLink', says);
      assert.deepEqual([read.action, read.lastItem, read.item], [action, true, undefined], says);
    }
  });
  for (const says of others) {
    it(`leaves "${says}" to the other readers`, () => {
      assert.equal(readAccessCommand(says, context), undefined);
    });
  }
});
