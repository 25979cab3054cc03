import assert from 'node:assert/strict';
import { removeConfirmCard, whoHasAccessCard } from '../../src/cards/access-cards';
import { Verbs } from '../../src/cards/models';
import { allActions } from '../support/card-queries';
import { renderCard } from './helpers/card-text';

describe('whoHasAccessCard', () => {
  const card = whoHasAccessCard({
    requestId: 'req-w',
    title: 'Who has access to report.xlsx',
    lines: [
      { title: 'Alex Wilber', detail: 'owner', actions: [] },
      { title: 'Tom Baker', detail: 'can view', actions: ['remove'] },
      { title: 'Mateo Rossi', detail: 'can view · from the folder above', actions: [] },
    ],
    emptyText: 'Nobody else has access that I can see.',
    notes: [],
  });

  it('shows every line with its role and where it comes from', () => {
    const text = renderCard(card).lines.join('\n');
    assert.match(text, /Alex Wilber\nowner\nTom Baker\ncan view/);
    assert.match(text, /Mateo Rossi\ncan view · from the folder above/);
  });

  it('offers Remove only on the lines that may be removed, each carrying only its index', () => {
    const removes = allActions(card).filter((a) => a.type === 'Action.Execute');
    assert.deepEqual(
      removes.map((a) => ('data' in a ? a.data : undefined)),
      [{ verb: Verbs.removeListed, requestId: 'req-w', choice: '1' }],
    );
  });

  it('says so when nobody is listed, and has no buttons then', () => {
    const empty = whoHasAccessCard({
      requestId: 'r',
      title: 'Who',
      lines: [],
      emptyText: 'Nobody.',
      notes: [],
    });
    assert.ok(renderCard(empty).lines.includes('Nobody.'));
    assert.deepEqual(allActions(empty), []);
  });
});

describe('removeConfirmCard', () => {
  it('lists what goes and what stays, with Remove and Keep it carrying only the request id', () => {
    const card = removeConfirmCard({
      requestId: 'req-r',
      title: 'Stop sharing with everyone?',
      itemName: 'report.xlsx',
      removedHeading: 'These will be removed:',
      removed: ['Tom Baker: can view'],
      keptHeading: 'These stay:',
      kept: ['Alex Wilber: owner'],
    });
    const text = renderCard(card).lines.join('\n');
    assert.match(text, /These will be removed:\nTom Baker: can view\nThese stay:\nAlex Wilber: owner/);
    assert.deepEqual(
      allActions(card).map((a) => [a.title, 'data' in a ? a.data : undefined]),
      [
        ['Remove', { verb: Verbs.removeAccess, requestId: 'req-r' }],
        ['Keep it', { verb: Verbs.keepAccess, requestId: 'req-r' }],
      ],
    );
  });
});
