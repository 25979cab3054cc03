import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { playgroundCurrentUser } from '../../src/playground/current-user';
import { people } from '../support/demo-tenant';

describe("the Agents Playground's current user, for the tab's LOCAL_USER default", () => {
  it('is Alex Wilber in the shipped configuration', () => {
    assert.equal(playgroundCurrentUser(), people.alex.aadObjectId);
  });

  const cases: { case: string; text: string; expect: string | undefined }[] = [
    {
      case: 'a quoted id',
      text: 'currentUser:\n  id: "29:x"\n  aadObjectId: "abc-123"\nusers:\n  - aadObjectId: "other"\n',
      expect: 'abc-123',
    },
    { case: 'an unquoted id', text: 'currentUser:\n  aadObjectId: abc-456\n', expect: 'abc-456' },
    { case: 'no currentUser', text: 'users:\n  - aadObjectId: "other"\n', expect: undefined },
    {
      case: 'only a user’s id below it',
      text: 'currentUser:\n  id: "29:x"\nusers:\n  - aadObjectId: "other"\n',
      expect: undefined,
    },
  ];
  for (const c of cases) {
    it(`reads ${c.case}`, () => {
      const file = path.join(mkdtempSync(path.join(tmpdir(), 'playground-config-')), 'config.yml');
      writeFileSync(file, c.text);
      assert.equal(playgroundCurrentUser(file), c.expect);
    });
  }

  it('is unknown when the file is missing', () => {
    assert.equal(playgroundCurrentUser('/nonexistent/playground.yml'), undefined);
  });
});
