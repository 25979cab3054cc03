import assert from 'node:assert/strict';
import type { AdaptiveCard } from '../../src/cards/adaptive-card';
import { confirmCard } from '../../src/cards/confirm-card';
import { escapeMarkdown, plainText } from '../../src/cards/escape';
import { helpCard } from '../../src/cards/help-card';
import { noticeCard } from '../../src/cards/notice-card';
import { pickFileCard } from '../../src/cards/pick-file-card';
import { pickPersonCard } from '../../src/cards/pick-person-card';
import { resultCard } from '../../src/cards/result-card';
import { undoConfirmCard } from '../../src/cards/undo-confirm-card';
import { textBlocks } from '../support/card-queries';
import { renderCard } from './helpers/card-text';
import {
  confirmModel,
  hostileTexts,
  pickFileModel,
  pickPersonModel,
  reportItem,
  resultModel,
} from './helpers/fixtures';
import { assertCardParses } from './helpers/parse-card';

/** Tags a card's own text may produce: paragraphs, line breaks and the links Sharebot builds. */
const allowedTags = new Set(['p', '/p', 'br', 'a', '/a']);

/** The only DATE function a card may contain: the one built from the fixture's timestamp. */
const ownDate = '{{DATE(2026-05-04T09:15:30Z, SHORT)}}';

/** Every card, with `hostile` in every text field a person or Graph controls. */
function cardsWith(hostile: string): { name: string; card: AdaptiveCard }[] {
  const item = { ...reportItem, name: hostile, folderPath: `/${hostile}`, lastModifiedByName: hostile };
  const recipient = { displayName: hostile, email: hostile, guest: true, external: true, group: false };
  return [
    { name: 'help', card: helpCard({ lead: hostile }) },
    {
      name: 'confirm',
      card: confirmCard(
        confirmModel({
          item,
          recipients: [recipient],
          message: hostile,
          endLine: hostile,
          existingAccess: [{ displayName: hostile, role: hostile, via: 'link' }],
          notes: [hostile],
        }),
      ),
    },
    {
      name: 'confirm (library, remote)',
      card: confirmCard(
        confirmModel({
          item: { ...item, driveType: 'documentLibrary', driveName: hostile },
          recipients: [recipient],
        }),
      ),
    },
    {
      name: 'confirm (shared by)',
      card: confirmCard(confirmModel({ item: { ...item, remote: true, sharedByName: hostile } })),
    },
    { name: 'pick file', card: pickFileCard(pickFileModel([item, item], hostile)) },
    {
      name: 'pick person',
      card: pickPersonCard(
        pickPersonModel(
          [{ kind: 'user', displayName: hostile, email: hostile, jobTitle: hostile, department: hostile }],
          hostile,
        ),
      ),
    },
    {
      name: 'result',
      card: resultCard(
        resultModel({
          item,
          lines: [
            {
              displayName: hostile,
              email: hostile,
              role: 'write',
              link: reportItem.webUrl,
              emailSent: false,
              warning: hostile,
            },
          ],
        }),
      ),
    },
    {
      name: 'undo confirm',
      card: undoConfirmCard({ requestId: 'r', itemName: hostile, recipientNames: [hostile, hostile] }),
    },
    { name: 'notice', card: noticeCard({ title: hostile, text: hostile, tone: 'attention' }) },
  ];
}

describe('hostile text in any field', () => {
  for (const hostile of hostileTexts) {
    for (const { name, card } of cardsWith(hostile)) {
      it(`renders ${JSON.stringify(hostile)} literally on the ${name} card`, () => {
        assertCardParses(card);
        const rendered = renderCard(card);
        const unexpectedTags = [...rendered.tags].filter((tag) => !allowedTags.has(tag));
        assert.deepEqual(unexpectedTags, [], rendered.lines.join('\n'));
        for (const link of rendered.links) assert.equal(link, reportItem.webUrl);
        assert.ok(
          rendered.lines.some((line) => line.includes(plainText(hostile))),
          `${plainText(hostile)} not shown literally in:\n${rendered.lines.join('\n')}`,
        );
        for (const block of textBlocks(card)) {
          for (const match of block.text.matchAll(/\{\{(?:DATE|TIME)\([^)]*\)\}\}/g))
            assert.equal(match[0], ownDate);
        }
      });
    }
  }

  it('links a hostile file name only to the file, with the name as the visible link text', () => {
    const hostile = '[x](http://evil.example)';
    const block = textBlocks(confirmCard(confirmModel({ item: { ...reportItem, name: hostile } })))[1];
    assert.equal(block.text, `[${escapeMarkdown(hostile)}](${reportItem.webUrl})`);
    assert.deepEqual(renderCard({ ...helpCard(), body: [block] }).links, [reportItem.webUrl]);
  });
});
