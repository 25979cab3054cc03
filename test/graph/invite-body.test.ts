import assert from 'node:assert/strict';
import { GraphRequestError, type InviteRequest } from '../../src/graph/port';
import { buildInviteBody } from '../../src/graph/requests';

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
