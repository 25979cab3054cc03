import assert from 'node:assert/strict';
import { folderPathFrom } from '../../src/graph/json-mappers';

describe('folderPathFrom', () => {
  const cases: [string | undefined, string | undefined][] = [
    ['/drive/root:/Documents/sub', '/Documents/sub'],
    ['/drives/b!abc/root:', '/'],
    ['/drive/root:', '/'],
    ['/drives/b!abc/root:/Q1%20Reports/caf%C3%A9', '/Q1 Reports/café'],
    ['/drive/root:/100% done', '/100% done'],
    ['/drive/root:/bad %E0%A4%A', '/bad %E0%A4%A'],
    ['no colon here', undefined],
    [undefined, undefined],
  ];
  for (const [path, expected] of cases) {
    it(`reads ${JSON.stringify(path)} as ${JSON.stringify(expected)}`, () => {
      assert.equal(folderPathFrom(path), expected);
    });
  }
});
