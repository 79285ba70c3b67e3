// Event mentions in an article: each sentence split into clauses, each clause typed, kept when a trigger speaks clearly.
import type { Article } from '../../article/article.ts';
import { layer } from '../../article/article.ts';
import type { EventFlag } from '../../article/records.ts';
import { classifyReport, type CueHit } from './typing/classify-event.ts';
import { ACLED_CASE_LABELS, type CaseLabel } from './typing/case-labels.ts';
import { eventFlags } from './event-flags.ts';
import { compileCue, occurs } from './typing/cue-syntax.ts';
import { WEAPON_USED } from './typing/argument-cues.ts';

/** One typed clause: offsets into the article, the label, the trigger and the flags. */
export interface EventMention {
  readonly label: CaseLabel;
  readonly clauseStart: number;
  readonly clauseEnd: number;
  readonly sentenceStart: number;
  readonly sentenceEnd: number;
  /** Start of the previous sentence of the same paragraph (for "They shot him…"), or sentenceStart. */
  readonly contextStart: number;
  readonly triggerStart: number;
  readonly triggerEnd: number;
  readonly confidence: number;
  /** The cue weight of the label in its clause. */
  readonly score: number;
  /** The clause as typed: actor names and protest grievances blanked out (same length as the clause). */
  readonly typedClause: string;
  readonly flags: readonly EventFlag[];
  /** True when the clause has a cue of fighting of its own (a clash, an ambush), not only a killing of armed men. */
  readonly fight: boolean;
}

/** What a protest is against ("to protest a wave of kidnappings"): the grievance, not what happened at the protest. */
const GRIEVANCE = /\b(?:to protest|protesting|in protest (?:at|against|over)|protests? (?:against|over))\s+((?:against\s+|over\s+|at\s+)?[^.;,\n]{1,120})/gi;

/** Actor categories whose names are masked before typing: "Popular Mobilization Forces" mobilises nobody, "riot police" riot nobody. */
const MASKED_TYPES = new Set(['state-forces', 'rebel-group', 'political-militia', 'identity-militia', 'external-forces']);

/** Forces named by what they fight with ("Pakistani aircraft", "junta fighter jets"): the weapon is the cue, so the name stays. */
const NAMED_BY_WEAPON = /\b(?:aircraft|jets?|warplanes?|planes?|drones?|helicopters?|gunships?|bombers?|artillery|missiles?|rockets?)\s*$/i;

/**
 * The article text with named actors of MASKED_TYPES blanked out to the same length (so offsets stay
 * valid): cue words inside names do not type clauses; nor do those in what a protest is against. A name becomes "troops" for state forces and
 * "militants" for armed groups, padded with spaces, so the argument rules still see who acts.
 */
function maskedNames(article: Article): string {
  const text = article.text;
  const spans = layer(article, 'actors').filter((s) => MASKED_TYPES.has(s.label) && s.end - s.start >= 9 && !NAMED_BY_WEAPON.test(text.slice(s.start, s.end)));
  if (spans.length === 0 && !GRIEVANCE.test(text)) return text;
  GRIEVANCE.lastIndex = 0;
  let out = '';
  let at = 0;
  const grievances = [...text.matchAll(GRIEVANCE)].map((g) => ({ start: g.index + g[0].length - g[1]!.length, end: g.index + g[0].length, label: 'grievance' }));
  for (const s of [...spans, ...grievances].sort((a, b) => a.start - b.start)) {
    if (s.start < at) continue;
    const word = s.label === 'grievance' ? '' : s.label === 'state-forces' || s.label === 'external-forces' ? 'troops' : 'militants';
    out += text.slice(at, s.start) + word.padEnd(s.end - s.start, ' ');
    at = s.end;
  }
  return out + text.slice(at);
}

/** Attack cues that say people were killed (not only attacked). */
const KILLING = /^(?:killed|kill|gunned down|massacre|execut|assassinat|shot dead|murder|behead|hacked to death|slaughter|burn)/;
const EXPLOSION_LABELS: readonly CaseLabel[] = ['AIR_STRIKE', 'ART_MISS_ATTACK', 'REM_EXPLOS', 'SUIC_BOMB', 'GRENADE', 'CHEM_WEAP'];
/** Cue weight at which a clause clearly names the weapon that did the violence. */
const CLEAR_WEAPON = 3;

/**
 * ACLED's precedence between a generic attack and the weapon it was done with: people killed by an
 * air strike, a bomb or shells are coded as that explosion (Explosions/Remote violence outranks
 * Violence against civilians), when the clause names the weapon clearly. So are armed men killed by
 * one ("a car bomb … killing three police officers"): a clash needs a fight, and a killing counts as
 * one only because of whom it hit.
 */
function precedenceLabel(label: CaseLabel, scores: Readonly<Record<CaseLabel, number>>, hits: readonly CueHit[]): CaseLabel {
  // ACLED: an abduction in which people are killed is an attack.
  if (label === 'ABDUCT_DISSAP' && hits.some((h) => h.label === 'ATTACK' && KILLING.test(h.phrase))) return 'ATTACK';
  const killingOfArmedMen = label === 'ARMED_CLASH' && !hits.some((h) => h.label === 'ARMED_CLASH');
  if (label !== 'ATTACK' && !killingOfArmedMen) return label;
  const weapon = [...EXPLOSION_LABELS].sort((a, b) => scores[b] - scores[a])[0]!;
  return scores[weapon] >= CLEAR_WEAPON ? weapon : label;
}

/** A clause needs this much cue weight for its label before it counts as reporting anything. */
export const MIN_MENTION_SCORE = 2;

/** Words that make a clause report harm done: with them a weaker cue suffices. */
const HARM_DONE = compileCue('kill(ed|ing)|shot|wounded|injured|murdered|slain|died|deaths of|deadly|fatal');
/** Weapon labels name instruments; a clause about weapons reports an event only when something was done with them. */
const WEAPON_LABELS: ReadonlySet<CaseLabel> = new Set(['AIR_STRIKE', 'ART_MISS_ATTACK', 'REM_EXPLOS', 'GRENADE', 'CHEM_WEAP', 'SUIC_BOMB']);

/** Whether a typed clause reports an event: enough cue weight, and for weapons, a use of them. */
function reportsEvent(clause: string, label: CaseLabel, score: number): boolean {
  if (score < MIN_MENTION_SCORE && !(score >= 1 && occurs(HARM_DONE, clause))) return false;
  return !WEAPON_LABELS.has(label) || occurs(WEAPON_USED, clause);
}

/**
 * Clause boundaries inside a sentence, as [start, end) offsets relative to it: semicolons, and a
 * comma or dash followed by a coordinating or contrastive word start a new clause.
 */
export function clauseOffsets(sentence: string): Array<[number, number]> {
  const cuts = [0];
  for (const m of sentence.matchAll(/;\s*|,\s+(?=(?:and|but|while|whereas|before|after|as(?! a result)|then)\s)|\s+[—–]\s+(?=\w)/g)) {
    cuts.push(m.index + m[0].length);
  }
  cuts.push(sentence.length);
  const out: Array<[number, number]> = [];
  for (let i = 0; i + 1 < cuts.length; i++) if (sentence.slice(cuts[i], cuts[i + 1]).trim()) out.push([cuts[i]!, cuts[i + 1]!]);
  return out;
}

/**
 * The trigger of a label in a clause: its strongest cue; among equally strong ones a past-tense verb
 * ("were abducted") before a noun ("a reenactment of the Chibok girls kidnap"), since the verb
 * tells what happened.
 */
function strongestHit(hits: readonly CueHit[], label: CaseLabel, clause: string): CueHit | undefined {
  const own = hits.filter((h) => h.label === label);
  const top = own[0];
  if (!top) return hits[0];
  return own.find((h) => h.score === top.score && /ed$/i.test(clause.slice(h.start, h.end))) ?? top;
}

/** Cue words that name people, not acts ("Gunmen did not attack …": the trigger noun stands outside the negation). */
const PARTICIPANT_CUE = /^(?:gunm[ae]n|bodies|militants?|protesters?|demonstrators?|rioters?|mobs?|crowds?)$/i;

/**
 * The mention's flags, read at its trigger. When the trigger names people rather than an act, the
 * act decides: "Gunmen did not attack the police station" is negated (its verb is); "police did not
 * open fire on protesters" negates the intervention, not the protest those protesters held.
 */
function mentionFlags(clause: string, sentence: string, label: CaseLabel, hit: CueHit, hits: readonly CueHit[], published: string | null): EventFlag[] {
  const flagsAt = (at: number): EventFlag[] => [...eventFlags({ clause, triggerStart: at, sentence, published })];
  const flags = flagsAt(hit.start);
  if (!PARTICIPANT_CUE.test(clause.slice(hit.start, hit.end))) return flags;
  if (label === 'PEACE_PROTEST') return flags.filter((f) => f !== 'negated');
  const acts = hits.filter((h) => !PARTICIPANT_CUE.test(clause.slice(h.start, h.end)));
  if (!flags.includes('negated') && acts.length > 0 && acts.every((h) => flagsAt(h.start).includes('negated'))) flags.push('negated');
  return flags;
}

/**
 * Every event mention in the article's sentences (the `sentences` layer; the whole text when it is
 * absent). A clause is kept when it reports an event (see reportsEvent); non-ACLED report kinds
 * (diplomacy, disasters, crime, claims of responsibility) are returned too, labelled as such; a
 * claim of responsibility also yields the claimed attack when the clause reports one.
 */
export function detectMentions(article: Article): EventMention[] {
  const text = maskedNames(article);
  const sentences = layer(article, 'sentences');
  const units = sentences.length ? sentences.map((s) => [s.start, s.end] as const) : [[0, text.length] as const];
  const mentions: EventMention[] = [];
  units.forEach(([sStart, sEnd], index) => {
    const previous = units[index - 1];
    const contextStart = previous && !text.slice(previous[0], sStart).includes('\n') ? previous[0] : sStart;
    const sentence = text.slice(sStart, sEnd);
    for (const [cStart, cEnd] of clauseOffsets(sentence)) {
      const clause = sentence.slice(cStart, cEnd);
      const typed = classifyReport(clause);
      const labels: CaseLabel[] = [precedenceLabel(typed.label, typed.scores, typed.hits)];
      // A claim of responsibility usually names the attack claimed: that attack is an event too.
      if (typed.label === 'ATTRIB') {
        const claimed = (Object.keys(ACLED_CASE_LABELS) as CaseLabel[]).sort((a, b) => typed.scores[b] - typed.scores[a])[0]!;
        labels.push(claimed);
      }
      for (const label of labels) {
        if (!reportsEvent(clause, label, typed.scores[label])) continue;
        const hit = strongestHit(typed.hits, label, clause);
        if (!hit) continue;
        mentions.push({
          label,
          clauseStart: sStart + cStart,
          clauseEnd: sStart + cEnd,
          sentenceStart: sStart,
          sentenceEnd: sEnd,
          contextStart,
          triggerStart: sStart + cStart + hit.start,
          triggerEnd: sStart + cStart + hit.end,
          confidence: typed.confidence,
          score: typed.scores[label],
          typedClause: clause,
          flags: mentionFlags(clause, sentence, label, hit, typed.hits, article.meta.published ?? null),
          fight: typed.hits.some((h) => h.label === 'ARMED_CLASH'),
        });
      }
    }
  });
  return mentions;
}
