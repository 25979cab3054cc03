import assert from 'node:assert/strict';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { exportJWK, generateKeyPair, type JWK, SignJWT } from 'jose';
import type { TabCaller } from '../../src/auth/tab-caller';
import { teamsTabCaller } from '../../src/auth/teams-tab-caller';

const tenantId = '11111111-2222-3333-4444-555555555555';
const appId = '0f0e0d0c-0b0a-0908-0706-050403020100';
const domain = 'sharebot.example.net';
const userId = '8c7ca78a-2ea0-4c4b-b89b-2ba814bbd855';

type KeyPair = Awaited<ReturnType<typeof generateKeyPair>>;

/** Entra ID on loopback: the tenant's signing keys and the token endpoint of the on-behalf-of flow. */
class FakeEntra {
  readonly exchanges: URLSearchParams[] = [];
  answer: { status: number; body: Record<string, unknown> } = {
    status: 200,
    body: { access_token: 'graph-token-for-alex', expires_in: 3600 },
  };
  private server?: Server;

  constructor(private readonly publicJwk: JWK) {}

  async start(): Promise<string> {
    this.server = createServer((req, res) => {
      const chunks: Buffer[] = [];
      req.on('data', (chunk: Buffer) => chunks.push(chunk));
      req.on('end', () => {
        res.setHeader('Content-Type', 'application/json');
        if (req.method === 'GET' && req.url === `/${tenantId}/discovery/v2.0/keys`) {
          res.end(JSON.stringify({ keys: [{ ...this.publicJwk, kid: 'key-1', use: 'sig', alg: 'RS256' }] }));
          return;
        }
        if (req.method === 'POST' && req.url === `/${tenantId}/oauth2/v2.0/token`) {
          this.exchanges.push(new URLSearchParams(Buffer.concat(chunks).toString('utf8')));
          res.statusCode = this.answer.status;
          res.end(JSON.stringify(this.answer.body));
          return;
        }
        res.statusCode = 404;
        res.end('{}');
      });
    });
    await new Promise<void>((resolve) => this.server?.listen(0, '127.0.0.1', resolve));
    return `http://127.0.0.1:${(this.server.address() as AddressInfo).port}`;
  }

  async stop(): Promise<void> {
    await new Promise<void>((resolve) => this.server?.close(() => resolve()));
  }
}

describe('Teams SSO for the tab API (Graph mode)', () => {
  let keys: KeyPair;
  let strangerKeys: KeyPair;
  let entra: FakeEntra;
  let origin: string;

  before(async () => {
    keys = await generateKeyPair('RS256');
    strangerKeys = await generateKeyPair('RS256');
    entra = new FakeEntra(await exportJWK(keys.publicKey));
    origin = await entra.start();
  });
  after(async () => {
    await entra.stop();
  });
  beforeEach(() => {
    entra.exchanges.length = 0;
    entra.answer = { status: 200, body: { access_token: 'graph-token-for-alex', expires_in: 3600 } };
  });

  /** A Teams SSO token as Entra ID issues it for the tab, with claims changed as a case needs. */
  async function ssoToken(
    change: { claims?: Record<string, unknown>; audience?: string; issuer?: string; expiresIn?: string } = {},
    signingKeys: KeyPair = keys,
  ): Promise<string> {
    return await new SignJWT({
      tid: tenantId,
      oid: userId,
      name: 'Alex Wilber',
      scp: 'access_as_user',
      ...change.claims,
    })
      .setProtectedHeader({ alg: 'RS256', kid: 'key-1' })
      .setIssuer(change.issuer ?? `${origin}/${tenantId}/v2.0`)
      .setAudience(change.audience ?? `api://${domain}/botid-${appId}`)
      .setIssuedAt()
      .setExpirationTime(change.expiresIn ?? '1h')
      .sign(signingKeys.privateKey);
  }

  function caller() {
    return teamsTabCaller({
      appId,
      appPassword: 'app-secret',
      tenantId,
      botDomain: domain,
      loginOrigin: origin,
    });
  }

  it('accepts a valid token and exchanges it on behalf of the user for a Graph token', async () => {
    const token = await ssoToken();
    const outcome = await caller()(`Bearer ${token}`);
    assert.deepEqual(outcome, {
      ok: true,
      graphToken: 'graph-token-for-alex',
      userId,
      name: 'Alex Wilber',
      outsideTeams: false,
    } satisfies TabCaller);
    const [exchange] = entra.exchanges;
    assert.equal(exchange.get('grant_type'), 'urn:ietf:params:oauth:grant-type:jwt-bearer');
    assert.equal(exchange.get('requested_token_use'), 'on_behalf_of');
    assert.equal(exchange.get('assertion'), token);
    assert.equal(exchange.get('client_id'), appId);
    assert.equal(exchange.get('scope'), 'https://graph.microsoft.com/.default');
  });

  it('keeps the Graph token for the next call of the same user', async () => {
    const identify = caller();
    const token = await ssoToken();
    await identify(`Bearer ${token}`);
    await identify(`Bearer ${token}`);
    assert.equal(entra.exchanges.length, 1);
  });

  const refusals: { case: string; token: () => Promise<string> }[] = [
    { case: 'signed with another key', token: () => ssoToken({}, strangerKeys) },
    { case: 'for another app', token: () => ssoToken({ audience: 'api://elsewhere.example/botid-other' }) },
    {
      case: 'from another tenant',
      token: () => ssoToken({ claims: { tid: '99999999-2222-3333-4444-555555555555' } }),
    },
    {
      case: 'from an issuer that is not the tenant',
      token: () => ssoToken({ issuer: 'https://evil.example/v2.0' }),
    },
    { case: 'expired', token: () => ssoToken({ expiresIn: '-10m' }) },
    { case: 'without the access_as_user scope', token: () => ssoToken({ claims: { scp: 'User.Read' } }) },
    { case: 'without a user', token: () => ssoToken({ claims: { oid: undefined } }) },
    { case: 'not a JWT', token: async () => 'opaque-token' },
  ];
  for (const refusal of refusals) {
    it(`refuses a token ${refusal.case}, without asking for a Graph token`, async () => {
      const outcome = await caller()(`Bearer ${await refusal.token()}`);
      assert.deepEqual(outcome, { ok: false, reason: 'signInRequired' });
      assert.equal(entra.exchanges.length, 0);
    });
  }

  it('refuses a call without a bearer token', async () => {
    assert.deepEqual(await caller()(undefined), { ok: false, reason: 'signInRequired' });
    assert.deepEqual(await caller()('Basic YWxleDp4'), { ok: false, reason: 'signInRequired' });
  });

  it('asks for sign-in again when the user has not consented (invalid_grant)', async () => {
    entra.answer = { status: 400, body: { error: 'invalid_grant', error_description: 'AADSTS65001' } };
    assert.deepEqual(await caller()(`Bearer ${await ssoToken()}`), { ok: false, reason: 'signInRequired' });
  });

  it('says Microsoft 365 is unavailable when the token endpoint fails', async () => {
    entra.answer = { status: 503, body: {} };
    assert.deepEqual(await caller()(`Bearer ${await ssoToken()}`), { ok: false, reason: 'unavailable' });
  });
});
