// actor1 (initiator) and actor2 (target) of one mention, read from the `actors` spans of its clause by syntax cues.
import { layer, type Article } from '../../article/article.ts';
import type { ActorType, ActorValue } from '../../article/layer-values.ts';
import type { Span } from '../../article/span.ts';
import type { EventMention } from './detect-mentions.ts';
import { spanIndex } from './span-index.ts';
import { acledCountry } from '../actors/acled-countries.ts';

/** An actor as found in the text, before ACLED naming: the dictionary's id, name, category and country. */
export interface FoundActor {
  readonly id: string | null;
  readonly name: string;
  readonly type: ActorType | null;
  readonly country: string | null;
  readonly text: string;
  /** True for a generic mention linked to the article's main actor ("the militants"). */
  readonly inferred: boolean;
}

const within = (s: Span, start: number, end: number): boolean => s.start >= start && s.end <= end;
const valueOf = (s: Span): ActorValue => s.value as unknown as ActorValue;
const CROWD_LABELS = new Set(['PEACE_PROTEST', 'PROTEST_WITH_INTER', 'FORCE_AGAINST_PROTEST', 'VIOL_DEMONSTR', 'MOB_VIOL']);
const CIVILIAN_LABELS = new Set(['ATTACK', 'ABDUCT_DISSAP', 'SEX_VIOL']);
/** Explosions whose victims are named as people or civilians target civilians in ACLED's coding. */
const EXPLOSION_LABELS = new Set(['SUIC_BOMB', 'REM_EXPLOS', 'AIR_STRIKE', 'ART_MISS_ATTACK', 'GRENADE', 'CHEM_WEAP']);
const PEOPLE_KILLED = /\b(?:people|civilians?|residents|shoppers|worshipp?ers|pilgrims|passengers|children|women|villagers|students|mourners|bystanders|passers-by)\b/i;
const CIVILIAN_TARGET = /\b(civilians?|villagers?|residents?|worshipp?ers?|farmers?|traders?|students?|children|women|families|(?:truffle )?hunters|passengers|pilgrims|shepherds?|herders|informants?|mukhtars|man|men|woman|boys?|girls?|people|person|brothers|shoppers|family)\b/i;
/** A clause whose subject points back ("They shot…", "The militants then…") takes its initiator from the previous sentence. */
const ANAPHORIC_SUBJECT = /^\s*(?:they|he|she|it|the (?:group|militants|gunmen|attackers|fighters|assailants))\b/i;
/** "Y was ambushed by X": the words between the trigger and the "by" phrase. */
const PASSIVE_BY = /^\s+(?:[\w-]+\s+){0,4}?by\s+(?:the\s+|a\s+|suspected\s+|alleged\s+)*$/i;
const PASSIVE_BEFORE = /\b(?:was|were|been|being|is|are|got)\s+(?:\w+ly\s+)?$/i;

export function foundActor(article: Article, span: Span): FoundActor {
  const v = valueOf(span);
  const text = article.text.slice(span.start, span.end);
  return { id: v.id ?? null, name: v.name ?? text, type: v.type ?? null, country: v.country ?? null, text, inferred: v.inferred === true };
}

/** An actor named right before an attack noun is its author: "an Islamic State attack", "a Boko Haram raid". */
const ATTACK_NOUN_AFTER = /^(?:\s*\([^()]{1,30}\))?(?:['’]s)?\s+(?:[\w-]+\s+){0,2}?(?:attack|assault|ambush|raid|offensive|bombing|airstrike|air strike|drone strike|strike|shelling|onslaught|incursion|operation|warplanes?|jets?|aircraft|drones?|helicopters?|artillery)s?\b/i;
/** "the incursion of ADF fighters into …", "an assault by the militants": the group an attack noun names as its author. */
const ATTACK_NOUN_BEFORE = /\b(?:attacks?|assaults?|incursions?|raids?|offensives?|onslaught|ambush(?:es)?)\s+(?:of|by)\s+(?:the\s+|suspected\s+)*$/i;
/** Patients of a passive harm verb: "Eight soldiers were killed", "a shepherd was kidnapped". */
const PASSIVE_HARM = /^[^.;]{0,40}?\b(?:(?:was|were|been|being|got)\s+(?:\w+ly\s+)?(?:killed|wounded|injured|shot|kidnapped|abducted|arrested|detained|attacked|ambushed|targeted|captured|executed|beheaded|hit|struck|seized|taken)|died|perished)\b/i;
/** Verbs whose object is the attacker: "troops repelled an attack by ISWAP", "ISWAP fighters … were repelled by troops". */
const REPELLING = /^(?:repel|repuls|foil|thwart|fend|fought off|beat back|beaten back)/i;
/** "in clashes with X", "fighting with X": X is the other side of a clash. */
/** "clashes between X and Y": X the first side, Y the second. */
const BETWEEN_SIDES = /\b(?:clash(?:es|ed)?|fighting|battles?|gunfights?|firefights?|skirmish(?:es)?|exchanges? of fire)\s+between\s+(?:the\s+)?$/i;
const WITH_PARTNER = /\b(?:clash(?:es|ed)?|fighting|fight|battles?|gunfights?|firefights?|exchange of fire|skirmish(?:es)?)\s+(?:\w+\s+){0,2}?(?:with|against)\s+(?:the\s+|suspected\s+)*$/i;

/**
 * actor1 and actor2 of a mention, from the `actors` spans of its clause (speakers of attributions
 * excluded: "the Security Media Cell said" reports, it does not act). An actor named before an
 * attack noun is the author ("an ISIS attack"). In a passive clause the patient ("Eight soldiers
 * were killed", "four members of the VDP died") is actor2 and the agent ("by X", "X attack") actor1; with only a clash partner
 * ("in clashes with IS") the patient is the first side and the partner the second. In an active
 * clause the first actor before the trigger is actor1 and the first after it actor2. With no target
 * for violence against civilians, civilian words ("12 truffle hunters") make it civilians; explosions
 * that killed "people" likewise. A pronoun subject ("They shot him") takes actor1 from the previous
 * sentence. A civilian actor1 outside demonstrations and riots becomes actor2. The side that repels
 * an attack is its target.
 */
export function mentionActors(article: Article, m: EventMention): { actor1: FoundActor | null; actor2: FoundActor | null } {
  const text = article.text;
  const speakers = spanIndex(article, 'sources');
  const actors = spanIndex(article, 'actors');
  // Speakers report events, they do not act in them, unless they speak of what they did themselves ("X said it has liberated …").
  const spoken = (s: Span): boolean =>
    (speakers.overlaps(s.start, s.end) && !SELF_REPORT.test(text.slice(s.end, s.end + 60))) ||
    HEADLINE_SPEAKER.test(text.slice(Math.max(0, s.start - 30), s.end + 2)) || SOURCE_BEFORE.test(text.slice(Math.max(0, s.start - 30), s.start));
  const inClause = actors.within(m.clauseStart, m.clauseEnd);
  const spans = [...inClause.filter((s) => !spoken(s)), ...demonymAuthors(article, m)].sort((a, b) => a.start - b.start);
  if (m.label === 'ARREST' || m.label === 'DISR_WEAP') return arrestActors(article, inClause, spans);
  const before = spans.filter((s) => s.end <= m.triggerStart);
  const after = spans.filter((s) => s.start >= m.triggerEnd);
  const author = spans.find((s) => ATTACK_NOUN_AFTER.test(text.slice(s.end, s.end + 40)))
    ?? (before.length ? undefined : spans.find((s) => s.start > m.triggerStart && ATTACK_NOUN_BEFORE.test(text.slice(Math.max(m.clauseStart, s.start - 40), s.start))));
  const patient = spans.find((s) => PASSIVE_HARM.test(text.slice(s.end, m.clauseEnd)) && s !== author);
  const byAgent = spans.find((s) => s.start > (patient?.end ?? m.triggerStart) && PASSIVE_BY.test(text.slice(patient?.end ?? m.triggerEnd, s.start).replace(/^.*\b(?:was|were|been|being|got)\s+/i, ' ')));
  const partner = spans.find((s) => WITH_PARTNER.test(text.slice(Math.max(m.clauseStart, s.start - 40), s.start)));
  const passive = PASSIVE_BEFORE.test(text.slice(m.clauseStart, m.triggerStart));
  let actor1: Span | undefined;
  let actor2: Span | undefined;
  const firstSide = spans.find((s) => BETWEEN_SIDES.test(text.slice(Math.max(m.clauseStart, s.start - 40), s.start)));
  const secondSide = firstSide && spans.find((s) => s.start > firstSide.end && /^\s+and\s+(?:the\s+)?$/i.test(text.slice(firstSide.end, s.start)));
  if (firstSide && secondSide) {
    actor1 = firstSide;
    actor2 = secondSide;
  } else if (patient) {
    actor2 = patient;
    actor1 = byAgent ?? author ?? undefined;
    if (!actor1 && partner && partner !== patient) [actor1, actor2] = [patient, partner];
    // "Four protesters were killed … as security forces …": an armed actor after the trigger acted.
    actor1 ??= after.find((s) => s !== actor2 && ARMED_TYPES.has(valueOf(s).type));
  } else if (passive) {
    actor1 = byAgent ?? author;
    actor2 = before[before.length - 1];
    // "… were killed when gunmen stormed his house": an armed actor after the trigger acted.
    actor1 ??= after.find((s) => s !== actor2 && ARMED_TYPES.has(valueOf(s).type));
  } else {
    actor1 = author ?? before[0];
    actor2 = [...after, ...before].find((s) => s !== actor1 && valueOf(s).id !== (actor1 && valueOf(actor1).id));
  }
  // One actor is not both sides: the victim ("Two Malian soldiers were killed") stays, the initiator is unknown.
  if (actor1 && actor2 && actor1 !== actor2 && valueOf(actor1).id !== null && valueOf(actor1).id === valueOf(actor2).id) actor1 = undefined;
  // Who repels an attack is its target: the repelled side initiated the fight.
  if (m.label === 'ARMED_CLASH' && REPELLING.test(text.slice(m.triggerStart, m.triggerEnd)) && actor1 && actor2) [actor1, actor2] = [actor2, actor1];
  if (actor1 && valueOf(actor1).type === 'civilians' && !CROWD_LABELS.has(m.label)) {
    actor2 ??= actor1;
    actor1 = undefined;
  }
  const previous = actors.within(m.contextStart, m.sentenceStart).filter((s) => !spoken(s));
  if (!actor1 && !passive && !patient && ANAPHORIC_SUBJECT.test(text.slice(m.clauseStart, m.triggerStart))) actor1 = previous[0];
  // "al-Shabaab has launched mortar attacks …, blown up a car bomb …": a clause that opens on its verb shares the sentence's subject.
  if (!actor1 && !passive && !patient && m.clauseStart > m.sentenceStart && ELLIPTIC_SUBJECT.test(text.slice(m.clauseStart, m.triggerStart + 1))) {
    actor1 = actors.within(m.sentenceStart, m.clauseStart).find((s) => !spoken(s) && ARMED_TYPES.has(valueOf(s).type));
  }
  // Armed groups hit with nobody named as hitting them: the state force the paragraph just named ("Iraqi
  // forces launched an operation … the deaths of several ISIS fighters were announced").
  if (!actor1 && actor2 && NON_STATE_ARMED.has(valueOf(actor2).type) && BATTLE_LABELS.has(m.label)) actor1 = previous.find((s) => STATE.has(valueOf(s).type));
  let target: FoundActor | null = actor2 ? foundActor(article, actor2) : null;
  if (!target && CIVILIAN_LABELS.has(m.label)) {
    const civ = CIVILIAN_TARGET.exec(text.slice(m.triggerEnd, m.clauseEnd)) ?? (passive || patient ? CIVILIAN_TARGET.exec(text.slice(m.clauseStart, m.triggerStart)) : null);
    if (civ) target = { id: 'civilians', name: 'Civilians', type: 'civilians', country: null, text: civ[0], inferred: false };
  } else if (!target && EXPLOSION_LABELS.has(m.label)) {
    const victims = PEOPLE_KILLED.exec(text.slice(m.clauseStart, m.clauseEnd));
    if (victims) target = { id: 'civilians', name: 'Civilians', type: 'civilians', country: null, text: victims[0], inferred: false };
  }
  return { actor1: actor1 ? foundActor(article, actor1) : null, actor2: target };
}

const STATE = new Set(['state-forces', 'external-forces']);
/** A clause opening on its verb, its subject left out: "…, blown up a car bomb", "and then torched the village" (not "the army …", "they …", "two …"). */
const ELLIPTIC_SUBJECT = /^[\s,;–—-]*(?:(?:and|or|then|also|later|has|have|had)\s+)*(?!(?:the|a|an|some|many|several|most|all|no|his|her|their|its|our|this|that|these|those|one|two|three|four|five|six|seven|eight|nine|ten|dozens|hundreds|scores|it|they|he|she|we|i|you|who|whom|which|where|when|while|there|in|on|at|of|for|with|by|from|after|before|as|since|but)\b)[a-z][a-z-]+\b/;
/** "X said Saturday it has liberated …", "X said they had destroyed …": a speaker reporting its own act. */
const SELF_REPORT = /^\s+(?:said|says|announced|claimed|reported|stated|confirmed)\b(?:\s+[\w-]+){0,3}?\s+(?:that\s+)?(?:it|they|we)\s+(?:had|has|have|were|was)?\s*\w+ed\b/i;
/** "described by the Syrian Democratic Forces as …", "according to the army": a source, not a party. */
const SOURCE_BEFORE = /\b(?:(?:described|identified|named|reported|cited|quoted|claimed|confirmed)\s+by|according\s+to)\s+(?:the\s+)?$/i;
/** "Iraq's military: 3 killed …": a headline quoting its source before a colon. */
const HEADLINE_SPEAKER = /(?:^|\n)[^\n:]{0,30}:\s?$/;
const NON_STATE_ARMED = new Set(['rebel-group', 'political-militia', 'identity-militia']);
const BATTLE_LABELS = new Set(['ARMED_CLASH', 'ATTACK', 'AIR_STRIKE', 'ART_MISS_ATTACK', 'GOV_REGAINS_TERIT']);
const ARMED_TYPES = new Set(['state-forces', 'external-forces', 'rebel-group', 'political-militia', 'identity-militia']);

/**
 * Arrests and seizures: state forces arrest, armed groups are arrested. actor1 is the first state
 * force in the clause (a speaker announcing the arrest included: "Iraqi security forces announced
 * the arrest"), actor2 the first non-state armed group or other actor.
 */
function arrestActors(article: Article, inClause: readonly Span[], spans: readonly Span[]): { actor1: FoundActor | null; actor2: FoundActor | null } {
  const state = spans.find((s) => STATE.has(valueOf(s).type)) ?? inClause.find((s) => STATE.has(valueOf(s).type));
  const other = spans.find((s) => s !== state && !STATE.has(valueOf(s).type));
  return { actor1: state ? foundActor(article, state) : null, actor2: other ? foundActor(article, other) : null };
}

/** "an Iraqi airstrike", "Iraqi F-16 fighter jets", "US air strikes": a demonym or a country before an attack or aircraft noun names that country's military. */
function demonymAuthors(article: Article, m: EventMention): Span[] {
  const text = article.text;
  const out: Span[] = [];
  for (const d of spanIndex(article, 'places').within(m.clauseStart, m.clauseEnd)) {
    const countryNamed = d.label === 'place' && (d.value as unknown as { featureCode: string | null }).featureCode === 'country';
    if ((d.label !== 'demonym' && !countryNamed) || !ATTACK_NOUN_AFTER.test(text.slice(d.end, d.end + 40))) continue;
    const country = acledCountry((d.value as unknown as { countryCode: string | null }).countryCode);
    if (!country) continue;
    const value: ActorValue = { id: `military-forces-${slugOf(country.name)}`, name: `Military Forces of ${country.ofName}`, type: 'state-forces', country: country.code, inferred: false };
    out.push({ ...d, label: 'state-forces', value: value as unknown as Span['value'] });
  }
  return out;
}

const slugOf = (s: string): string => s.normalize('NFKD').replace(/[\u0300-\u036f]/g, '').toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '');

/**
 * Who flies the aircraft of an air strike the text does not attribute ("bombs dropped during air
 * strikes in Falam killed nine"): the state force the article names with aircraft ("junta fighter
 * jets", "Iraqi warplanes"), else the state force it names most. Only states fly warplanes in these
 * conflicts, so an unattributed strike is not an unidentified armed group's. Null when the article
 * names no state force.
 */
export function airForceOf(article: Article): FoundActor | null {
  const text = article.text;
  const forces = layer(article, 'actors').filter((s) => STATE.has(valueOf(s).type) && valueOf(s).id);
  const flying = [...forces, ...allDemonymAuthors(article)].find((s) => AIRCRAFT_AFTER.test(text.slice(s.end, s.end + 30)));
  if (flying) return foundActor(article, flying);
  const counts = new Map<string, { span: Span; n: number }>();
  for (const s of forces) {
    const id = valueOf(s).id!;
    const seen = counts.get(id);
    if (seen) seen.n++;
    else counts.set(id, { span: s, n: 1 });
  }
  const most = [...counts.values()].sort((a, b) => b.n - a.n)[0];
  return most ? foundActor(article, most.span) : null;
}

/** An aircraft noun right after an actor's name ("the junta's fighter jets", "Iraqi F-16 warplanes"). */
const AIRCRAFT_AFTER = /^(?:['’]s)?\s+(?:[\w-]+\s+){0,2}?(?:warplanes?|jets?|aircraft|planes?|drones?|helicopters?|gunships?|air ?strikes?|air force|bombers?)\b/i;

/** Demonyms and countries before an attack or aircraft noun anywhere in the article, as state forces. */
function allDemonymAuthors(article: Article): Span[] {
  return demonymAuthors(article, { clauseStart: 0, clauseEnd: article.text.length } as EventMention);
}
