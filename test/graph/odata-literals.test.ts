import assert from 'node:assert/strict';
import { odataString, queryString, searchPhrase } from '../../src/graph/requests';

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
