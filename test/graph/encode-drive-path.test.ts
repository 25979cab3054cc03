import assert from 'node:assert/strict';
import { encodeDrivePath, encodePathSegment } from '../../src/graph/requests';

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
