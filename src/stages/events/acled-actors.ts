// Actors named the ACLED way: "Unidentified Armed Group (Iraq)", "Civilians (Iraq)", "Protesters (Iraq)", "Military Forces of Iraq".
import type { AcledActorCategory, ActorRef } from '../../article/records.ts';
import type { AcledCountry } from '../actors/acled-countries.ts';
import type { EventType, SubEventType } from './acled-taxonomy.ts';
import type { FoundActor } from './event-actors.ts';

const slugs = new Map<string, string>();
/** "Civilians (Iraq)" → "civilians-iraq" (cached: a few hundred names recur). */
function slug(s: string): string {
  let out = slugs.get(s);
  if (out === undefined) {
    out = s.normalize('NFKD').replace(/[\u0300-\u036f]/g, '').toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '');
    if (slugs.size < 10_000) slugs.set(s, out);
  }
  return out;
}

function made(name: string, text: string, category: AcledActorCategory): ActorRef {
  return { id: slug(name), name, text, category };
}

const within = (label: string, country: AcledCountry | null): string => (country ? `${label} (${country.name})` : label);
const forcesOf = (kind: 'Military' | 'Police', country: AcledCountry | null): string => (country ? `${kind} Forces of ${country.ofName}` : `${kind} Forces`);
const CROWD: ReadonlySet<EventType> = new Set(['Protests', 'Riots']);

export interface EventFrame {
  readonly eventType: EventType;
  readonly subEventType: SubEventType;
  /** The country where the event happened, which names the generic actors. */
  readonly country: AcledCountry | null;
}

/** A found actor under its ACLED name and category; generic ones take the event's country. */
function named(found: FoundActor, slot: 1 | 2, frame: EventFrame): ActorRef {
  const { country, eventType } = frame;
  const text = found.text;
  // Civilians who demonstrate ("dozens of residents blocked the highway") are the crowd.
  const crowdOfCivilians = found.type === 'civilians' && CROWD.has(eventType) && slot === 1;
  if (found.type === 'civilians' && !crowdOfCivilians) return made(within('Civilians', country), text, 'civilians');
  if (found.type === 'protesters' || found.type === 'rioters' || crowdOfCivilians) {
    const rioting = eventType === 'Riots' && slot === 1;
    return rioting || found.type === 'rioters' ? made(within('Rioters', country), text, 'rioters') : made(within('Protesters', country), text, 'protesters');
  }
  if (found.id === 'unidentified-armed-group') return made(within('Unidentified Armed Group', country), text, 'political-militia');
  if (found.id === 'military-forces' || found.id === 'police-forces' || found.id === 'security-forces') {
    const police = found.id === 'police-forces' || (found.id === 'security-forces' && CROWD.has(eventType));
    const kind = police ? 'Police' : 'Military';
    const id = country ? `${kind.toLowerCase()}-forces-${slug(country.name)}` : `${kind.toLowerCase()}-forces`;
    return { id, name: forcesOf(kind, country), text, category: 'state-forces' };
  }
  // Facing a crowd, "security forces" are the police in ACLED's coding; soldiers stay the military.
  if (CROWD.has(eventType) && found.type === 'state-forces' && found.id?.startsWith('military-forces-') && !/army|soldier|troop|military/i.test(text) && country) {
    return { id: `police-forces-${slug(country.name)}`, name: forcesOf('Police', country), text, category: 'state-forces' };
  }
  // State forces operating outside their own country are external forces in ACLED's categories.
  const abroad = found.type === 'state-forces' && found.country !== null && country !== null && found.country !== country.code;
  const category: AcledActorCategory | null = abroad ? 'external-forces' : found.type;
  return { id: found.id, name: found.name, text, category };
}

/**
 * ACLED's actor1 and actor2 for an event. Found actors keep their dictionary names (generic ones are
 * completed with the event's country); a missing initiator is "Protesters (C)" at a protest,
 * "Rioters (C)" at a riot and "Unidentified Armed Group (C)" in political violence; a missing target
 * is "Civilians (C)" in violence against civilians and "Police Forces of C" when a protest met an
 * intervention. Strategic developments keep what the text names.
 */
export function acledActors(found1: FoundActor | null, found2: FoundActor | null, frame: EventFrame): { actor1: ActorRef | null; actor2: ActorRef | null } {
  const { eventType, subEventType, country } = frame;
  let actor1 = found1 ? named(found1, 1, frame) : null;
  let actor2 = found2 ? named(found2, 2, frame) : null;
  const crowdFirst = actor2 && (actor2.category === 'protesters' || actor2.category === 'rioters') && actor1?.category === 'state-forces';
  const forcesFirst = actor1 && (actor1.category === 'protesters' || actor1.category === 'rioters') && actor2?.category === 'state-forces';
  if (subEventType === 'Excessive force against protesters') {
    // The forces are the initiator of excessive force; the crowd is its target.
    if (forcesFirst) [actor1, actor2] = [actor2, actor1];
    if (actor1?.category === 'protesters') [actor1, actor2] = [null, actor1];
    actor1 ??= made(forcesOf('Police', country), '', 'state-forces');
    actor2 ??= made(within('Protesters', country), '', 'protesters');
  } else if (CROWD.has(eventType) && crowdFirst) {
    // In a demonstration the crowd is actor1; the forces facing it are actor2.
    [actor1, actor2] = [actor2, actor1];
  } else if (CROWD.has(eventType) && actor1?.category === 'state-forces' && !actor2) {
    // "Police fired tear gas to disperse the crowd": the police face the crowd, which the coder names.
    [actor1, actor2] = [null, actor1];
  }
  if (!actor1) {
    if (eventType === 'Protests') actor1 = made(within('Protesters', country), '', 'protesters');
    else if (eventType === 'Riots') actor1 = made(within('Rioters', country), '', 'rioters');
    else if (eventType !== 'Strategic developments') actor1 = made(within('Unidentified Armed Group', country), '', 'political-militia');
  }
  if (!actor2) {
    if (eventType === 'Violence against civilians') actor2 = made(within('Civilians', country), '', 'civilians');
    else if (subEventType === 'Protest with intervention') actor2 = made(forcesOf('Police', country), '', 'state-forces');
  }
  if (actor2 && actor1 && actor2.name === actor1.name) actor2 = null;
  return { actor1, actor2 };
}
