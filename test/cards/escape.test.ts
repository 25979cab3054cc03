import assert from 'node:assert/strict';
import * as Templating from 'adaptivecards-templating';
import {
  escapeMarkdown,
  escapeMultilineMarkdown,
  plainMultilineText,
  plainText,
} from '../../src/cards/escape';
import { hostileTexts, templatingText } from './helpers/fixtures';
import { renderMarkdown, tagsIn, visibleText } from './helpers/render-markdown';

/** The renderer's DATE/TIME substitution pattern (adaptivecards text-formatters). */
const dateOrTimeFunction = /\{{2}(DATE|TIME)\(/;

describe('escapeMarkdown', () => {
  for (const hostile of hostileTexts) {
    it(`renders ${JSON.stringify(hostile)} literally, as one paragraph of text`, () => {
      const html = renderMarkdown(escapeMarkdown(hostile));
      assert.deepEqual(tagsIn(html), ['p', '/p']);
      assert.equal(visibleText(html), plainText(hostile));
    });
  }

  it('leaves no DATE or TIME function for the card renderer to substitute', () => {
    assert.doesNotMatch(
      escapeMarkdown('{{DATE(2026-01-01T00:00:00Z, SHORT)}} {{TIME(2026-01-01T00:00:00Z)}}'),
      dateOrTimeFunction,
    );
  });

  it('survives template expansion unchanged, so a templating expression in a name is never evaluated', () => {
    const escaped = escapeMarkdown(templatingText);
    const template = new Templating.Template({ type: 'TextBlock', text: escaped });
    const expanded = template.expand({ $root: { secret: 'LEAKED', expr: 'LEAKED' } }) as { text: string };
    assert.equal(expanded.text, escaped);
    assert.equal(visibleText(renderMarkdown(expanded.text)), templatingText);
  });

  const cases: { name: string; input: string; expected: string }[] = [
    { name: 'keeps ordinary names readable', input: 'Ana López-Ortiz', expected: 'Ana López-Ortiz' },
    {
      name: 'collapses line breaks and tabs into single spaces',
      input: ' a\r\n\tb\n\nc ',
      expected: 'a b c',
    },
    {
      name: 'removes bidi overrides that would reverse an extension',
      input: 'report\u202excod.exe',
      expected: 'reportxcod.exe',
    },
    { name: 'removes zero-width and control characters', input: 'a\u200bb\u0007c\u0085d', expected: 'abcd' },
    { name: 'keeps emoji joined by zero-width joiners', input: 'dev 👩‍💻', expected: 'dev 👩‍💻' },
  ];
  for (const { name, input, expected } of cases) {
    it(name, () => assert.equal(visibleText(renderMarkdown(escapeMarkdown(input))), expected));
  }

  it('escapes every markdown punctuation mark with a backslash', () => {
    assert.equal(escapeMarkdown('[x](y)'), '\\[x\\]\\(y\\)');
    assert.equal(escapeMarkdown('**b**'), '\\*\\*b\\*\\*');
    assert.equal(escapeMarkdown('- a'), '\\- a');
    assert.equal(escapeMarkdown('1. a'), '1\\. a');
    assert.equal(escapeMarkdown('<at>x</at>'), '\\<at\\>x\\</at\\>');
  });
});

describe('escapeMultilineMarkdown', () => {
  it('keeps line breaks but renders list, heading and quote lines literally', () => {
    const message = 'Hi Ana,\n- read the **summary**\n1. then [this](http://evil.example)\n# done\n> thanks';
    const html = renderMarkdown(escapeMultilineMarkdown(message));
    assert.deepEqual(
      tagsIn(html).filter((tag) => tag !== 'p' && tag !== '/p'),
      [],
    );
    assert.equal(visibleText(html), plainText(message));
  });

  it('drops indentation that would otherwise start a code block', () => {
    const html = renderMarkdown(escapeMultilineMarkdown('intro\n\n        indented code?'));
    assert.ok(!tagsIn(html).includes('code'), html);
    assert.equal(visibleText(html), 'intro indented code?');
  });

  it('neutralises setext headings and thematic breaks on their own line', () => {
    const html = renderMarkdown(escapeMultilineMarkdown('Title\n===\nSub\n---\n***'));
    assert.deepEqual(
      tagsIn(html).filter((tag) => !['p', '/p', 'br'].includes(tag)),
      [],
    );
  });
});

describe('plainMultilineText', () => {
  it('keeps line breaks and removes controls, for input values', () => {
    assert.equal(plainMultilineText('line 1\r\nline\u202e 2\u0000'), 'line 1\nline 2');
  });
});
