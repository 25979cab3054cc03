import assert from 'node:assert/strict';
import type { ExecuteAction, InputChoiceSet, InputText, InputToggle } from '../../src/cards/adaptive-card';
import { confirmCard } from '../../src/cards/confirm-card';
import { type ConfirmCardModel, ConfirmInputs, Verbs } from '../../src/cards/models';
import { maxInviteMessageLength as maxMessageLength } from '../../src/domain/limits';
import { allElements } from '../support/card-queries';
import { AC } from './helpers/adaptivecards-lib';
import { lineWith, renderCard } from './helpers/card-text';
import { ana, confirmModel, libraryFolder, remoteItem, reportItem } from './helpers/fixtures';
import { assertCardParses } from './helpers/parse-card';

/** The input with the given id, typed by its element type. */
function input<T extends InputChoiceSet | InputToggle | InputText>(model: ConfirmCardModel, id: string): T {
  const found = allElements(confirmCard(model)).find((element) => 'id' in element && element.id === id);
  assert.ok(found, `no input ${id}`);
  return found as T;
}

/** The confirm card's actions by title. */
function action(model: ConfirmCardModel, title: string): ExecuteAction {
  const found = confirmCard(model).actions?.find((candidate) => candidate.title === title);
  assert.ok(found && found.type === 'Action.Execute', `no Execute action ${title}`);
  return found;
}

describe('confirmCard', () => {
  for (const role of ['read', 'write'] as const) {
    it(`defaults the role choice to the model's role (${role}), in the parsed card too`, () => {
      const model = confirmModel({ role });
      const choice = input<InputChoiceSet>(model, ConfirmInputs.role);
      assert.equal(choice.value, role);
      assert.equal(choice.style, 'compact');
      assert.deepEqual(choice.choices, [
        { title: 'Can view', value: 'read' },
        { title: 'Can edit', value: 'write' },
      ]);
      const parsed = assertCardParses(confirmCard(model));
      const parsedChoice = parsed.getAllInputs().find((i) => i.id === ConfirmInputs.role);
      assert.ok(parsedChoice instanceof AC.ChoiceSetInput);
      assert.equal(parsedChoice.defaultValue, role);
    });
  }

  for (const notify of [true, false]) {
    it(`sets "Notify by email" to ${notify}`, () => {
      const toggle = input<InputToggle>(confirmModel({ notify }), ConfirmInputs.notify);
      assert.equal(toggle.title, 'Notify by email');
      assert.equal(toggle.value, String(notify));
      assert.deepEqual([toggle.valueOn, toggle.valueOff], ['true', 'false']);
    });
  }

  it('offers an editable multi-line message, prefilled with the message as typed (not escaped)', () => {
    const message = 'Hi **Ana**,\n- see [this](http://evil.example)';
    const text = input<InputText>(confirmModel({ message }), ConfirmInputs.message);
    assert.equal(text.isMultiline, true);
    assert.equal(text.maxLength, 2000);
    assert.ok(text.placeholder);
    assert.equal(text.value, message);
  });

  it('leaves the message empty when none was given', () => {
    assert.equal(input<InputText>(confirmModel(), ConfirmInputs.message).value, undefined);
  });

  it('cuts a message longer than the limit so the input accepts it', () => {
    const text = input<InputText>(
      confirmModel({ message: `${'a'.repeat(1999)}😀tail` }),
      ConfirmInputs.message,
    );
    assert.equal(text.value, 'a'.repeat(1999));
    assert.ok((text.value ?? '').length <= maxMessageLength);
  });

  it('sends the inputs with Share and carries only the verb and request id', () => {
    const share = action(confirmModel(), 'Share');
    assert.equal(share.verb, Verbs.confirmShare);
    assert.equal(share.style, 'positive');
    assert.equal(share.associatedInputs, 'auto');
    assert.deepEqual(share.data, { verb: Verbs.confirmShare, requestId: 'req-confirm-1' });
  });

  it('cancels without sending or validating inputs', () => {
    const cancel = action(confirmModel(), 'Cancel');
    assert.equal(cancel.verb, Verbs.cancelShare);
    assert.equal(cancel.associatedInputs, 'none');
    assert.deepEqual(cancel.data, { verb: Verbs.cancelShare, requestId: 'req-confirm-1' });
  });

  it('puts nothing about the share (ids, emails, role) into action data', () => {
    const actionsJson = JSON.stringify(confirmCard(confirmModel({ role: 'write' })).actions);
    for (const secret of [reportItem.id, reportItem.driveId, ana.email ?? '', 'write', reportItem.webUrl]) {
      assert.ok(!actionsJson.includes(secret), `action data mentions ${secret}`);
    }
  });

  const endLine = 'Access ends Fri 12 Dec, 23:59 (your time). Sharebot removes it then.';
  it('says when access ends and who removes it', () =>
    assert.equal(lineWith(renderCard(confirmCard(confirmModel({ endLine }))), 'Access '), endLine));

  it('offers the end as a date and a time, filled in with the asked end', () => {
    const card = confirmCard(confirmModel({ endLine, endInputs: { date: '2026-12-12', time: '23:59' } }));
    const inputs = card.body.filter(
      (element) => element.type === 'Input.Date' || element.type === 'Input.Time',
    );
    assert.deepEqual(
      inputs.map((input) => [input.type, 'value' in input ? input.value : undefined]),
      [
        ['Input.Date', '2026-12-12'],
        ['Input.Time', '23:59'],
      ],
    );
  });

  it('leaves the end inputs empty when no end was asked', () => {
    const card = confirmCard(confirmModel());
    const date = card.body.find((element) => element.type === 'Input.Date');
    assert.ok(date && !('value' in date && date.value));
  });

  it('shows the notes under the details', () => {
    const note = 'Ana Lopez already has view access to this file.';
    assert.equal(
      lineWith(renderCard(confirmCard(confirmModel({ notes: [note] }))), 'already has'),
      `Note: ${note}`,
    );
  });

  it('links the file name to its webUrl and shows folder, size, date and who changed it', () => {
    const rendered = renderCard(confirmCard(confirmModel()));
    assert.deepEqual(rendered.links, [reportItem.webUrl]);
    assert.equal(lineWith(rendered, 'report.xlsx'), 'report.xlsx');
    assert.equal(lineWith(rendered, 'Location'), 'Location: /Reports · your OneDrive');
    assert.equal(
      lineWith(rendered, 'Size'),
      'Size: 24 KB · Modified {{DATE(2026-05-04T09:15:30Z, SHORT)}} by Ben Ito',
    );
  });

  const driveCases = [
    {
      name: 'a library folder',
      item: libraryFolder,
      location: 'Location: Design Team library',
      title: 'Share this folder?',
    },
    {
      name: 'a file shared by someone else',
      item: remoteItem,
      location: 'Location: shared with you by Maria Garcia',
      title: 'Share this file?',
    },
    {
      name: 'a file in an unnamed library',
      item: { ...libraryFolder, driveName: undefined, kind: 'file' as const },
      location: 'Location: a SharePoint library',
      title: 'Share this file?',
    },
  ];
  for (const { name, item, location, title } of driveCases) {
    it(`says where ${name} lives`, () => {
      const rendered = renderCard(confirmCard(confirmModel({ item })));
      assert.equal(lineWith(rendered, 'Location'), location);
      assert.equal(rendered.lines[0], title);
    });
  }

  it('does not link a file whose webUrl is not http(s)', () => {
    const rendered = renderCard(
      confirmCard(confirmModel({ item: { ...reportItem, webUrl: 'javascript:alert(1)' } })),
    );
    assert.deepEqual(rendered.links, []);
    assert.equal(lineWith(rendered, 'report.xlsx'), 'report.xlsx');
  });

  const recipientCases: { name: string; recipient: Partial<typeof ana>; expected: string }[] = [
    { name: 'a member', recipient: {}, expected: 'Ana Lopez (ana@contoso.com)' },
    { name: 'a guest', recipient: { guest: true }, expected: 'Ana Lopez (ana@contoso.com) · Guest' },
    {
      name: 'an external address',
      recipient: { external: true },
      expected: 'Ana Lopez (ana@contoso.com) · External',
    },
    { name: 'a group', recipient: { group: true }, expected: 'Ana Lopez (ana@contoso.com) · Group' },
    {
      name: 'someone who can already edit',
      recipient: { existingRole: 'write' },
      expected: 'Ana Lopez (ana@contoso.com) · already has edit access',
    },
    {
      name: 'someone who can already view',
      recipient: { existingRole: 'read' },
      expected: 'Ana Lopez (ana@contoso.com) · already has view access',
    },
    {
      name: 'an address with no name',
      recipient: { displayName: '', email: 'x@fabrikam.com', external: true },
      expected: 'x@fabrikam.com · External',
    },
  ];
  for (const { name, recipient, expected } of recipientCases) {
    it(`describes ${name} in words, not colour`, () => {
      const rendered = renderCard(confirmCard(confirmModel({ recipients: [{ ...ana, ...recipient }] })));
      assert.equal(lineWith(rendered, expected.slice(0, 8)), expected);
    });
  }

  it('lists at most five people who already have access, then "and N more"', () => {
    const existingAccess = Array.from({ length: 8 }, (_, i) => ({
      displayName: `Person ${i + 1}`,
      role: 'read',
      via: 'direct' as const,
    }));
    const rendered = renderCard(confirmCard(confirmModel({ existingAccess })));
    assert.equal(rendered.lines.filter((line) => line.startsWith('Person ')).length, 5);
    assert.ok(rendered.lines.includes('and 3 more'));
  });

  const accessCases = [
    {
      access: { displayName: 'Ben Ito', role: 'write', via: 'direct' as const },
      expected: 'Ben Ito · can edit',
    },
    {
      access: { displayName: 'Sales link', role: 'read', via: 'link' as const },
      expected: 'Sales link · can view (through a link)',
    },
    {
      access: { displayName: 'Site Owners', role: 'sp.full control', via: 'inherited' as const },
      expected: 'Site Owners · owner (inherited)',
    },
    {
      access: { displayName: 'Reviewers', role: 'sp.review', via: 'direct' as const },
      expected: 'Reviewers · sp.review',
    },
  ];
  for (const { access, expected } of accessCases) {
    it(`shows existing access as "${expected}"`, () => {
      assert.ok(renderCard(confirmCard(confirmModel({ existingAccess: [access] }))).lines.includes(expected));
    });
  }

  it('shows no access section when Graph listed nobody (inherited access may be unlisted)', () => {
    const lines = renderCard(confirmCard(confirmModel())).lines;
    assert.ok(!lines.some((line) => /already have access|nobody|no one/i.test(line)), lines.join('\n'));
  });

  it('heads the recipients with how many there are', () => {
    const two = [ana, { ...ana, displayName: 'Ben Ito', email: 'ben@contoso.com' }];
    assert.ok(renderCard(confirmCard(confirmModel())).lines.includes('Share with'));
    assert.ok(
      renderCard(confirmCard(confirmModel({ recipients: two }))).lines.includes('Share with 2 recipients'),
    );
  });
});
