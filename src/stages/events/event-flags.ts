// Flags for event mentions that must not show as new events: negated, future or hypothetical, historical background.
import type { EventFlag } from '../../article/records.ts';
import { compileCue, occurs } from './typing/cue-syntax.ts';

/** Negation whose scope is the words after it in the clause ("no one was killed", "denied attacking"). */
const NEGATORS = compileCue(
  "no one|nobody|none|no (casualties|injuries|deaths|fatalities)|not|n't|never|denied|denies|deny|denying|rejected|refuted|without|failed to|no",
);
/** Modality that makes the following words unrealised: the future, plans, threats, conditions, fears. */
const IRREALIS = compileCue(
  'could|would|might|may|will|shall|going to|plan(s|ned|ning)? to|intend(s|ed)? to|aim(s|ed|ing)? to|threat(en|ens|ened)? to|' +
    "vow(s|ed)? to|pledg(e|es|ed) to|set to|expected to|likely to|about to|preparing to|in order to|if|unless|fear(s|ed)? (that|of)|" +
    "warn(s|ed)? (that|of)|(possible|potential|planned|future|feared|imminent)|ready to|prevent(s|ed|ing)?|stop(s|ped)? ~ from|seek(s|ing)? to|try(ing)? to|attempt(s|ed)? to|call(s|ed)? for",
);
/** "Not a week goes by without X": two negations that assert X happens regularly. */
const HABITUAL_DOUBLE_NEGATION = /\bnot an? \w+ (?:goes|passes) by without\b/i;
/** Words and marks that end a negation's scope: "no one was killed when a rocket hit" does not negate the rocket. */
const SCOPE_BREAK = /[;:,]|\b(?:when|after|before|as|while|because|since|but|although|though)\b/i;
const NEGATION_SCOPE_WORDS = 6;
const MODAL_SCOPE_WORDS = 8;

function words(text: string): number {
  return text.trim() === '' ? 0 : text.trim().split(/\s+/).length;
}

function lastMatchEnd(pattern: RegExp, text: string): number {
  pattern.lastIndex = 0;
  let end = -1;
  for (const m of text.matchAll(pattern)) end = m.index + m[0].length;
  return end;
}

/**
 * Whether the trigger at `triggerStart` (an offset into `clause`) lies in the scope of a negator:
 * one ends at most six words before the trigger, with no clause break (punctuation, "when", "but"…) between.
 */
export function isNegated(clause: string, triggerStart: number): boolean {
  const before = clause.slice(0, triggerStart);
  if (HABITUAL_DOUBLE_NEGATION.test(before)) return false;
  const end = lastMatchEnd(NEGATORS, before);
  if (end < 0) return false;
  const gap = before.slice(end);
  return words(gap) <= NEGATION_SCOPE_WORDS && !SCOPE_BREAK.test(gap);
}

/** Whether the trigger is under future, conditional or hypothetical modality (a modal within eight words before it). */
export function isHypothetical(clause: string, triggerStart: number): boolean {
  const before = clause.slice(0, triggerStart);
  const end = lastMatchEnd(IRREALIS, before);
  return end >= 0 && words(before.slice(end)) <= MODAL_SCOPE_WORDS;
}

const BACKGROUND = compileCue(
  '(\\w+|\\d+) (years?|decades?) ago|at (its|the) (height|peak)|back in|earlier this (decade|century)|in the (past|1990s|2000s|2010s)|' +
    'since (its|the) (rise|inception|founding)|once (widely|held|controlled|ruled)|used to|formerly|previously',
);
const YEAR = /\b(19[5-9]\d|20\d\d)\b/g;

/**
 * Whether a sentence is historical background relative to the publication date: it names a year
 * before the publication year (and not just the previous December/January turn), or uses a
 * background phrase ("six years ago", "at its height"). Without a publication date only phrases count.
 */
export function isHistorical(sentence: string, published: string | null): boolean {
  if (occurs(BACKGROUND, sentence)) return true;
  const pubYear = published ? Number(published.slice(0, 4)) : NaN;
  const pubMonth = published ? Number(published.slice(5, 7)) : NaN;
  if (!Number.isFinite(pubYear)) return false;
  for (const m of sentence.matchAll(YEAR)) {
    const year = Number(m[1]);
    if (year < pubYear - 1 || (year === pubYear - 1 && !(pubMonth <= 2))) return true;
  }
  return false;
}

/** All flags for one mention: the trigger's offset is relative to the clause. */
export function eventFlags(input: { clause: string; triggerStart: number; sentence: string; published: string | null }): EventFlag[] {
  const flags: EventFlag[] = [];
  if (isNegated(input.clause, input.triggerStart)) flags.push('negated');
  if (isHypothetical(input.clause, input.triggerStart)) flags.push('hypothetical');
  if (isHistorical(input.sentence, input.published)) flags.push('historical');
  return flags;
}
