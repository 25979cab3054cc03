import assert from 'node:assert/strict';
import type { ExecuteAction } from '../../src/cards/adaptive-card';
import { Verbs } from '../../src/cards/models';
import { pickFileCard } from '../../src/cards/pick-file-card';
import { pickPersonCard } from '../../src/cards/pick-person-card';
import { allActions } from '../support/card-queries';
import { lineWith, renderCard } from './helpers/card-text';
import {
  libraryFolder,
  people,
  pickFileModel,
  pickPersonModel,
  remoteItem,
  reportItem,
} from './helpers/fixtures';

/** The Execute actions of a card, in order. */
function executeActions(card: ReturnType<typeof pickFileCard>): ExecuteAction[] {
  return allActions(card).filter((action): action is ExecuteAction => action.type === 'Action.Execute');
}

describe('pickFileCard', () => {
  const files = [
    reportItem,
    libraryFolder,
    remoteItem,
    { ...reportItem, id: 'i4' },
    { ...reportItem, id: 'i5' },
    { ...reportItem, id: 'i6' },
  ];

  const counts = [1, 2, 5, 6];
  for (const count of counts) {
    it(`offers ${Math.min(count, 5)} choices plus "None of these" for ${count} matches`, () => {
      const card = pickFileCard(pickFileModel(files.slice(0, count)));
      const choices = executeActions(card).map((action) => action.data.choice);
      const expected = Array.from({ length: Math.min(count, 5) }, (_, i) => String(i));
      assert.deepEqual(choices, [...expected, 'none']);
    });
  }

  it('sends only the verb, request id and choice index', () => {
    for (const action of executeActions(pickFileCard(pickFileModel(files)))) {
      assert.equal(action.verb, Verbs.pickFile);
      assert.deepEqual(Object.keys(action.data).sort(), ['choice', 'requestId', 'verb']);
      assert.equal(action.data.requestId, 'req-pick-file');
    }
  });

  it('asks about what the person typed and shows name, folder, drive, date and who changed it', () => {
    const rendered = renderCard(
      pickFileCard(pickFileModel([reportItem, libraryFolder, remoteItem], 'report')),
    );
    assert.equal(rendered.lines[0], 'Which file did you mean by “report”?');
    assert.equal(lineWith(rendered, 'Location: /Reports'), 'Location: /Reports · your OneDrive');
    assert.equal(
      lineWith(rendered, 'Modified'),
      'Size: 24 KB · Modified {{DATE(2026-05-04T09:15:30Z, SHORT)}} by Ben Ito',
    );
    assert.ok(rendered.lines.includes('Onboarding (folder)'));
    assert.ok(rendered.lines.includes('Location: Design Team library'));
    assert.ok(rendered.lines.includes('Location: shared with you by Maria Garcia'));
    assert.ok(rendered.lines.includes('Size: 3.3 MB'));
    assert.deepEqual(rendered.links, [reportItem.webUrl, libraryFolder.webUrl, remoteItem.webUrl]);
  });

  it('names each choice in its button tooltip, so repeated "Choose" buttons can be told apart', () => {
    const tooltips = executeActions(pickFileCard(pickFileModel([reportItem, remoteItem]))).map(
      (a) => a.tooltip,
    );
    assert.deepEqual(tooltips, ['Choose report.xlsx', 'Choose Launch Deck v3.pptx', undefined]);
  });

  it('gives every button the name of its file, and same-named files their folder', () => {
    const budget = (id: string, folderPath: string) => ({
      ...reportItem,
      id,
      name: 'budget.xlsx',
      folderPath,
    });
    const card = pickFileCard(
      pickFileModel([budget('b1', '/Finance/2026'), budget('b2', '/Finance/2027'), remoteItem]),
    );
    assert.deepEqual(
      executeActions(card).map((action) => [action.title, action.data.choice]),
      [
        ['Choose budget.xlsx in /Finance/2026', '0'],
        ['Choose budget.xlsx in /Finance/2027', '1'],
        ['Choose Launch Deck v3.pptx', '2'],
        ['None of these', 'none'],
      ],
    );
  });
});

describe('pickPersonCard', () => {
  it('offers at most five people plus "None of these"', () => {
    const choices = executeActions(pickPersonCard(pickPersonModel(people))).map((a) => a.data.choice);
    assert.deepEqual(choices, ['0', '1', '2', '3', '4', 'none']);
  });

  it('sends only the verb, request id and choice index', () => {
    for (const action of executeActions(pickPersonCard(pickPersonModel(people)))) {
      assert.equal(action.verb, Verbs.pickPerson);
      assert.deepEqual(Object.keys(action.data).sort(), ['choice', 'requestId', 'verb']);
    }
  });

  const lines: { name: string; index: number; title: string; details?: string }[] = [
    {
      name: 'a member with title and department',
      index: 0,
      title: 'Ana Lopez',
      details: 'ana@contoso.com · Designer, Marketing',
    },
    {
      name: 'a namesake with a title only',
      index: 1,
      title: 'Ana Lopez',
      details: 'ana.lopez@contoso.com · Engineer',
    },
    { name: 'a guest', index: 2, title: 'Ana Guest · Guest', details: 'ana@fabrikam.com' },
    { name: 'a group', index: 3, title: 'Analytics · Group', details: 'analytics@contoso.com' },
    { name: 'a contact', index: 4, title: 'Ana Contact · Contact', details: 'ana@example.org' },
  ];
  for (const { name, index, title, details } of lines) {
    it(`shows ${name} as "${title}"`, () => {
      const rendered = renderCard(pickPersonCard(pickPersonModel([people[index]])));
      assert.equal(rendered.lines[0], 'Who did you mean by “Ana”?');
      assert.deepEqual(rendered.lines.slice(1), details ? [title, details] : [title]);
    });
  }

  it('gives every button the name of its person, and namesakes their address, so a screen reader hears each one', () => {
    const titles = executeActions(pickPersonCard(pickPersonModel(people))).map((action) => action.title);
    assert.deepEqual(titles, [
      'Choose Ana Lopez (ana@contoso.com)',
      'Choose Ana Lopez (ana.lopez@contoso.com)',
      'Choose Ana Guest',
      'Choose Analytics',
      'Choose Ana Contact',
      'None of these',
    ]);
    assert.equal(new Set(titles).size, titles.length);
  });

  it('asks "did you mean" when the choices are close spellings of a name no one has', () => {
    const card = pickPersonCard({ ...pickPersonModel([people[0]]), query: 'Ana Lopes', suggested: true });
    const rendered = renderCard(card);
    assert.equal(rendered.lines[0], 'I couldn’t find anyone called “Ana Lopes”. Did you mean one of these?');
    assert.equal(card.fallbackText, 'I couldn’t find anyone called "Ana Lopes". Did you mean one of these?');
    assert.deepEqual(
      executeActions(card).map((action) => action.verb),
      [Verbs.pickPerson, Verbs.pickPerson],
    );
  });

  it('falls back to the user principal name when there is no email', () => {
    const rendered = renderCard(
      pickPersonCard(
        pickPersonModel([
          { kind: 'user', displayName: 'Bo', userPrincipalName: 'bo@contoso.onmicrosoft.com' },
        ]),
      ),
    );
    assert.deepEqual(rendered.lines.slice(1), ['Bo', 'bo@contoso.onmicrosoft.com']);
  });
});
