// ACLED's event taxonomy: 6 event types, 25 sub-event types, and the precedence between types.

export const EVENT_TYPES = [
  'Battles',
  'Explosions/Remote violence',
  'Violence against civilians',
  'Protests',
  'Riots',
  'Strategic developments',
] as const;
export type EventType = (typeof EVENT_TYPES)[number];

export const SUB_EVENT_TYPES = {
  'Armed clash': 'Battles',
  'Government regains territory': 'Battles',
  'Non-state actor overtakes territory': 'Battles',
  'Chemical weapon': 'Explosions/Remote violence',
  'Air/drone strike': 'Explosions/Remote violence',
  'Suicide bomb': 'Explosions/Remote violence',
  'Shelling/artillery/missile attack': 'Explosions/Remote violence',
  'Remote explosive/landmine/IED': 'Explosions/Remote violence',
  'Grenade': 'Explosions/Remote violence',
  'Sexual violence': 'Violence against civilians',
  'Attack': 'Violence against civilians',
  'Abduction/forced disappearance': 'Violence against civilians',
  'Peaceful protest': 'Protests',
  'Protest with intervention': 'Protests',
  'Excessive force against protesters': 'Protests',
  'Violent demonstration': 'Riots',
  'Mob violence': 'Riots',
  'Agreement': 'Strategic developments',
  'Arrests': 'Strategic developments',
  'Change to group/activity': 'Strategic developments',
  'Disrupted weapons use': 'Strategic developments',
  'Headquarters or base established': 'Strategic developments',
  'Looting/property destruction': 'Strategic developments',
  'Non-violent transfer of territory': 'Strategic developments',
  'Other': 'Strategic developments',
} as const satisfies Record<string, EventType>;
export type SubEventType = keyof typeof SUB_EVENT_TYPES;

/** Lower ranks win when one report mixes types (a battle outranks the airstrike inside it). */
export function typePrecedence(type: EventType): number {
  return EVENT_TYPES.indexOf(type);
}
