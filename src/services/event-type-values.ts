// Event type parameters as people type them: any case, either level of ACLED's taxonomy, with a suggestion when wrong.
import { EVENT_TYPES, SUB_EVENT_TYPES } from '../stages/events/acled-taxonomy.ts';
import { closestMatch } from '../util/closest-match.ts';

const SUB_TYPES = Object.keys(SUB_EVENT_TYPES);
const byLowerCase = (names: readonly string[]) => new Map(names.map((n) => [n.toLowerCase(), n]));
const EVENT_TYPE_NAMES = byLowerCase(EVENT_TYPES);
const SUB_TYPE_NAMES = byLowerCase(SUB_TYPES);

export type TypeLevel = 'event' | 'sub' | 'either';

/** Which types a level accepts, for messages and suggestions. */
function namesFor(level: TypeLevel): readonly string[] {
  return level === 'event' ? EVENT_TYPES : level === 'sub' ? SUB_TYPES : [...EVENT_TYPES, ...SUB_TYPES];
}

/** The event type and/or sub-event type `value` names (any case), or null when it names neither at `level`. */
export function resolveEventType(value: string, level: TypeLevel = 'either'): { eventType?: string; subEventType?: string } | null {
  const key = value.trim().toLowerCase();
  const eventType = level !== 'sub' ? EVENT_TYPE_NAMES.get(key) : undefined;
  if (eventType) return { eventType };
  const subEventType = level !== 'event' ? SUB_TYPE_NAMES.get(key) : undefined;
  return subEventType ? { subEventType } : null;
}

/** Why `value` is not a type at `level`, with the closest name when one is close; null when it is fine. */
export function eventTypeProblem(value: string, level: TypeLevel = 'either'): string | null {
  if (resolveEventType(value, level)) return null;
  if (level === 'event' && resolveEventType(value, 'sub')) return `"${value}" is a sub-event type: pass it as sub_event_type (or type)`;
  if (level === 'sub' && resolveEventType(value, 'event')) return `"${value}" is an event type: pass it as event_type (or type)`;
  const what = level === 'event' ? 'an ACLED event type' : level === 'sub' ? 'an ACLED sub-event type' : 'an ACLED event or sub-event type';
  const guess = closestMatch(value, namesFor(level));
  return guess
    ? `"${value}" is not ${what}; did you mean "${guess}"?`
    : `"${value}" is not ${what} (event types: ${EVENT_TYPES.join(', ')}${level === 'event' ? '' : '; or a sub-event type such as Armed clash'})`;
}
