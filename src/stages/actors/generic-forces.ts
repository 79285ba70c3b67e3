// State forces named generically: "Nigerian troops", "Iraq's army", "U.S. forces", or bare "soldiers", "police", "security forces".
import type { ActorEntry } from './actor-dictionary.ts';
import { allAcledCountries } from './acled-countries.ts';

const SOURCE = 'https://acleddata.com/methodology/acled-codebook (state forces: Military Forces of X, Police Forces of X)';

/** Nouns for a country's military when a demonym or the country's name comes first. */
const MILITARY_NOUNS = [
  'army', 'armed forces', 'military', 'military forces', 'troops', 'soldiers', 'soldier', 'forces', 'security forces',
  'government forces', 'special forces', 'air force', 'air forces', 'warplanes', 'jets', 'fighter jets', 'aircraft', 'drones', 'navy',
  'marines', 'commandos', 'defence forces', 'defense forces', 'gendarmes', 'gendarmerie', 'artillery', 'national army',
  'junta', 'military junta', 'regime', 'regime forces',
];
const POLICE_NOUNS = ['police', 'policemen', 'policeman', 'police officers', 'police officer', 'police forces', 'riot police', 'federal police', 'authorities'];

/** Bare mentions: the country comes from the event's place when the event is coded. */
const BARE_MILITARY = [
  'soldiers', 'soldier', 'troops', 'the army', 'army troops', 'army officers', 'army soldiers', 'government forces',
  'government troops', 'armed forces', 'military forces', 'the military', 'army units', 'special forces', 'gendarmes', 'regime forces',
  'intelligence forces', 'counter-terrorism forces', 'counterterrorism forces', 'counter-terrorism service', 'counter-terrorism units',
  'junta', 'the junta', 'junta troops', 'junta forces', 'junta soldiers', 'junta jets', 'junta fighter jet', 'junta fighter jets', 'junta aircraft',
  'military junta', 'military regime', 'regime troops', 'regime aircraft', 'regime warplanes', 'government warplanes', 'government aircraft',
];
const BARE_POLICE = ['police', 'policemen', 'policeman', 'police officers', 'police officer', 'riot police', 'riot policemen', 'riot officers', 'police forces', 'traffic police', 'police patrol'];
const BARE_SECURITY = ['security forces', 'security personnel', 'security men', 'security agents'];

const slug = (s: string): string => s.normalize('NFKD').replace(/[\u0300-\u036f]/g, '').toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '');

function entry(id: string, name: string, country: string | null, aliases: string[]): ActorEntry {
  return { id, name, type: 'state-forces', country, aliases, source: SOURCE };
}

/**
 * Generic state-force entries: per country, "<Demonym|Name|Name's> <noun>" for its military and its
 * police (ids "military-forces-<country>" and "police-forces-<country>", as in data/actors.json);
 * and three country-less entries ("military-forces", "police-forces", "security-forces") whose
 * country the event coder fills in from where the event happened.
 */
export function genericForceEntries(): ActorEntry[] {
  const out: ActorEntry[] = [];
  for (const c of allAcledCountries()) {
    const heads = [...c.adjectives, c.name, `${c.name}'s`];
    const phrases = (nouns: readonly string[]): string[] => heads.flatMap((h) => nouns.map((n) => `${h} ${n}`));
    out.push(entry(`military-forces-${slug(c.name)}`, `Military Forces of ${c.ofName}`, c.code, phrases(MILITARY_NOUNS)));
    out.push(entry(`police-forces-${slug(c.name)}`, `Police Forces of ${c.ofName}`, c.code, phrases(POLICE_NOUNS)));
  }
  out.push(entry('military-forces', 'Military Forces', null, BARE_MILITARY));
  out.push(entry('police-forces', 'Police Forces', null, BARE_POLICE));
  out.push(entry('security-forces', 'Security Forces', null, BARE_SECURITY));
  return out;
}

/** Whether an actor id is one of the country-less generic entries the event coder completes. */
export function isCountrylessForce(id: string | null | undefined): boolean {
  return id === 'military-forces' || id === 'police-forces' || id === 'security-forces';
}
