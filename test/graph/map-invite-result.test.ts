import assert from 'node:assert/strict';
import { toInviteResult } from '../../src/graph/json-mappers';
import { grantedPermission } from './helpers/graph-json-samples';

describe('toInviteResult', () => {
  it('maps a 200 answer as complete, echoing the invitation email', () => {
    const result = toInviteResult(200, { value: [grantedPermission] });
    assert.equal(result.partial, false);
    assert.deepEqual(result.permissions[0].invitationEmail, 'robin@contoso.com');
    assert.equal(result.permissions[0].notificationError, undefined);
  });

  it('maps a 207 answer: every recipient granted, failed notifications carry their error', () => {
    const failed = {
      id: 'perm-2',
      roles: ['write'],
      grantedTo: { user: { id: 'u-helga', displayName: 'Helga' } },
      invitation: { email: 'helga@contoso.com', signInRequired: true },
      error: {
        code: 'notAllowed',
        message: 'developer text',
        localizedMessage: 'Wir konnten keine E-Mail senden.',
        fixItUrl: 'http://example.invalid/fix',
        innererror: { code: 'accountVerificationRequired' },
      },
    };
    const result = toInviteResult(207, { value: [grantedPermission, failed] });
    assert.equal(result.partial, true);
    assert.deepEqual(
      result.permissions.map((permission) => permission.id),
      ['perm-1', 'perm-2'],
    );
    assert.deepEqual(result.permissions[1].notificationError, {
      code: 'notAllowed',
      message: 'developer text',
      localizedMessage: 'Wir konnten keine E-Mail senden.',
      innerCode: 'accountVerificationRequired',
    });
  });

  it('reads the inner code whether Graph spells it innererror or innerError', () => {
    const entry = {
      id: 'p',
      roles: ['read'],
      error: { code: 'notAllowed', message: 'm', innerError: { code: 'exchangeInvalidUser' } },
    };
    assert.equal(
      toInviteResult(207, { value: [entry] }).permissions[0].notificationError?.innerCode,
      'exchangeInvalidUser',
    );
  });

  it('keeps a granted entry that has no id rather than losing the recipient', () => {
    const result = toInviteResult(200, {
      value: [{ roles: ['read'], invitation: { email: 'x@contoso.com' } }],
    });
    assert.deepEqual(
      [result.permissions[0].id, result.permissions[0].invitationEmail],
      ['', 'x@contoso.com'],
    );
  });
});
