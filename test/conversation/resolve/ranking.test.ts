import assert from 'node:assert/strict';
import { editDistance, foldText } from '../../../src/conversation/resolve/fold-text';
import { rankItems } from '../../../src/conversation/resolve/rank-items';
import { rankPeople } from '../../../src/conversation/resolve/rank-people';
import type { DriveItemInfo } from '../../../src/domain/item';
import type { PersonInfo } from '../../../src/domain/person';

function file(name: string, id = name, kind: 'file' | 'folder' = 'file'): DriveItemInfo {
  return { driveId: 'd', id, name, webUrl: `https://contoso.example/${id}`, kind };
}

function user(displayName: string, email: string): PersonInfo {
  return { kind: 'user', displayName, email };
}

describe('folding text for matching', () => {
  const table: [string, string][] = [
    ['Présentation été.pptx', 'presentation ete.pptx'],
    ["Seán O'Brien", 'sean obrien'],
    ['  Board   minutes (final).docx ', 'board minutes final .docx'],
    ['🚀 Roadmap.pptx', 'roadmap.pptx'],
    ['ANA.LOPEZ@CONTOSO.COM', 'ana.lopez@contoso.com'],
    ['Zoë Møller', 'zoe moller'],
    ['Jürgen Weiß', 'jurgen weiss'],
    ['Łukasz Żółć', 'lukasz zolc'],
  ];
  for (const [input, folded] of table) {
    it(`folds "${input}" to "${folded}"`, () => assert.equal(foldText(input), folded));
  }

  it('bounds the edit distance', () => {
    assert.equal(editDistance('reprot', 'report', 3), 2);
    assert.equal(editDistance('kitten', 'sitting', 3), 3);
    assert.equal(editDistance('a', 'abcdefgh', 2), 3);
  });
});

describe('ranking items for a typed name', () => {
  it('puts exact names first, keeping Graph order among equals', () => {
    const ranked = rankItems(
      'report.xlsx',
      [file('report 2025.xlsx'), file('report.xlsx', 'a'), file('Report.XLSX', 'b')],
      false,
    );
    assert.deepEqual(
      ranked.map((r) => [r.item.id, r.strength]),
      [
        ['a', 'exact'],
        ['b', 'exact'],
        ['report 2025.xlsx', 'partial'],
      ],
    );
  });

  it('matches a name typed without its extension exactly', () => {
    assert.equal(rankItems('budget', [file('budget.xlsx')], false)[0]?.strength, 'exact');
  });

  it('treats a typo as fuzzy, never exact', () => {
    assert.equal(rankItems('reprot.xlsx', [file('report.xlsx')], false)[0]?.strength, 'fuzzy');
  });

  it('drops items that do not match at all and duplicates found twice', () => {
    const ranked = rankItems(
      'plan.xlsx',
      [file('plan.xlsx', 'p'), file('plan.xlsx', 'p'), file('holiday.jpg')],
      false,
    );
    assert.equal(ranked.length, 1);
  });

  it('keeps only folders when a folder was asked for', () => {
    const ranked = rankItems(
      'Onboarding',
      [file('Onboarding.docx'), file('Onboarding', 'f', 'folder')],
      true,
    );
    assert.deepEqual(
      ranked.map((r) => r.item.id),
      ['f'],
    );
  });

  it('ignores accents and emoji on both sides', () => {
    assert.equal(
      rankItems('presentation ete.pptx', [file('Présentation été.pptx')], false)[0]?.strength,
      'exact',
    );
    assert.equal(rankItems('Roadmap.pptx', [file('🚀 Roadmap.pptx')], false)[0]?.strength, 'exact');
  });
});

describe('ranking people for a typed name', () => {
  const anaLopez = user('Ana Lopez', 'ana.lopez@contoso.com');
  const anaSilva = user('Ana Silva', 'ana.silva@contoso.com');

  it('resolves an exact display name and puts it first', () => {
    const ranked = rankPeople('ana lopez', [anaSilva, anaLopez]);
    assert.deepEqual(
      ranked.map((r) => [r.person.displayName, r.match]),
      [['Ana Lopez', 'exact']],
    );
  });

  it('offers everyone whose name starts with a shared first name, none of them exact', () => {
    const ranked = rankPeople('Ana', [anaLopez, anaSilva]);
    assert.deepEqual(
      ranked.map((r) => r.match),
      ['partial', 'partial'],
    );
  });

  it('merges the same person found by the People API (no id) and the directory (with id)', () => {
    const fromPeople: PersonInfo = { kind: 'user', displayName: 'Ana Lopez', email: 'ana.lopez@contoso.com' };
    const fromDirectory: PersonInfo = { ...fromPeople, id: 'e801', jobTitle: 'Analyst', userType: 'Member' };
    const ranked = rankPeople('Ana Lopez', [fromDirectory, fromPeople]);
    assert.equal(ranked.length, 1);
    assert.equal(ranked[0]?.person.id, 'e801');
  });

  it('matches an address typed as a name', () => {
    assert.equal(
      rankPeople('ana.silva@contoso.com', [anaLopez, anaSilva])[0]?.person.displayName,
      'Ana Silva',
    );
  });

  it('drops people the directory returned loosely', () => {
    assert.deepEqual(rankPeople('Zoe', [anaLopez, anaSilva]), []);
  });
});
