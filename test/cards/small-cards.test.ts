import assert from 'node:assert/strict';
import { toAttachment } from '../../src/bot/attachments';
import { helpCard, helpExamples } from '../../src/cards/help-card';
import { Verbs } from '../../src/cards/models';
import { noticeCard } from '../../src/cards/notice-card';
import { undoConfirmCard } from '../../src/cards/undo-confirm-card';
import { renderCard } from './helpers/card-text';

describe('helpCard', () => {
  it('shows four to six example sentences, each rendered literally', () => {
    assert.ok(helpExamples.length >= 4 && helpExamples.length <= 6);
    const lines = renderCard(helpCard()).lines;
    for (const example of helpExamples) assert.ok(lines.includes(`“${example}”`), example);
  });

  it('says which roles are possible and that owner is not', () => {
    const text = renderCard(helpCard()).lines.join('\n');
    assert.match(text, /view or edit/);
    assert.match(text, /cannot make someone an owner/);
  });

  it('leads with the reason it is shown, when given', () => {
    assert.equal(renderCard(helpCard({ lead: "I didn't get that." })).lines[0], "I didn't get that.");
  });

  it('has no actions', () => assert.equal(helpCard().actions, undefined));
});

describe('undoConfirmCard', () => {
  const nameCases = [
    { names: ['Ana Lopez'], expected: 'Remove the access this share gave to Ana Lopez?' },
    {
      names: ['Ana Lopez', 'Ben Ito'],
      expected: 'Remove the access this share gave to Ana Lopez and Ben Ito?',
    },
    { names: ['A', 'B', 'C'], expected: 'Remove the access this share gave to A, B and C?' },
    {
      names: Array.from({ length: 12 }, (_, i) => `P${i + 1}`),
      expected: 'Remove the access this share gave to P1, P2, P3, P4, P5, P6, P7, P8, P9, P10 and 2 others?',
    },
  ];
  for (const { names, expected } of nameCases) {
    it(`asks "${expected}"`, () => {
      const card = undoConfirmCard({ requestId: 'r', itemName: 'report.xlsx', recipientNames: names });
      assert.equal(renderCard(card).lines[0], expected);
    });
  }

  it('offers "Yes, remove" and "Keep it", carrying only verb and request id', () => {
    const actions = undoConfirmCard({ requestId: 'r', itemName: 'x', recipientNames: ['A'] }).actions ?? [];
    assert.deepEqual(
      actions.map((a) => [a.title, a.type === 'Action.Execute' ? a.data : undefined]),
      [
        ['Yes, remove', { verb: Verbs.undoConfirm, requestId: 'r' }],
        ['Keep it', { verb: Verbs.undoCancel, requestId: 'r' }],
      ],
    );
  });
});

describe('noticeCard', () => {
  const tones = [
    { tone: 'info' as const, symbol: 'ℹ️', color: 'default' },
    { tone: 'good' as const, symbol: '✅', color: 'good' },
    { tone: 'warning' as const, symbol: '⚠️', color: 'warning' },
    { tone: 'attention' as const, symbol: '⛔', color: 'attention' },
  ];
  for (const { tone, symbol, color } of tones) {
    it(`marks a ${tone} notice with a symbol as well as the ${color} colour`, () => {
      const card = noticeCard({ title: 'Sharing…', text: 'One moment.', tone });
      assert.deepEqual(renderCard(card).lines, [`${symbol} Sharing…`, 'One moment.']);
      const container = card.body[0];
      assert.ok(container.type === 'Container');
      const title = container.items[0];
      assert.ok(title.type === 'TextBlock' && title.color === color);
    });
  }

  it('escapes the title and keeps line breaks of the text', () => {
    const card = noticeCard({
      title: '**Cancelled**',
      text: 'Nothing was shared.\nTry again.',
      tone: 'info',
    });
    const rendered = renderCard(card);
    assert.deepEqual(rendered.lines, ['ℹ️ **Cancelled**', 'Nothing was shared. Try again.']);
    assert.deepEqual([...rendered.tags].sort(), ['/p', 'p']);
  });
});

describe('toAttachment', () => {
  it('wraps a card as an Adaptive Card attachment', () => {
    const card = helpCard();
    const attachment = toAttachment(card);
    assert.equal(attachment.contentType, 'application/vnd.microsoft.card.adaptive');
    assert.deepEqual(attachment.content, card);
  });
});
