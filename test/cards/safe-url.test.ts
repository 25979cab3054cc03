import assert from 'node:assert/strict';
import { markdownLink, safeHttpUrl } from '../../src/cards/safe-url';
import { linksIn, renderMarkdown, visibleText } from './helpers/render-markdown';

describe('safeHttpUrl', () => {
  const cases: [string | undefined, string | undefined][] = [
    [
      'https://contoso.sharepoint.com/sites/a/report.xlsx',
      'https://contoso.sharepoint.com/sites/a/report.xlsx',
    ],
    ['http://127.0.0.1:5000/file', 'http://127.0.0.1:5000/file'],
    ['  https://contoso.sharepoint.com/a b  ', 'https://contoso.sharepoint.com/a%20b'],
    ['javascript:alert(1)', undefined],
    ['JAVASCRIPT:alert(1)', undefined],
    ['data:text/html,<script>', undefined],
    ['file:///etc/passwd', undefined],
    ['ftp://files.example/x', undefined],
    ['https://contoso.sharepoint.com@evil.example/', undefined],
    ['https://user:pw@contoso.sharepoint.com/', undefined],
    ['/relative/path', undefined],
    ['not a url', undefined],
    ['', undefined],
    [undefined, undefined],
  ];
  for (const [input, expected] of cases) {
    it(`${expected ? 'accepts' : 'refuses'} ${JSON.stringify(input)}`, () =>
      assert.equal(safeHttpUrl(input), expected));
  }
});

describe('markdownLink', () => {
  const cases = [
    {
      name: 'a plain URL',
      url: 'https://contoso.sharepoint.com/a/b.xlsx',
      href: 'https://contoso.sharepoint.com/a/b.xlsx',
    },
    {
      name: 'a URL with parentheses',
      url: 'https://contoso.sharepoint.com/a/b (1).xlsx',
      href: 'https://contoso.sharepoint.com/a/b%20%281%29.xlsx',
    },
    {
      name: 'a URL with a closing bracket and backslash',
      url: 'https://contoso.sharepoint.com/a?q=x)]\\y',
      href: 'https://contoso.sharepoint.com/a?q=x%29%5D%5Cy',
    },
  ];
  for (const { name, url, href } of cases) {
    it(`links to ${name} without the URL breaking out of the link`, () => {
      const html = renderMarkdown(markdownLink('**Report** [1]', url));
      assert.deepEqual(linksIn(html), [href]);
      assert.equal(visibleText(html), '**Report** [1]');
    });
  }

  it('shows just the escaped text when the URL is not safe', () => {
    const html = renderMarkdown(markdownLink('[x](http://evil.example)', 'javascript:alert(1)'));
    assert.deepEqual(linksIn(html), []);
    assert.equal(visibleText(html), '[x](http://evil.example)');
  });
});
