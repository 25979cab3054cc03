import type * as Lib from 'adaptivecards';
import { AC } from './adaptivecards-lib';

/** Keys the library parses outside an object's property schema (child collections and fallback). */
const structuralKeys = new Set(['fallback', 'body', 'items', 'actions', 'columns']);

/** What parsing one card produced: the parsed card and every problem found. */
export interface CardParseReport {
  card: Lib.AdaptiveCard;
  /** Parse and validation events reported by the library (errors and warnings alike). */
  events: string[];
  /** Properties the library does not know, or that need a newer version than the card declares. */
  unknownProperties: string[];
}

/** Lists keys of `source` that `object`'s schema does not define or that its version cannot use. */
function checkProperties(
  object: Lib.SerializableObject,
  source: unknown,
  cardVersion: Lib.Version,
  where: string,
): string[] {
  if (typeof source !== 'object' || source === null) return [];
  const schema = object.getSchema();
  const known = new Map<string, Lib.PropertyDefinition>();
  for (let i = 0; i < schema.getCount(); i++) {
    const property = schema.getItemAt(i);
    known.set(property.name, property);
  }
  const problems: string[] = [];
  for (const key of Object.keys(source)) {
    if (structuralKeys.has(key)) continue;
    const property = known.get(key);
    if (!property) problems.push(`${where}: unknown property "${key}"`);
    else if (property.targetVersion.compareTo(cardVersion) > 0) {
      problems.push(`${where}: "${key}" needs version ${property.targetVersion.toString()}`);
    }
  }
  return problems;
}

/**
 * Parses card JSON with the adaptivecards library, collecting parse events through a
 * SerializationContext, validation events from validateProperties, and properties the library
 * would silently drop (typos, or features newer than the card's version).
 */
export function parseCard(json: unknown): CardParseReport {
  const declared = (json as { version?: string }).version ?? '1.0';
  const cardVersion = AC.Version.parse(declared, new AC.SerializationContext()) ?? AC.Versions.v1_0;
  const unknownProperties: string[] = [];
  const context = new AC.SerializationContext(cardVersion);
  context.onParseElement = (element, source) => {
    unknownProperties.push(...checkProperties(element, source, cardVersion, element.getJsonTypeName()));
  };
  context.onParseAction = (action, source) => {
    unknownProperties.push(...checkProperties(action, source, cardVersion, action.getJsonTypeName()));
  };
  const card = new AC.AdaptiveCard();
  card.parse(json, context);
  unknownProperties.push(...checkProperties(card, json, cardVersion, 'AdaptiveCard'));
  const describe = (event: Lib.IValidationEvent) =>
    `${AC.ValidationPhase[event.phase]} ${AC.ValidationEvent[event.event]}: ${event.message}`;
  const events: string[] = [];
  for (let i = 0; i < context.eventCount; i++) events.push(describe(context.getEventAt(i)));
  events.push(...card.validateProperties().validationEvents.map(describe));
  return { card, events, unknownProperties };
}

/** Parses a card and throws, listing every problem, unless it parsed without any error or warning. */
export function assertCardParses(json: unknown): Lib.AdaptiveCard {
  const report = parseCard(json);
  const problems = [...report.events, ...report.unknownProperties];
  if (problems.length > 0) {
    throw new Error(
      `Card did not parse cleanly:\n  ${problems.join('\n  ')}\n${JSON.stringify(json, null, 2)}`,
    );
  }
  return report.card;
}
