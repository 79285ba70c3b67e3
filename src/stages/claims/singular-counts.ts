// Counts of one that the number grammar leaves out: "a police officer was killed", "killed a woman", "another was injured".

/** A count of one found in a sentence: offsets of its determiner, relative to the sentence. */
export interface SingularCount {
  readonly start: number;
  readonly end: number;
}

/** "a", "an", "one", "another" before a noun or a verb; "one of …" only before people ("one of his colleagues"), and "a few/dozen/…" are not a person counted. */
const DETERMINER = /(?<!\b(?:[Nn]o|[Nn]ot|[Nn]ot even|[Nn]obody|[Ee]very|[Aa]ny)[\s-]+)\b(?:[Aa]n?|[Oo]ne|[Aa]nother)\b(?!\s+(?:of(?!\s+(?:the|his|her|their|its|our)\s+[a-z]+(?:s|men|people|children)\b)|few|dozen|couple|handful|number|total|series|lot|hundred|thousand|million|bit|little|day|week|month|year|time|statement|spokes\w+|source|official)\b)/g;

/**
 * Determiners in `sentence` that may count one person ("a shepherd", "another"). Whether one is a
 * claim is decided by the caller: only when a harm verb governs it (killed, wounded, abducted,
 * arrested) and it counts a person.
 */
export function singularCounts(sentence: string): SingularCount[] {
  const out: SingularCount[] = [];
  for (const m of sentence.matchAll(DETERMINER)) out.push({ start: m.index, end: m.index + m[0].length });
  return out;
}

/** Person nouns a count of one may count (singular); capitalised demonyms ("a Palestinian") count too. */
const PERSON = /^(?:person|man|woman|child|boy|girl|civilian|resident|villager|student|pupil|teacher|worshipper|pilgrim|protester|demonstrator|farmer|shepherd|hunter|worker|fisherman|relative|local|passenger|journalist|reporter|medic|doctor|nurse|refugee|migrant|citizen|national|foreigner|teenager|minor|infant|baby|adult|trader|merchant|miner|herder|youth|wife|husband|son|daughter|brother|sister|member|fighter|soldier|militant|policeman|officer|insurgent|rebel|jihadist|gunman|militiaman|guard|recruit|terrorist|suspect|combatant|vigilante|attacker|assailant|bandit|contractor|volunteer|commander|leader|official|employee|colleague|victim|hostage|captive|prisoner|detainee|inmate|auxiliary|cleric|imam|priest|chief|mayor|councillor|lawmaker|judge|lawyer|activist|driver|security)$/i;

/** Whether a counted head (singular) names a person, so a harm verb makes a count of one a claim. */
export function isPersonHead(head: string | null): boolean {
  if (head === null) return true; // "another was injured": the person is the one counted before
  // "one of his colleagues": the plural names the kind of person the one is.
  const singulars = [head.replace(/(?<=[a-z])s$/, ''), head.replace(/(?<=[a-z])es$/, ''), head.replace(/men$/i, 'man'), head.replace(/ies$/i, 'y')];
  return PERSON.test(head) || singulars.some((w) => PERSON.test(w)) || /^[A-Z][a-z]+(?:ian|i|ese|ish)$/.test(head);
}
