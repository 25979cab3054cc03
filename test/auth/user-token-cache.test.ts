import assert from 'node:assert/strict';
import { UserTokenCache } from '../../src/auth/user-token-cache';

describe('UserTokenCache', () => {
  it('keeps at most maxUsers users, evicting the least recently used', async () => {
    const cache = new UserTokenCache<string>({ maxUsers: 2, marginMs: 0, now: () => 0 });
    const fetched: string[] = [];
    const fetchFor = (user: string) => async () => {
      fetched.push(user);
      return { value: `token of ${user}`, keepUntil: 1000 };
    };
    await cache.get('ana', fetchFor('ana'));
    await cache.get('bruno', fetchFor('bruno'));
    await cache.get('ana', fetchFor('ana'));
    await cache.get('chen', fetchFor('chen'));
    assert.equal(cache.size, 2);
    await cache.get('ana', fetchFor('ana'));
    await cache.get('bruno', fetchFor('bruno'));
    assert.deepEqual(fetched, ['ana', 'bruno', 'chen', 'bruno']);
  });

  it('stays at its bound with many users', async () => {
    const cache = new UserTokenCache<string>({ maxUsers: 100, now: () => 0 });
    for (let user = 0; user < 5000; user++) {
      await cache.get(`user-${user}`, async () => ({ value: 'token', keepUntil: 3_600_000 }));
    }
    assert.equal(cache.size, 100);
  });

  it('does not keep what a fetch returned after the user was forgotten meanwhile', async () => {
    const cache = new UserTokenCache<string>({ marginMs: 0, now: () => 0 });
    let answer = () => {};
    const held = new Promise<void>((resolve) => {
      answer = resolve;
    });
    const first = cache.get('ana', async () => {
      await held;
      return { value: 'old token', keepUntil: 1000 };
    });
    cache.forget('ana');
    answer();
    assert.equal(await first, 'old token');
    assert.equal(cache.size, 0);
    assert.equal(await cache.get('ana', async () => ({ value: 'new token', keepUntil: 1000 })), 'new token');
  });

  it('shares a failing fetch among concurrent asks and keeps nothing', async () => {
    const cache = new UserTokenCache<string>();
    let calls = 0;
    const failing = async () => {
      calls++;
      throw new Error('token service down');
    };
    const asks = [cache.get('ana', failing), cache.get('ana', failing)];
    for (const ask of asks) await assert.rejects(ask, /token service down/);
    assert.equal(calls, 1);
    assert.equal(cache.size, 0);
  });
});
