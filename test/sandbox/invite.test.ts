import assert from 'node:assert/strict';
import type { Client } from '@microsoft/microsoft-graph-client';
import type { ExternalSharing } from '../../src/sandbox/tenant/tenant-file';
import { fixtureTenant, startTestSandbox, type TestSandbox, users } from './helpers/sandbox-fixture';
import { errorBody, graphError, rawCall } from './helpers/sdk-client';

type Permission = Record<string, unknown> & { id: string; roles: string[] };

const anaDrive = 'b!anaFixtureDrive';
const future = new Date(Date.now() + 30 * 86400000).toISOString();

function shareToken(url: string): string {
  return `u!${Buffer.from(url, 'utf8').toString('base64url')}`;
}

describe('sandbox invite', () => {
  let t: TestSandbox;
  let ana: Client;
  let reports: { id: string; webUrl: string };
  let rootId: string;

  before(async () => {
    t = await startTestSandbox();
    ana = await t.client('ana@contoso.com');
    reports = await ana.api('/me/drive/root:/Reports').get();
    rootId = (await ana.api('/me/drive/root').get()).id;
  });
  after(async () => t.stop());

  const body = (recipient: Record<string, string>, extra: Record<string, unknown> = {}) => ({
    recipients: [recipient],
    roles: ['read'],
    requireSignIn: true,
    sendInvitation: true,
    ...extra,
  });

  it("answers the docs' example invite with every property of the docs' example permission", async () => {
    const frank = await t.client('frank@contoso.com');
    const item = await frank.api('/me/drive/root:/Trip plan.xlsx').get();
    const res = await frank.api(`/me/drive/items/${item.id}/invite`).post({
      recipients: [{ email: 'robin@contoso.com' }],
      message: "Here's the file that we're collaborating on.",
      requireSignIn: true,
      sendInvitation: true,
      roles: ['write'],
      password: 'password123',
      expirationDateTime: future,
    });
    assert.match(res['@odata.context'], /\$metadata#Collection\(permission\)$/);
    const [p] = res.value as Permission[];
    for (const key of [
      '@odata.type',
      'id',
      'roles',
      'grantedTo',
      'grantedToV2',
      'invitation',
      'expirationDateTime',
      'hasPassword',
    ]) {
      assert.ok(key in p, `missing ${key}`);
    }
    assert.equal(p['@odata.type'], '#microsoft.graph.permission');
    assert.deepEqual(p.roles, ['write']);
    assert.deepEqual(p.invitation, {
      email: 'robin@contoso.com',
      signInRequired: true,
      invitedBy: (p.invitation as Record<string, unknown>).invitedBy,
    });
    assert.equal((p.grantedTo as { user: { id: string } }).user.id, users.robin);
    assert.equal((p.grantedToV2 as { user: { displayName: string } }).user.displayName, 'Robin Danielsen');
    assert.equal(p['@deprecated.GrantedTo'], 'GrantedTo has been deprecated. Refer to GrantedToV2');
    assert.equal(p.hasPassword, true);
    assert.equal(p.expirationDateTime, future.replace(/\.\d{3}Z$/, 'Z'));
  });

  it('answers the same example on a business drive with grantedToV2.siteUser and no password fields', async () => {
    const res = await ana
      .api('/me/drive/root:/Reports/Q1 plan [draft].docx:/invite')
      .post(
        body(
          { email: 'robin@contoso.com' },
          { roles: ['write'], message: "Here's the file that we're collaborating on." },
        ),
      );
    const [p] = res.value as Permission[];
    for (const key of ['@odata.type', 'id', 'roles', 'grantedTo', 'grantedToV2', 'invitation'])
      assert.ok(key in p, `missing ${key}`);
    assert.ok((p.grantedToV2 as Record<string, unknown>).siteUser);
    assert.equal('hasPassword' in p, false);
  });

  it('gives the same permission through every URL form that addresses the same item', async () => {
    const share = shareToken(reports.webUrl);
    const forms = [
      `/drives/${anaDrive}/items/${reports.id}/invite`,
      `/me/drive/items/${reports.id}/invite`,
      `/users/${users.ana}/drive/items/${reports.id}/invite`,
      `/users/ana@contoso.com/drive/items/${reports.id}/microsoft.graph.invite`,
      `/me/drive/root:/Reports:/invite`,
      `/drives/${anaDrive}/root:/Reports:/invite`,
      `/drives/${anaDrive}/items/${rootId}:/Reports:/invite`,
      `/me/drive/special/documents/invite`,
      `/drives/${anaDrive}/special/documents/invite`,
      `/me/drive/following/${reports.id}/invite`,
      `/drives/${anaDrive}/following/${reports.id}/invite`,
      `/shares/${share}/driveItem/invite`,
      `/shares/${share}/root/invite`,
      `/shares/${share}/items/${reports.id}/invite`,
      `/me/drive/items/${reports.id}/microsoft.graph.invite`,
    ];
    const answers: Permission[] = [];
    for (const form of forms) {
      const res = await ana.api(form).post(body({ email: 'carla@contoso.com' }));
      answers.push(res.value[0]);
    }
    for (const [i, p] of answers.entries()) assert.deepEqual(p, answers[0], `form ${forms[i]} differs`);
    const list = await ana.api(`/drives/${anaDrive}/items/${reports.id}/permissions`).get();
    const carla = (list.value as Permission[]).filter(
      (p) => (p.grantedToV2 as { user?: { id: string } })?.user?.id === users.carla,
    );
    assert.equal(carla.length, 1);
  });

  it('gives the same permission through the root forms', async () => {
    const forms = [
      `/drives/${anaDrive}/items/${rootId}/invite`,
      '/me/drive/root/invite',
      `/drives/${anaDrive}/root/invite`,
    ];
    const answers: Permission[] = [];
    for (const form of forms)
      answers.push((await ana.api(form).post(body({ email: 'henry@contoso.com' }))).value[0]);
    for (const p of answers) assert.deepEqual(p, answers[0]);
  });

  it('gives the same permission through the group, site and drive forms of a library', async () => {
    const henry = await t.client('henry@contoso.com');
    const drive = await henry.api(`/groups/aaaaaaaa-aaaa-4aaa-8aaa-aaaaaaaaaaaa/drive`).get();
    const item = await henry.api(`/drives/${drive.id}/root:/Budget/FY25 forecast.xlsx`).get();
    const siteId = item.parentReference.siteId as string;
    const forms = [
      `/drives/${drive.id}/items/${item.id}/invite`,
      `/groups/aaaaaaaa-aaaa-4aaa-8aaa-aaaaaaaaaaaa/drive/items/${item.id}/invite`,
      `/sites/${siteId}/drive/items/${item.id}/invite`,
      `/sites/${siteId}/drive/root:/Budget/FY25 forecast.xlsx:/invite`,
      `/sites/${siteId}/drives/${drive.id}/items/${item.id}/invite`,
    ];
    const answers: Permission[] = [];
    for (const form of forms)
      answers.push((await henry.api(form).post(body({ email: 'ben@contoso.com' }))).value[0]);
    for (const p of answers) assert.deepEqual(p, answers[0]);
  });

  it('merges roles when someone who already has access is invited again', async () => {
    const path = '/me/drive/root:/Reports/report.xlsx:';
    const first = (await ana.api(`${path}/invite`).post(body({ email: 'erin@contoso.com' })))
      .value[0] as Permission;
    const second = (
      await ana.api(`${path}/invite`).post(body({ objectId: users.erin }, { roles: ['write'] }))
    ).value[0] as Permission;
    const third = (await ana.api(`${path}/invite`).post(body({ email: 'ERIN@contoso.com' })))
      .value[0] as Permission;
    assert.equal(second.id, first.id);
    assert.deepEqual(second.roles, ['write']);
    assert.deepEqual(third.roles, ['write']);
    const list = (await ana.api(`${path}/permissions`).get()).value as Permission[];
    assert.equal(list.filter((p) => p.id === first.id).length, 1);
  });

  it('answers 207 with a per-recipient error for a recipient without a mailbox, and still grants access', async () => {
    const res = await rawCall(ana.api('/me/drive/root:/Dan%27s notes.txt:/invite'), 'post', {
      recipients: [{ email: 'dan@contoso.com' }, { email: 'ben@contoso.com' }],
      roles: ['read'],
      requireSignIn: true,
      sendInvitation: true,
    });
    assert.equal(res.status, 207);
    const value = (await res.json()).value as Permission[];
    const danEntry = value[0] as Permission & { error: Record<string, unknown> };
    assert.equal(danEntry.error.code, 'notAllowed');
    for (const key of ['message', 'localizedMessage', 'fixItUrl', 'innererror'])
      assert.ok(key in danEntry.error);
    assert.equal('error' in value[1], false);
    const dan = await t.client('dan@contoso.com');
    const item = await dan.api(`/drives/${anaDrive}/root:/Dan's notes.txt`).get();
    assert.equal(item.name, "Dan's notes.txt");
  });

  it('answers 200 for a recipient without a mailbox when no invitation is sent', async () => {
    const res = await rawCall(
      ana.api('/me/drive/root:/Budget 2024.xlsx:/invite'),
      'post',
      body({ email: 'dan@contoso.com' }, { sendInvitation: false }),
    );
    assert.equal(res.status, 200);
  });

  it('answers 207 when the sender has no mailbox', async () => {
    await ana
      .api('/me/drive/root:/Projects:/invite')
      .post(body({ email: 'dan@contoso.com' }, { roles: ['write'] }));
    const dan = await t.client('dan@contoso.com');
    const res = await rawCall(
      dan.api(`/drives/${anaDrive}/root:/Projects/Alpha/Design notes.docx:/invite`),
      'post',
      body({ email: 'ben@contoso.com' }),
    );
    assert.equal(res.status, 207);
    assert.equal((await res.json()).value[0].error.innererror.code, 'exchangeInvalidUser');
  });

  const rejected: Array<[string, string, Record<string, unknown>, number, string, RegExp?]> = [
    [
      'both flags false',
      '/me/drive/root:/Reports/report.xlsx:',
      { requireSignIn: false, sendInvitation: false },
      400,
      'invalidRequest',
      /cannot both be false/,
    ],
    [
      'both flags absent',
      '/me/drive/root:/Reports/report.xlsx:',
      { requireSignIn: undefined, sendInvitation: undefined },
      400,
      'invalidRequest',
      /cannot both be false/,
    ],
    [
      'the owner role',
      '/me/drive/root:/Reports/report.xlsx:',
      { roles: ['owner'] },
      400,
      'invalidRequest',
      /^Invalid value for role$/,
    ],
    [
      'the sp.owner role',
      '/me/drive/root:/Reports/report.xlsx:',
      { roles: ['sp.owner'] },
      400,
      'invalidRequest',
      /Invalid value for role/,
    ],
    [
      'a message over 2,000 characters',
      '/me/drive/root:/Reports/report.xlsx:',
      { message: 'x'.repeat(2001) },
      400,
      'invalidRequest',
    ],
    [
      'a password on a business drive',
      '/me/drive/root:/Reports/report.xlsx:',
      { password: 'secret' },
      400,
      'invalidRequest',
      /password/,
    ],
    [
      'expirationDateTime on a business drive',
      '/me/drive/root:/Reports/report.xlsx:',
      { expirationDateTime: future },
      400,
      'invalidRequest',
      /expirationDateTime/,
    ],
    [
      'an unknown body property',
      '/me/drive/root:/Reports/report.xlsx:',
      { notify: true },
      400,
      'invalidRequest',
      /notify/,
    ],
    ['a missing item', '/me/drive/root:/Reports/nope.xlsx:', {}, 404, 'itemNotFound'],
  ];
  for (const [what, path, extra, status, code, message] of rejected) {
    it(`rejects an invite with ${what}`, async () => {
      const err = await graphError(ana.api(`${path}/invite`).post(body({ email: 'ben@contoso.com' }, extra)));
      assert.equal(err.statusCode, status);
      assert.equal(err.code, code);
      if (message) assert.match(err.message, message);
    });
  }

  it('accepts a message of exactly 2,000 characters', async () => {
    const res = await ana
      .api('/me/drive/root:/Reports/report.xlsx:/invite')
      .post(body({ email: 'ben@contoso.com' }, { message: 'x'.repeat(2000) }));
    assert.equal(res.value.length, 1);
  });

  const recipientErrors: Array<[string, Record<string, string>[], number, string]> = [
    ['an unknown address in the tenant domain', [{ email: 'nobody@contoso.com' }], 404, 'itemNotFound'],
    ['an unknown object id', [{ objectId: '00000000-0000-4000-8000-00000000dead' }], 404, 'itemNotFound'],
    ['an unknown alias', [{ alias: 'no-such-group' }], 404, 'itemNotFound'],
    [
      'an entry with both email and objectId',
      [{ email: 'ben@contoso.com', objectId: users.ben }],
      400,
      'invalidRequest',
    ],
    ['an empty recipient list', [], 400, 'invalidRequest'],
  ];
  for (const [what, recipients, status, code] of recipientErrors) {
    it(`rejects ${what}`, async () => {
      const err = await graphError(
        ana.api('/me/drive/root:/Reports/report.xlsx:/invite').post({ ...body({}), recipients }),
      );
      assert.equal(err.statusCode, status);
      assert.equal(err.code, code);
      if (status === 404) assert.equal(err.message, 'One of the provided recipients could not be found');
    });
  }

  it('shares with a group by its mail, alias or object id as one permission', async () => {
    const path = '/me/drive/root:/Budget 2024.xlsx:/invite';
    const a = (await ana.api(path).post(body({ email: 'design@contoso.com' }))).value[0] as Permission;
    const b = (await ana.api(path).post(body({ alias: 'design' }))).value[0] as Permission;
    const c = (await ana.api(path).post(body({ objectId: 'bbbbbbbb-bbbb-4bbb-8bbb-bbbbbbbbbbbb' })))
      .value[0] as Permission;
    assert.equal(a.id, b.id);
    assert.equal(b.id, c.id);
    assert.equal(
      (a.grantedToV2 as { group: { id: string } }).group.id,
      'bbbbbbbb-bbbb-4bbb-8bbb-bbbbbbbbbbbb',
    );
  });

  it('refuses a non-owner without write access with 403 accessDenied', async () => {
    const ben = await t.client('ben@contoso.com');
    const err = await graphError(
      ben
        .api(`/drives/${anaDrive}/root:/Reports/report.xlsx:/invite`)
        .post(body({ email: 'carla@contoso.com' })),
    );
    assert.equal(err.statusCode, 403);
    assert.equal(err.code, 'accessDenied');
  });

  it('lets someone with write on an ancestor folder invite on a descendant', async () => {
    const carla = await t.client('carla@contoso.com');
    const res = await carla
      .api(`/drives/${anaDrive}/root:/Projects/Alpha/report.xlsx:/invite`)
      .post(body({ email: 'frank@contoso.com' }));
    assert.deepEqual(res.value[0].roles, ['read']);
  });

  it('lets a member of the owning group invite on a library and refuses a non-member', async () => {
    const henry = await t.client('henry@contoso.com');
    const drive = await henry.api('/groups/aaaaaaaa-aaaa-4aaa-8aaa-aaaaaaaaaaaa/drive').get();
    const res = await henry
      .api(`/drives/${drive.id}/root:/Policies/Expense policy.pdf:/invite`)
      .post(body({ email: 'frank@contoso.com' }));
    assert.equal(res.value.length, 1);
    const erin = await t.client('erin@contoso.com');
    const err = await graphError(
      erin
        .api(`/drives/${drive.id}/root:/Policies/Expense policy.pdf:/invite`)
        .post(body({ email: 'frank@contoso.com' })),
    );
    assert.equal(err.statusCode, 403);
  });

  it('rejects expirationDateTime on a SharePoint library', async () => {
    const henry = await t.client('henry@contoso.com');
    const drive = await henry.api('/groups/aaaaaaaa-aaaa-4aaa-8aaa-aaaaaaaaaaaa/drive').get();
    const err = await graphError(
      henry
        .api(`/drives/${drive.id}/root:/Policies/Expense policy.pdf:/invite`)
        .post(body({ email: 'frank@contoso.com' }, { expirationDateTime: future })),
    );
    assert.equal(err.statusCode, 400);
  });

  describe('on personal drives', () => {
    let erin: Client;
    before(async () => {
      erin = await t.client('erin@contoso.com');
    });

    it('refuses permission changes on the drive root', async () => {
      const err = await graphError(
        erin.api('/me/drive/root/invite').post(body({ email: 'ben@contoso.com' })),
      );
      assert.equal(err.statusCode, 403);
      assert.equal(err.code, 'notAllowed');
    });

    it('accepts a password and reports hasPassword, a link and no expiry', async () => {
      const res = await erin
        .api("/me/drive/root:/Erin's notes.txt:/invite")
        .post(body({ email: 'ben@contoso.com' }, { password: 'pw' }));
      const p = res.value[0] as Permission & { link: { webUrl: string } };
      assert.equal(p.hasPassword, true);
      assert.equal(p.expirationDateTime, '0001-01-01T00:00:00Z');
      assert.match(p.link.webUrl, /^https:\/\/1drv\.ms\//);
      assert.equal('inheritedFrom' in p, false);
    });

    it('asks for an account upgrade when a non-premium drive gets expirationDateTime', async () => {
      const err = await graphError(
        erin
          .api("/me/drive/root:/Erin's notes.txt:/invite")
          .post(body({ email: 'ben@contoso.com' }, { expirationDateTime: future })),
      );
      assert.equal(err.statusCode, 400);
      assert.match(err.message, /Account Upgrade is required/);
    });

    it('addresses special folders by name', async () => {
      const res = await erin.api('/me/drive/special/photos/invite').post(body({ email: 'ben@contoso.com' }));
      assert.equal(res.value.length, 1);
    });
  });

  it('drops inherited grants for the item when retainInheritedPermissions is false', async () => {
    const carla = await t.client('carla@contoso.com');
    await carla.api(`/drives/${anaDrive}/root:/Projects/Alpha/Design notes.docx`).get();
    await ana
      .api('/me/drive/root:/Projects/Alpha:/invite')
      .post(body({ email: 'ben@contoso.com' }, { retainInheritedPermissions: false }));
    const err = await graphError(
      carla.api(`/drives/${anaDrive}/root:/Projects/Alpha/Design notes.docx`).get(),
    );
    assert.equal(err.statusCode, 403);
  });

  it('answers 400 for a body that is not JSON', async () => {
    const token = await t.token('ana@contoso.com');
    const res = await fetch(`${t.sandbox.graphBaseUrl}/me/drive/root:/Reports/report.xlsx:/invite`, {
      method: 'POST',
      headers: { Authorization: `Bearer ${token}`, 'Content-Type': 'application/json' },
      body: '{"recipients": [',
    });
    assert.equal(res.status, 400);
    assert.equal((await res.json()).error.code, 'invalidRequest');
  });

  it('carries request-id and client-request-id in the error envelope and headers', async () => {
    const err = await graphError(
      ana
        .api('/me/drive/root:/Reports/report.xlsx:/invite')
        .post(body({ email: 'ben@contoso.com' }, { roles: ['owner'] })),
    );
    const inner = errorBody(err).innerError;
    assert.match(String(inner['request-id']), /^[0-9a-f-]{36}$/);
    assert.match(String(inner.date), /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d$/);
    assert.equal(err.headers?.get('request-id'), inner['request-id']);
    assert.equal(err.headers?.get('client-request-id'), inner['client-request-id']);
  });
});

describe('sandbox invite and the tenant external sharing policy', () => {
  const cases: Array<[ExternalSharing, string, number]> = [
    ['enabled', 'outsider@fabrikam.com', 200],
    ['enabled', 'gina@fabrikam.com', 200],
    ['existingGuestsOnly', 'outsider@fabrikam.com', 403],
    ['existingGuestsOnly', 'gina@fabrikam.com', 200],
    ['disabled', 'outsider@fabrikam.com', 403],
    ['disabled', 'gina@fabrikam.com', 403],
    ['disabled', 'ben@contoso.com', 200],
  ];
  const sandboxes = new Map<ExternalSharing, TestSandbox>();
  before(async () => {
    for (const policy of ['enabled', 'existingGuestsOnly', 'disabled'] as ExternalSharing[]) {
      const tenant = fixtureTenant();
      tenant.tenant.externalSharing = policy;
      sandboxes.set(policy, await startTestSandbox({ tenant }));
    }
  });
  after(async () => {
    for (const s of sandboxes.values()) await s.stop();
  });

  for (const [policy, email, status] of cases) {
    it(`answers ${status} when sharing with ${email} under ${policy}`, async () => {
      const s = sandboxes.get(policy) as TestSandbox;
      const ana = await s.client('ana@contoso.com');
      const request = ana.api('/me/drive/root:/Reports/report.xlsx:/invite').post({
        recipients: [{ email }],
        roles: ['read'],
        requireSignIn: true,
        sendInvitation: true,
      });
      if (status === 200) {
        const res = await request;
        const p = res.value[0] as Permission;
        assert.equal((p.invitation as { email: string }).email, email);
        if (email.startsWith('outsider')) assert.equal('grantedTo' in p, false);
      } else {
        const err = await graphError(request);
        assert.equal(err.statusCode, status);
        assert.equal(err.code, 'accessDenied');
      }
    });
  }
});
