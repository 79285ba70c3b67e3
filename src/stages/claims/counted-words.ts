// The words that say what a count counts: harm verbs (killed, wounded, abducted…), their nominal forms, and counted nouns.
import type { ClaimCounted } from '../../article/records.ts';

/** A verb or participle of harm or capture, in the forms news prose uses, with what it makes the count count. */
const VERB_KINDS: ReadonlyArray<readonly [ClaimCounted, string]> = [
  ['killed', 'kill(?:ed|ing|s)?|fatally (?:shot|stabbed|wounded|injured)|shot dead|shot and killed|shot to death|stoned to death|gunned down|slain|slaughtered|died|dead|perished|executed|executing|beheaded|beheading|murdered|murdering|massacred|massacring|lost (?:their|his|her) lives|lost (?:his|her) life|eliminated|eliminating|neutrali[sz]ed|neutrali[sz]ing|burned to death|burnt to death'],
  ['wounded', 'wound(?:ed|ing|s)?|injur(?:ed|ing|es)|hurt|shot|maimed|hospitali[sz]ed|taken (?:to (?:a |the )?hospital|for treatment)|rushed to (?:a |the )?hospital|admitted to (?:a |the )?hospital|treated for (?:injuries|wounds)|sustained (?:\\w+ )?(?:gunshot )?(?:wounds|injuries)'],
  ['abducted', 'abduct(?:ed|ing|s)?|kidnap(?:ped|ping|s)?|taken hostage|taken captive|taken away|taking away|taking hostage|taken|whisked away|seized|snatched|disappeared|held hostage'],
  ['arrested', 'arrest(?:ed|ing|s)?|detain(?:ed|ing|s)?|apprehend(?:ed|ing|s)?|captur(?:ed|ing)|caught|rounded up|taken into custody|jailed|imprisoned'],
  ['displaced', 'displac(?:ed|ing)|fled|fleeing|forced to flee|forced from their homes|driven from their homes|uprooted|evacuated|made homeless|sheltering'],
  ['destroyed', 'destroy(?:ed|ing|s)?|burn(?:ed|t|ing)(?: down)?|razed|demolish(?:ed|ing)|collapsed|flattened|damag(?:ed|ing)|torched|set ablaze|set on fire|blown up'],
  ['munitions', 'fir(?:ed|ing)|launch(?:ed|ing)|dropp(?:ed|ing)|lobbed|intercept(?:ed|ing)|shot down'],
];

/** Split an alternation at its top level only ("kill(?:ed|ing)?|slain" → two forms). */
function topLevelForms(source: string): string[] {
  const forms: string[] = [];
  let depth = 0;
  let from = 0;
  for (let i = 0; i < source.length; i++) {
    if (source[i] === '(') depth++;
    else if (source[i] === ')') depth--;
    else if (source[i] === '|' && depth === 0) { forms.push(source.slice(from, i)); from = i + 1; }
  }
  forms.push(source.slice(from));
  return forms;
}

/** Every verb form above as one alternation (regex source), longest first so "shot dead" wins over "shot". */
export const VERB_SOURCE = VERB_KINDS.flatMap(([, forms]) => topLevelForms(forms)).sort((a, b) => b.length - a.length).join('|');
/** A harm verb at the start of a string; group 1 is the verb. */
const ALL_VERBS = VERB_SOURCE;
export const VERB_AT_START = new RegExp(`^(${ALL_VERBS})\\b`, 'i');
/** A harm verb at the end of a string (followed only by space); group 1 is the verb. */
export const VERB_AT_END = new RegExp(`\\b(${ALL_VERBS})\\s*$`, 'i');

const KIND_OF_VERB = VERB_KINDS.map(([kind, forms]) => [kind, new RegExp(`^(?:${forms})$`, 'i')] as const);

/** What a harm verb makes a count count ("shot dead" → killed, "kidnapped" → abducted); null for other words. */
export function kindOfVerb(verb: string): ClaimCounted | null {
  const v = verb.toLowerCase().replace(/\s+/g, ' ');
  for (const [kind, pattern] of KIND_OF_VERB) if (pattern.test(v)) return kind;
  return null;
}

/** Nominal forms that count by themselves: "the death of 12", "the arrest of seven", "a death toll of 40". */
export const NOMINAL_BEFORE = /\b(deaths?|killings?|death toll|toll|fatalities|bodies|injuries|injury|arrests?|detentions?|abductions?|kidnappings?|displacement|evacuation|destruction)\s+(?:(?:has|have|had|was|is|stands?|stood|rose|rises|risen|climbed|reached|jumped|increased|went up|now)\s+)*(?:of|at|to|reached|hit)\s+$/i;

const NOMINAL_KIND: Readonly<Record<string, ClaimCounted>> = {
  death: 'killed', deaths: 'killed', killing: 'killed', killings: 'killed', 'death toll': 'killed', toll: 'killed', fatalities: 'killed', bodies: 'killed',
  injuries: 'wounded', injury: 'wounded',
  arrest: 'arrested', arrests: 'arrested', detention: 'arrested', detentions: 'arrested',
  abduction: 'abducted', abductions: 'abducted', kidnapping: 'abducted', kidnappings: 'abducted',
  displacement: 'displaced', evacuation: 'displaced', destruction: 'destroyed',
};

/** The kind a nominal before a count gives ("death toll" → killed). */
export function kindOfNominal(word: string): ClaimCounted | null {
  return NOMINAL_KIND[word.toLowerCase()] ?? null;
}

/** Counted nouns that say by themselves what is counted, whatever the verb. Heads are matched singular or plural. */
const NOUN_KINDS: ReadonlyArray<readonly [ClaimCounted, RegExp]> = [
  ['killed', /^(?:dead|deaths?|bodies|body|corpses?|fatalities|fatality|lives|killed|martyrs?)$/i],
  ['wounded', /^(?:wounded|injured|injuries|injury)$/i],
  ['abducted', /^(?:hostages?|captives?|abductees?|kidnappings?|abductions?|abducted|kidnapped)$/i],
  ['arrested', /^(?:arrests?|detainees?|detentions?|arrested|detained|prisoners?)$/i],
  ['displaced', /^(?:refugees?|idps?|evacuees?|displaced|asylum-seekers?)$/i],
  ['attacks', /^(?:attacks?|strikes?|airstrikes?|air strikes?|drone strikes?|raids?|bombings?|operations?|assaults?|ambushes|ambush|incidents?|acts?|explosions?|blasts?|shellings?|offensives?|clashes|sorties?|missions?)$/i],
  ['munitions', /^(?:missiles?|rockets?|bombs?|shells?|mortars?|mortar rounds?|rounds?|drones?|grenades?|ieds?|mines?|landmines?|munitions?|explosives?|projectiles?|consignments?|warheads?|weapons?|rifles?|guns?|pistols?|bullets?|ammunition|cartridges?)$/i],
  ['forces', /^(?:fighters?|troops?|soldiers?|militants?|members?|recruits?|personnel|police(?:men)?|officers?|forces?|insurgents?|rebels?|jihadists?|combatants?|militiamen|gunmen|guards?|service ?members?|servicemen|marines?|contractors?|mercenaries|volunteers?|militias?|battalions?|brigades?|units?|commanders?|cells?|warplanes?|jets?|tanks?|vehicles?|trucks?|motorcycles?|boats?|helicopters?|attackers?|assailants?|bandits?|strong)$/i],
];

/** Things, not people: a person-harm verb on them ("captured one gun truck", "seized 234 pistols") does not count casualties. */
export const THING_HEAD = /^(?:weapons?|arms|guns?|rifles?|pistols?|bullets?|rounds?|ammunition|cartridges?|explosives?|ieds?|mines?|bombs?|grenades?|missiles?|rockets?|shells?|mortars?|drones?|vehicles?|cars?|trucks?|motorcycles?|motorbikes?|tanks?|boats?|ships?|helicopters?|jets?|warplanes?|aircraft|planes?|houses?|homes?|buildings?|shops?|villages?|towns?|bases?|positions?|posts?|checkpoints?|tunnels?|caves?|depots?|warehouses?|consignments?|caches?|kilograms?|kg|tonnes?|tons?|drugs?|documents?|phones?|cash|items?)$/i;

/** What a counted noun's head says is counted by itself, or null when the noun is neutral ("people", "civilians"). */
export function kindOfNoun(head: string): ClaimCounted | null {
  for (const [kind, pattern] of NOUN_KINDS) if (pattern.test(head)) return kind;
  return null;
}

/** Heads that name people (singular or plural); capitalised demonyms and "-ers"/"-ists"/"-ians" count as people too. */
const PERSON_HEAD = /^(?:people|persons?|individuals?|civilians?|residents?|villagers?|m[ae]n|wom[ae]n|child(?:ren)?|boys?|girls?|students?|pupils?|teachers?|worshippers?|pilgrims?|protesters?|demonstrators?|farmers?|shepherds?|hunters?|workers?|fishermen|famil(?:y|ies)|relatives?|locals?|passengers?|journalists?|medics?|doctors?|nurses?|refugees?|migrants?|citizens?|nationals?|foreigners?|teenagers?|minors?|infants?|bab(?:y|ies)|adults?|traders?|merchants?|miners?|herders?|youths?|wi(?:fe|ves)|husbands?|sons?|daughters?|brothers?|sisters?|members?|fighters?|troops?|soldiers?|militants?|police(?:m[ae]n)?|officers?|insurgents?|rebels?|jihadists?|gunm[ae]n|militiam[ae]n|guards?|recruits?|personnel|terrorists?|suspects?|combatants?|vigilantes?|attackers?|assailants?|bandits?|contractors?|volunteers?|auxiliar(?:y|ies)|commanders?|leaders?|officials?|employees?|colleagues?|staff|crew|victims?|hostages?|captives?|prisoners?|detainees?|inmates?|crew members?|sailors?|seamen|marines?|pilots?|abductees?)$/i;

/** Whether a counted noun phrase names people ("suspected members", "Palestinians", "truffle hunters"). */
export function isPersonNoun(noun: string): boolean {
  const head = noun.trim().split(/\s+/).at(-1)!;
  return PERSON_HEAD.test(head) || /^[A-Z][a-z]+(?:ians?|is|ese|ish|s)$/.test(head) || /(?:ers|ists|ians)$/i.test(head);
}
