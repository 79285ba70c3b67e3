// The event typer: scores a report against weighted cue lexicons for the 30 CASE labels, then lets argument cues settle sibling labels.
import { compileCue, occurs, type Cue } from './cue-syntax.ts';
import { CASE_LABELS, type CaseLabel } from './case-labels.ts';
import { VIOLENCE_CUES } from './violence-cues.ts';
import { OTHER_CUES } from './other-cues.ts';
import { WEAPON_USED, harmProfile, hasProtestContext, initiatorBefore, targetProfile } from './argument-cues.ts';
import { minOf } from '../../../util/extremes.ts';

const ALL_CUES: Partial<Record<CaseLabel, readonly Cue[]>> = { ...VIOLENCE_CUES, ...OTHER_CUES };

/** Per label, one pattern matching where any of its cues would: most labels are ruled out by one test. */
const ANY_CUE = new Map(
  (Object.entries(ALL_CUES) as Array<[CaseLabel, readonly Cue[]]>)
    .filter(([, table]) => table.length > 0)
    .map(([label, table]) => [label, new RegExp(`\\b(?:${table.map((c) => cueBody(c.pattern)).join('|')})\\b`, 'i')] as const),
);

/** The body of a compiled cue (`\b(?:body)\b`): one word-boundary pair around all of a label's cues is much faster than one per cue. */
function cueBody(pattern: RegExp): string {
  const source = pattern.source;
  return source.startsWith('\\b(?:') && source.endsWith(')\\b') ? `(?:${source.slice(5, -3)})` : `(?:${source})`;
}

/** Each label with its cues and its any-cue pattern, in table order. */
const CUE_TABLES = (Object.entries(ALL_CUES) as Array<[CaseLabel, readonly Cue[]]>)
  .filter(([label]) => ANY_CUE.has(label))
  .map(([label, table]) => [label, table, ANY_CUE.get(label)!] as const);
const ZERO_SCORES = Object.freeze(Object.fromEntries(CASE_LABELS.map((l) => [l, 0])) as Record<CaseLabel, number>);

/** One cue that fired: the label it spoke for, where, and how much it added. */
export interface CueHit {
  readonly label: CaseLabel;
  readonly phrase: string;
  readonly start: number;
  readonly end: number;
  readonly score: number;
}

export interface TypingResult {
  /** The winning label. */
  readonly label: CaseLabel;
  /** Score per label after argument rules (0 for labels with no cue). */
  readonly scores: Readonly<Record<CaseLabel, number>>;
  /** Cues that fired, strongest first. */
  readonly hits: readonly CueHit[];
  /** Share of the winning score in the sum of the two best (0.5..1), 0 when no cue fired. */
  readonly confidence: number;
}

/** Ties and "no evidence" fall to the earliest label here: ACLED's precedence, then the rest. */
const TIE_ORDER: readonly CaseLabel[] = CASE_LABELS;

/** Where the report's lead sentence ends: cues there describe the main event, later ones background. */
function leadEnd(text: string): number {
  const m = /[.!?]["”’]?\s+(?=[A-Z"“])/.exec(text.slice(40));
  return m ? 40 + m.index + 1 : text.length;
}

/** Raw cue scores: each match adds its weight, halved after the lead sentence and for repeats of one cue. */
function cueScores(text: string): { scores: Record<CaseLabel, number>; hits: CueHit[] } {
  const scores = { ...ZERO_SCORES };
  const hits: CueHit[] = [];
  let lead = -1;
  for (const [label, table, any] of CUE_TABLES) {
    if (!any.test(text)) continue;
    if (lead < 0) lead = leadEnd(text);
    for (const cue of table) {
      const pattern = cue.pattern;
      pattern.lastIndex = 0;
      for (let m = pattern.exec(text), i = 0; m !== null; m = pattern.exec(text), i++) {
        if (m[0].length === 0) pattern.lastIndex++;
        const start = m.index;
        const score = cue.weight * (start < lead ? 1 : 0.55) * (i === 0 ? 1 : 0.4);
        scores[label] += score;
        hits.push({ label, phrase: cue.phrase, start, end: start + m[0].length, score });
      }
    }
  }
  return { scores, hits };
}

/**
 * Classify a report (a snippet, sentence or clause) into one of the 30 CASE labels.
 * Never throws; text with no cue at all gets the first label in ACLED precedence with confidence 0.
 */
export function classifyReport(text: string): TypingResult {
  const { scores, hits } = cueScores(text);
  if (hits.length === 0) return { label: TIE_ORDER[0]!, scores, hits, confidence: 0 };
  applyArgumentRules(text, scores, hits);
  const ranked = [...TIE_ORDER].sort((a, b) => scores[b] - scores[a] || TIE_ORDER.indexOf(a) - TIE_ORDER.indexOf(b));
  const [best, second] = [scores[ranked[0]!], scores[ranked[1]!]];
  return {
    label: ranked[0]!,
    scores,
    hits: hits.sort((a, b) => b.score - a.score),
    confidence: best <= 0 ? 0 : best / (best + Math.max(0, second)),
  };
}

function move(scores: Record<CaseLabel, number>, from: CaseLabel, to: CaseLabel, share: number): void {
  const amount = scores[from] * share;
  scores[from] -= amount;
  scores[to] += amount;
}

/** Codebook rules between siblings, applied in place to the raw scores. */
function applyArgumentRules(text: string, scores: Record<CaseLabel, number>, hits: readonly CueHit[]): void {
  // Protest sub-types describe what happened to or at a demonstration; without one they are weak.
  if (!hasProtestContext(text)) {
    scores.PROTEST_WITH_INTER *= 0.25;
    scores.FORCE_AGAINST_PROTEST *= 0.3;
    scores.VIOL_DEMONSTR *= 0.6;
  } else {
    const { harm, forces } = harmProfile(text);
    // "The protesters … dispersed in the afternoon": with no forces named, the crowd left of its own accord.
    if (forces === 0) {
      for (const h of hits) if (h.label === 'PROTEST_WITH_INTER' && /^dispers/i.test(text.slice(h.start, h.end))) scores.PROTEST_WITH_INTER -= h.score;
    }
    if (harm > 0 && forces > 0) scores.FORCE_AGAINST_PROTEST += 1 + harm;
    // ACLED: demonstrators clashing with police or others make a violent demonstration, not a battle.
    move(scores, 'ARMED_CLASH', 'VIOL_DEMONSTR', 1);
    // ACLED: arrests of demonstrators are an intervention in the protest, not a separate arrest event.
    if (scores.PEACE_PROTEST > 0) move(scores, 'ARREST', 'PROTEST_WITH_INTER', 1);
  }
  // Territory changes hands: who takes it decides between the two battle sub-types.
  const territoryHits = hits.filter((h) => h.label === 'GOV_REGAINS_TERIT' || h.label === 'NON_STATE_ACTOR_OVERTAKES_TER');
  if (territoryHits.length > 0) {
    const first = territoryHits.reduce((a, b) => (a.start <= b.start ? a : b));
    const who = initiatorBefore(text, first.start);
    if (who === 'state') move(scores, 'NON_STATE_ACTOR_OVERTAKES_TER', 'GOV_REGAINS_TERIT', 1);
    if (who === 'non-state') move(scores, 'GOV_REGAINS_TERIT', 'NON_STATE_ACTOR_OVERTAKES_TER', 1);
  }
  // Generic violence: against civilians it is an Attack, against armed men a clash.
  if (scores.ATTACK > 0) {
    const acts = hits.filter((h) => h.label === 'ATTACK' && !/^gunm[ae]n$/i.test(text.slice(h.start, h.end)));
    const { civilians, armed } = targetProfile(text, acts.length ? minOf(acts.map((h) => h.start)) : 0);
    if (armed > civilians) move(scores, 'ATTACK', 'ARMED_CLASH', armed >= 2 * civilians ? 0.8 : 0.5);
  }
  // Weapons found or seized, with nobody hurt, are disrupted weapons use, not an explosion.
  if (scores.DISR_WEAP >= 4 && harmProfile(text).harm === 0) {
    for (const label of WEAPON_LABELS) scores[label] *= 0.3;
  }
  // Weapons named as the objects of a seizure or defusal ("defused hundreds of landmines") were not used.
  const disruptions = hits.filter((h) => h.label === 'DISR_WEAP' && h.score >= 3);
  for (const h of hits) {
    if (!(WEAPON_LABELS as readonly string[]).includes(h.label)) continue;
    if (disruptions.some((d) => h.start >= d.start && h.start <= d.end + DISRUPTED_OBJECT_REACH)) scores[h.label] -= h.score;
  }
  // A weapon named with nothing done with it ("receiving parts for drones") is not an attack.
  if (WEAPON_LABELS.some((label) => scores[label] > 0) && !occurs(WEAPON_USED, text)) for (const label of WEAPON_LABELS) scores[label] *= 0.3;
  // ACLED: when territory changes hands in a battle, the territory sub-type outranks the clash.
  const territory: CaseLabel = scores.GOV_REGAINS_TERIT >= scores.NON_STATE_ACTOR_OVERTAKES_TER ? 'GOV_REGAINS_TERIT' : 'NON_STATE_ACTOR_OVERTAKES_TER';
  if (scores[territory] >= TERRITORY_THRESHOLD) move(scores, 'ARMED_CLASH', territory, 1);
  // Ground changing hands without a fight (a withdrawal, a handover) is a non-violent transfer.
  if (scores[territory] > 0 && (occurs(WITHOUT_FIGHT, text) || occurs(WITHDRAWAL, text))) {
    for (const label of [territory, 'CHANGE_TO_GROUP_ACT', 'ARMED_CLASH'] as const) move(scores, label, 'NON_VIOL_TERRIT_TRANSFER', 1);
  }
  // "Bombing" by state forces is done from the air; non-state actors plant bombs.
  const bombHits = hits.filter((h) => h.label === 'REM_EXPLOS');
  if (bombHits.length > 0 && bombHits.every((h) => /^bomb/.test(h.phrase)) && initiatorBefore(text, bombHits[0]!.start) === 'state') {
    move(scores, 'REM_EXPLOS', 'AIR_STRIKE', 1);
  }
  settleProtestFamily(scores);
}

const WITHOUT_FIGHT = compileCue('without (a |any )?(fight|fighting|resistance|clash(es)?|firing|armed)');
const WITHDRAWAL = compileCue('withdr(ew|awn|awal) (from|of)|pull(ed)? out (of|from)|handed (over )?(control|authority)|handed over');

const TERRITORY_THRESHOLD = 2.5;
const WEAPON_LABELS = ['REM_EXPLOS', 'GRENADE', 'ART_MISS_ATTACK', 'AIR_STRIKE', 'SUIC_BOMB', 'CHEM_WEAP'] as const;
/** How far (characters) after a seizure/defusal phrase the weapons it governs may be listed. */
const DISRUPTED_OBJECT_REACH = 60;
const PROTEST_FAMILY = ['PEACE_PROTEST', 'PROTEST_WITH_INTER', 'FORCE_AGAINST_PROTEST', 'VIOL_DEMONSTR'] as const;
const PROTEST_SIGNAL_THRESHOLD = 2.5;

/**
 * A demonstration is one report: its family score is the sum of its members', and it goes to one
 * sub-type by ACLED's order: demonstrators' violence makes a violent demonstration; otherwise lethal
 * or excessive force makes excessive force; otherwise any intervention; otherwise it was peaceful.
 */
function settleProtestFamily(scores: Record<CaseLabel, number>): void {
  const total = PROTEST_FAMILY.reduce((s, l) => s + scores[l], 0);
  if (scores.PEACE_PROTEST <= 0) return;
  const winner: CaseLabel =
    scores.VIOL_DEMONSTR >= PROTEST_SIGNAL_THRESHOLD ? 'VIOL_DEMONSTR'
    : scores.FORCE_AGAINST_PROTEST >= PROTEST_SIGNAL_THRESHOLD ? 'FORCE_AGAINST_PROTEST'
    : scores.PROTEST_WITH_INTER >= PROTEST_SIGNAL_THRESHOLD ? 'PROTEST_WITH_INTER'
    : 'PEACE_PROTEST';
  for (const l of PROTEST_FAMILY) scores[l] = l === winner ? total : 0;
}
