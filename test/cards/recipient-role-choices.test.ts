import assert from 'node:assert/strict';
import type { InputChoiceSet } from '../../src/cards/adaptive-card';
import { confirmCard } from '../../src/cards/confirm-card';
import {
  type ConfirmCardModel,
  ConfirmInputs,
  type RecipientView,
  recipientRoleInput,
} from '../../src/cards/models';
import { allElements } from '../support/card-queries';
import { AC } from './helpers/adaptivecards-lib';
import { ana, confirmModel } from './helpers/fixtures';
import { assertCardParses } from './helpers/parse-card';

const lee: RecipientView = { ...ana, displayName: 'Lee Chen', email: 'lee.chen@contoso.com' };

function choiceSets(model: ConfirmCardModel): InputChoiceSet[] {
  return allElements(confirmCard(model)).filter((e): e is InputChoiceSet => e.type === 'Input.ChoiceSet');
}

describe('the role choice per recipient on the confirmation card', () => {
  const perPerson = confirmModel({
    role: 'read',
    recipients: [
      { ...ana, role: 'write' },
      { ...lee, role: 'read' },
    ],
  });

  it('offers one choice per recipient, named after them, preset to their own role', () => {
    const sets = choiceSets(perPerson);
    assert.deepEqual(
      sets.map((s) => [s.id, s.label, s.value]),
      [
        [recipientRoleInput(0), 'Access for Ana Lopez', 'write'],
        [recipientRoleInput(1), 'Access for Lee Chen', 'read'],
      ],
    );
    for (const set of sets) {
      assert.deepEqual(
        set.choices.map((c) => c.value),
        ['read', 'write'],
      );
    }
  });

  it('parses in the Adaptive Cards library with each choice as its own input', () => {
    const parsed = assertCardParses(confirmCard(perPerson));
    const inputs = parsed.getAllInputs().filter((i) => i instanceof AC.ChoiceSetInput);
    assert.deepEqual(
      inputs.map((i) => [i.id, i.defaultValue]),
      [
        ['role.0', 'write'],
        ['role.1', 'read'],
      ],
    );
  });

  it('keeps the single Access choice when no recipient carries a role of their own', () => {
    const sets = choiceSets(confirmModel({ role: 'write', recipients: [ana, lee] }));
    assert.deepEqual(
      sets.map((s) => [s.id, s.label, s.value]),
      [[ConfirmInputs.role, 'Access', 'write']],
    );
  });

  it('puts each choice right under its recipient', () => {
    const body = allElements(confirmCard(perPerson)).map((e) =>
      e.type === 'TextBlock' ? `text:${e.text}` : e.type === 'Input.ChoiceSet' ? `choice:${e.id}` : e.type,
    );
    const ana0 = body.findIndex((line) => line.startsWith('text:') && line.includes('Ana Lopez'));
    assert.equal(body[ana0 + 1], 'choice:role.0');
    const lee1 = body.findIndex((line) => line.startsWith('text:') && line.includes('Lee Chen'));
    assert.equal(body[lee1 + 1], 'choice:role.1');
  });
});
