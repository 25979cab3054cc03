import assert from 'node:assert/strict';
import { GraphRequestError, type InviteRequest } from '../../src/graph/port';
import {
  buildCreateLinkBody,
  buildInviteBody,
  buildUpdateRolesBody,
  encodeDrivePath,
  encodePathSegment,
  encodeSharingUrl,
  odataString,
  permissionPath,
  queryString,
  searchPhrase,
} from '../../src/graph/requests';

describe('encodeDrivePath', () => {
  const cases: [string, string, string][] = [
    ['a plain path', '/Reports/report.xlsx', '/Reports/report.xlsx'],
    ['spaces', '/My Files/Q1 plan.docx', '/My%20Files/Q1%20plan.docx'],
    ['a hash', '/Team #2/notes.txt', '/Team%20%232/notes.txt'],
    ['a percent sign', '/100% done.txt', '/100%25%20done.txt'],
    ['a question mark', '/Why?.txt', '/Why%3F.txt'],
    ['accents', '/Équipe/résumé.pdf', '/%C3%89quipe/r%C3%A9sum%C3%A9.pdf'],
    ['an emoji', '/Party 🎉.pptx', '/Party%20%F0%9F%8E%89.pptx'],
    ['square brackets', '/[draft] plan.docx', '/%5Bdraft%5D%20plan.docx'],
    ['doubled and trailing slashes', '//Reports//2026/', '/Reports/2026'],
    ['a path without a leading slash', 'Reports/a.txt', '/Reports/a.txt'],
    ['the root', '/', ''],
  ];
  for (const [what, input, expected] of cases) {
    it(`encodes ${what}: ${input}`, () => {
      assert.equal(encodeDrivePath(input), expected);
    });
  }

  it("leaves every character the contract allows raw in a segment (A-Z a-z 0-9 - . _ ~ ! $ & ' ( ) * + , ; = : @)", () => {
    const allowed = "AZaz09-._~!$&'()*+,;=:@";
    assert.equal(encodePathSegment(allowed), allowed);
  });

  const mustEncode: [string, string][] = [
    [' ', '%20'],
    ['#', '%23'],
    ['%', '%25'],
    ['?', '%3F'],
    ['"', '%22'],
    ['<', '%3C'],
    ['\\', '%5C'],
    ['é', '%C3%A9'],
  ];
  for (const [char, encoded] of mustEncode) {
    it(`encodes ${JSON.stringify(char)} as ${encoded}`, () => {
      assert.equal(encodePathSegment(`a${char}b`), `a${encoded}b`);
    });
  }

  it('keeps a segment round-trippable through decodeURIComponent', () => {
    const name = "Ana's 50% [final] #3 ü 🎉?.xlsx";
    assert.equal(decodeURIComponent(encodePathSegment(name)), name);
  });
});

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

describe('OData literals', () => {
  const strings: [string, string][] = [
    ['report', "'report'"],
    ["O'Brien", "'O''Brien'"],
    ["''", "''''''"],
  ];
  for (const [input, expected] of strings) {
    it(`quotes ${input} as ${expected}`, () => {
      assert.equal(odataString(input), expected);
    });
  }

  it('turns double quotes and backslashes in a people search into spaces inside one quoted phrase', () => {
    assert.equal(searchPhrase(' Ana "the boss"  Lima\\ '), '"Ana the boss Lima"');
  });

  it('percent-encodes query values so & = # cannot break the query string', () => {
    assert.equal(
      queryString({ $filter: "mail eq 'a&b=c#d'", $top: 5, $skip: undefined }),
      "?$filter=mail%20eq%20'a%26b%3Dc%23d'&$top=5",
    );
  });
});

const base: InviteRequest = {
  item: { driveId: 'd', itemId: 'i' },
  recipients: [{ email: 'ana@contoso.com' }],
  roles: ['write'],
  requireSignIn: true,
  sendInvitation: true,
};

describe('buildInviteBody', () => {
  it('sends exactly the documented fields, and optional ones only when set', () => {
    assert.deepEqual(buildInviteBody({ ...base, message: 'Here you go' }), {
      recipients: [{ email: 'ana@contoso.com' }],
      roles: ['write'],
      requireSignIn: true,
      sendInvitation: true,
      message: 'Here you go',
    });
  });

  const refused: [string, Partial<InviteRequest>][] = [
    ['whose flags are both false', { requireSignIn: false, sendInvitation: false }],
    ['with no recipients', { recipients: [] }],
    ['with no roles', { roles: [] }],
    ['with the owner role', { roles: ['owner' as 'read'] }],
    ['with a message over 2,000 characters', { message: 'x'.repeat(2001) }],
    [
      'with a recipient carrying two identities',
      { recipients: [{ email: 'a@b.c', objectId: 'x' } as never] },
    ],
    ['with a blank recipient', { recipients: [{ email: '  ' }] }],
  ];
  for (const [what, change] of refused) {
    it(`rejects an invite ${what}`, () => {
      assert.throws(
        () => buildInviteBody({ ...base, ...change }),
        (error: unknown) =>
          error instanceof GraphRequestError &&
          error.failure.kind === 'invalid' &&
          error.failure.code === 'clientValidation',
      );
    });
  }
});

describe('buildCreateLinkBody', () => {
  const item = { driveId: 'd', itemId: 'i' };

  it('sends type and scope, and the expiry when one was asked', () => {
    assert.deepEqual(buildCreateLinkBody({ item, type: 'view', scope: 'organization' }), {
      type: 'view',
      scope: 'organization',
    });
    assert.deepEqual(
      buildCreateLinkBody({
        item,
        type: 'edit',
        scope: 'anonymous',
        expirationDateTime: '2026-12-04T23:59:59.000Z',
      }),
      { type: 'edit', scope: 'anonymous', expirationDateTime: '2026-12-04T23:59:59.000Z' },
    );
  });

  it('sends recipients only with a specific-people link, one field each', () => {
    const recipients = [{ objectId: 'u1' }, { email: 'a@contoso.com' }];
    assert.deepEqual(buildCreateLinkBody({ item, type: 'view', scope: 'users', recipients }), {
      type: 'view',
      scope: 'users',
      recipients,
    });
    assert.deepEqual(buildCreateLinkBody({ item, type: 'view', scope: 'organization', recipients }), {
      type: 'view',
      scope: 'organization',
    });
  });
});

describe('the role update request', () => {
  it('sends only roles, each once, to the one permission it names', () => {
    assert.deepEqual(buildUpdateRolesBody(['read', 'read']), { roles: ['read'] });
    assert.equal(
      permissionPath({ driveId: 'b!d1', itemId: '01ITEM' }, 'perm/1'),
      '/drives/b!d1/items/01ITEM/permissions/perm%2F1',
    );
  });

  it('refuses an empty role list before anything is sent', () => {
    assert.throws(() => buildUpdateRolesBody([]), GraphRequestError);
  });
});
