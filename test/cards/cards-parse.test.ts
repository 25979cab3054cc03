import assert from 'node:assert/strict';
import { Verbs } from '../../src/cards/models';
import { choiceLabelLimit } from '../../src/cards/pick-card';
import { allActions, rawActionTypes, textBlocks } from '../support/card-queries';
import { allCards } from './helpers/all-cards';
import { assertCardParses, parseCard } from './helpers/parse-card';

const knownVerbs = new Set<string>(Object.values(Verbs));

describe('every card Sharebot sends', () => {
  for (const { name, card } of allCards) {
    describe(name, () => {
      it('parses with the adaptivecards library without any error or warning', () => {
        assertCardParses(card);
      });

      it('declares version 1.5 and survives a JSON round trip', () => {
        assert.equal(card.version, '1.5');
        assertCardParses(JSON.parse(JSON.stringify(card)));
      });

      it('uses Action.Execute or Action.OpenUrl only, never Action.Submit', () => {
        for (const type of rawActionTypes(card))
          assert.ok(['Action.Execute', 'Action.OpenUrl'].includes(type), type);
      });

      it('puts only verb, requestId and choice in action data, with a known verb', () => {
        for (const action of allActions(card)) {
          if (action.type !== 'Action.Execute') continue;
          assert.ok(
            Object.keys(action.data).every((key) => ['verb', 'requestId', 'choice'].includes(key)),
            JSON.stringify(action.data),
          );
          assert.ok(knownVerbs.has(action.verb), action.verb);
          assert.equal(action.data.verb, action.verb);
          assert.equal(typeof action.data.requestId, 'string');
        }
      });

      it("wraps every TextBlock and keeps button titles short (a choice's name within its limit)", () => {
        for (const block of textBlocks(card)) assert.equal(block.wrap, true, block.text);
        for (const action of allActions(card)) {
          const choice = action.type === 'Action.Execute' ? action.data.choice : undefined;
          const limit = choice !== undefined && choice !== 'none' ? choiceLabelLimit : 14;
          assert.ok(action.title.length <= limit, action.title);
        }
      });
    });
  }
});

describe('parseCard', () => {
  const broken: { name: string; json: unknown; expected: RegExp }[] = [
    {
      name: 'an unknown element type',
      json: { type: 'AdaptiveCard', version: '1.5', body: [{ type: 'Bogus' }] },
      expected: /Bogus/,
    },
    {
      name: 'a misspelt property',
      json: { type: 'AdaptiveCard', version: '1.5', body: [{ type: 'TextBlock', text: 'x', wrapp: true }] },
      expected: /unknown property "wrapp"/,
    },
    {
      name: 'a property newer than the card version',
      json: {
        type: 'AdaptiveCard',
        version: '1.5',
        body: [{ type: 'Input.Text', id: 'a', label: 'A', labelPosition: 'inline' }],
      },
      expected: /"labelPosition" needs version 1\.6/,
    },
    {
      name: 'duplicate input ids',
      json: {
        type: 'AdaptiveCard',
        version: '1.5',
        body: [
          { type: 'Input.Text', id: 'a', label: 'A' },
          { type: 'Input.Text', id: 'a', label: 'B' },
        ],
      },
      expected: /DuplicateId|duplicate/i,
    },
    {
      name: 'an Action.Execute on a 1.3 card',
      json: {
        type: 'AdaptiveCard',
        version: '1.3',
        body: [],
        actions: [{ type: 'Action.Execute', title: 'Go', verb: 'x' }],
      },
      expected: /Action\.Execute|verb|1\.4/,
    },
  ];
  for (const { name, json, expected } of broken) {
    it(`reports ${name}`, () => {
      const report = parseCard(json);
      assert.match([...report.events, ...report.unknownProperties].join('\n'), expected);
      assert.throws(() => assertCardParses(json));
    });
  }
});
