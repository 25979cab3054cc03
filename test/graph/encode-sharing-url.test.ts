import assert from 'node:assert/strict';
import { encodeSharingUrl } from '../../src/graph/requests';

describe('encodeSharingUrl', () => {
  const cases: [string, string, string][] = [
    [
      'the OneDrive docs example',
      'https://onedrive.live.com/redir?resid=1231244193912!12&authKey=1201919!12921!1',
      'u!aHR0cHM6Ly9vbmVkcml2ZS5saXZlLmNvbS9yZWRpcj9yZXNpZD0xMjMxMjQ0MTkzOTEyITEyJmF1dGhLZXk9MTIwMTkxOSExMjkyMSEx',
    ],
    [
      'a URL whose base64 has + and padding',
      'https://contoso.sharepoint.com/:x:/s/Team/EaBc?e=x~y',
      'u!aHR0cHM6Ly9jb250b3NvLnNoYXJlcG9pbnQuY29tLzp4Oi9zL1RlYW0vRWFCYz9lPXh-eQ',
    ],
    [
      'a URL with non-ASCII whose base64 has /',
      'https://contoso-my.sharepoint.com/:w:/g/personal/ana/Ab?ü=1',
      'u!aHR0cHM6Ly9jb250b3NvLW15LnNoYXJlcG9pbnQuY29tLzp3Oi9nL3BlcnNvbmFsL2FuYS9BYj_DvD0x',
    ],
  ];
  for (const [what, url, expected] of cases) {
    it(`encodes ${what}`, () => {
      assert.equal(encodeSharingUrl(url), expected);
    });
  }

  it('never emits padding or the base64 characters + and /', () => {
    for (const [, url] of cases) assert.doesNotMatch(encodeSharingUrl(url).slice(2), /[=+/]/);
  });

  it('ignores whitespace pasted around the URL', () => {
    assert.equal(encodeSharingUrl(`  ${cases[0][1]}\n`), cases[0][2]);
  });
});
