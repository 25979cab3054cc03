import assert from 'node:assert/strict';
import { Verbs } from '../../src/cards/models';
import { resultCard } from '../../src/cards/result-card';
import { renderCard } from './helpers/card-text';
import { reportItem, resultModel } from './helpers/fixtures';

describe('resultCard', () => {
  it('titles the card "Shared <file name>" with the name linked to the file', () => {
    const rendered = renderCard(resultCard(resultModel()));
    assert.equal(rendered.lines[0], 'Shared report.xlsx');
    assert.equal(rendered.links[0], reportItem.webUrl);
  });

  const lineCases = [
    {
      name: 'an editor who got an email',
      line: {
        displayName: 'Ana Lopez',
        email: 'ana@contoso.com',
        role: 'write' as const,
        link: 'https://contoso.sharepoint.com/:x:/g/EaBc',
        emailSent: true,
      },
      expected: ['Ana Lopez (ana@contoso.com)', 'can edit · email sent · Link'],
    },
    {
      name: 'a viewer who got no email',
      line: {
        displayName: 'Ben Ito',
        role: 'read' as const,
        link: 'https://contoso.sharepoint.com/:x:/g/EaBc',
        emailSent: false,
      },
      expected: ['Ben Ito', 'can view · no email sent · Link'],
    },
    {
      name: 'a recipient whose link is not http(s)',
      line: { displayName: 'Cy', role: 'read' as const, link: 'javascript:alert(1)', emailSent: false },
      expected: ['Cy', 'can view · no email sent'],
    },
  ];

  it('links the item once, not once per person, when Graph gave no one a link of their own', () => {
    const lines = Array.from({ length: 13 }, (_, index) => ({
      displayName: `Person ${index + 1}`,
      role: 'read' as const,
      link: reportItem.webUrl,
      emailSent: true,
    }));
    const rendered = renderCard(resultCard(resultModel({ lines })));
    assert.deepEqual(rendered.links, [reportItem.webUrl], 'only the heading links the item');
    assert.ok(rendered.lines.every((text) => !/\bLink\b/.test(text)));
  });
  for (const { name, line, expected } of lineCases) {
    it(`shows ${name}`, () => {
      const rendered = renderCard(resultCard(resultModel({ lines: [line] })));
      assert.deepEqual(rendered.lines.slice(1), expected);
      const links = rendered.links.slice(1);
      assert.deepEqual(links, line.link.startsWith('https:') ? [line.link] : []);
    });
  }

  it('shows a 207 entry with its message and says access was still granted, in words', () => {
    const rendered = renderCard(
      resultCard(
        resultModel({
          lines: [
            {
              displayName: 'Ana',
              role: 'read',
              link: reportItem.webUrl,
              emailSent: false,
              warning: 'The mailbox is full',
            },
          ],
        }),
      ),
    );
    assert.equal(rendered.lines[3], '⚠️ Warning: The mailbox is full. Access was still granted.');
  });

  it('does not double the full stop of a message that ends with one', () => {
    const rendered = renderCard(
      resultCard(
        resultModel({
          lines: [
            {
              displayName: 'Ana',
              role: 'read',
              link: reportItem.webUrl,
              emailSent: false,
              warning: 'Mail failed. ',
            },
          ],
        }),
      ),
    );
    assert.equal(rendered.lines[3], '⚠️ Warning: Mail failed. Access was still granted.');
  });

  it('explains a 207 entry that came without a message', () => {
    const rendered = renderCard(
      resultCard(
        resultModel({
          lines: [
            { displayName: 'Ana', role: 'read', link: reportItem.webUrl, emailSent: false, warning: '' },
          ],
        }),
      ),
    );
    assert.equal(rendered.lines[3], '⚠️ Warning: the email could not be sent. Access was still granted.');
  });

  it('offers "Open file" and "Undo" (carrying only verb and request id) while undo is possible', () => {
    const actions = resultCard(resultModel()).actions ?? [];
    assert.deepEqual(
      actions.map((a) => a.title),
      ['Open file', 'Undo'],
    );
    const [open, undo] = actions;
    assert.ok(open.type === 'Action.OpenUrl' && open.url === reportItem.webUrl);
    assert.ok(undo.type === 'Action.Execute');
    assert.deepEqual(undo.data, { verb: Verbs.undo, requestId: 'req-result-1' });
  });

  it('drops "Undo" after an undo', () => {
    assert.deepEqual(
      (resultCard(resultModel({ canUndo: false })).actions ?? []).map((a) => a.title),
      ['Open file'],
    );
  });

  it('drops "Open file" when the item URL is not http(s)', () => {
    const card = resultCard(
      resultModel({ canUndo: false, item: { ...reportItem, webUrl: 'file:///etc/passwd' } }),
    );
    assert.equal(card.actions, undefined);
  });
});
