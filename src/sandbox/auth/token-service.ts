import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';
import { mkdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { writeFileAtomic } from '../store/atomic-write';

/** The outcome of checking a bearer token. */
export type TokenCheck =
  | { ok: true; userId: string }
  | { ok: false; reason: 'missing' | 'malformed' | 'expired' };

const prefix = 'sbx1';

/**
 * Issues and verifies sandbox access tokens: `sbx1.<payload>.<hmac>`, signed with a secret kept in
 * the state directory so tokens survive a restart. Tokens are opaque to clients and never logged.
 */
export class TokenService {
  private constructor(private readonly secret: Buffer) {}

  /** Loads (or creates) the signing secret; without a state dir the secret lives in memory only. */
  static async open(stateDir: string | null): Promise<TokenService> {
    if (!stateDir) return new TokenService(randomBytes(32));
    await mkdir(stateDir, { recursive: true });
    const file = join(stateDir, 'token-secret');
    try {
      return new TokenService(Buffer.from((await readFile(file, 'utf8')).trim(), 'hex'));
    } catch {
      const secret = randomBytes(32);
      await writeFileAtomic(file, secret.toString('hex'));
      return new TokenService(secret);
    }
  }

  /** A token for the user, valid for the given seconds (0 gives an already expired token, for tests). */
  issue(userId: string, expiresInSeconds: number): string {
    const payload = Buffer.from(
      JSON.stringify({
        sub: userId,
        exp: Date.now() + expiresInSeconds * 1000,
        n: randomBytes(4).toString('hex'),
      }),
    ).toString('base64url');
    return `${prefix}.${payload}.${this.sign(payload)}`;
  }

  /** Checks an Authorization header value. */
  check(authorization: string | undefined): TokenCheck {
    const match = /^Bearer\s+(\S+)$/i.exec(authorization?.trim() ?? '');
    if (!authorization || !match) return { ok: false, reason: authorization ? 'malformed' : 'missing' };
    const [p, payload, signature] = match[1].split('.');
    if (p !== prefix || !payload || !signature) return { ok: false, reason: 'malformed' };
    const expected = Buffer.from(this.sign(payload));
    const given = Buffer.from(signature);
    if (expected.length !== given.length || !timingSafeEqual(expected, given))
      return { ok: false, reason: 'malformed' };
    let claims: { sub?: string; exp?: number };
    try {
      claims = JSON.parse(Buffer.from(payload, 'base64url').toString('utf8'));
    } catch {
      return { ok: false, reason: 'malformed' };
    }
    if (typeof claims.sub !== 'string' || typeof claims.exp !== 'number')
      return { ok: false, reason: 'malformed' };
    if (claims.exp <= Date.now()) return { ok: false, reason: 'expired' };
    return { ok: true, userId: claims.sub };
  }

  private sign(payload: string): string {
    return createHmac('sha256', this.secret).update(payload).digest('base64url');
  }
}
