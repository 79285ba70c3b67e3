// Fatalities and injured as best/low/high from `quantities` counts attached to killing and wounding words.
import type { Article } from '../../article/article.ts';
import { spanIndex } from './span-index.ts';
import type { Estimate } from '../../article/records.ts';
import type { QuantityValue } from '../../article/layer-values.ts';
import type { Span } from '../../article/span.ts';
import { maxOf, minOf } from '../../util/extremes.ts';

const KILL = /\b(?:kill(?:ed|ing|s)?|(?:stoned|beaten|lynched|hacked|burned|burnt|tortured|stabbed|clubbed) to death|(?<!\b(?:a|an|the|his|her|their|its|powerful|first|second|warning|long|single|parting)\s+)shot(?!\s+down)|gunned down|dead|died|deaths?|lives|slain|fatalities|bodies|shot dead|murder(?:ed|ing)?|executed|massacred)\b/gi;
/** Other harms a count may be attached to ("abducting dozens of pupils"): counted neither as killed nor as injured. */
const OTHER_HARM = /\b(?:abduct(?:ed|ing|s)?|kidnap(?:ped|ping|s)?|arrest(?:ed|ing|s)?|detain(?:ed|ing|s)?|displac(?:ed|ing)|missing|hostages?|rescued|freed|held captive)\b/gi;
const INJURE = /\b(?:injur(?:ed|ing|ies|y)|wound(?:ed|ing|s)?|hurt|casualties)\b/gi;
const NOBODY_KILLED = /\b(?:no one|nobody|no-one|none)\s+(?:\w+\s+){0,2}(?:killed|died|dead|hurt|injured|wounded)\b|\bno (?:casualties|deaths|fatalities)\b/i;
/** How far (characters) a count may sit from the harm word it counts. */
const AFTER_WINDOW = 90;
const BEFORE_WINDOW = 90;
const ONE_PERSON = '(?:a|an|one)\\s+(?:[\\w-]+\\s+)?(man|woman|boy|girl|child|civilian|soldier|policeman|police officer|officer|person|resident|farmer|villager|protester|student|journalist|worker|militant|fighter|member|principal|teacher|headteacher|chief|leader|official|commander|priest|imam|pastor|cleric|doctor|nurse|driver|trader|businessman|politician|lawmaker|judge|lawyer|activist|councillor|shepherd|herder|fisherman)';
/** A name or description set off by commas after the person ("a school principal, Idris Sufyan, was killed"). */
const APPOSITIVE = '(?:,\\s+[^,.;]{1,50},)?';
const ONE_KILLED_AFTER = new RegExp(`\\b(?:killed|killing|shot dead|murdered|beheaded|executed)\\s+${ONE_PERSON}\\b`, 'i');
const ONE_KILLED_BEFORE = new RegExp(`(?:^\\W*|\\b(?:where|when|after|as)\\s+)${ONE_PERSON}${APPOSITIVE}\\s+(?:\\w+\\s+){0,3}?(?:was|has been)\\s+(?:\\w+ly\\s+)?(?:killed|shot dead|murdered|beheaded|executed|(?:stoned|beaten|lynched|hacked|burned|burnt|tortured|stabbed|clubbed) to death)\\b`, 'i');

/** A parenthetical part of a count: ", including four security auxiliaries,". */
const INCLUDING = /,\s*(?:including|among them|of whom)\b[^,]{0,80},/gi;
/** A count inside such a parenthetical is part of the total before it, not a toll of its own. */
const PART_BEFORE = /,\s*(?:including|among them|of whom)\s+$/i;

/** A running total ("taking the death toll to", "bringing the number of dead to"): not one event's toll. */
const RUNNING_TOTAL = /\b(?:taking|bringing|raising|pushing|lifting)\s+(?:the\s+)?(?:overall\s+|total\s+)?(?:death\s+toll|toll|number\s+of\s+(?:dead|deaths|people\s+killed)|total)\s+(?:\w+\s+)?to\s+$/i;
/** What may sit between a count and the harm word it counts: up to five words, no punctuation, no "and"/"or"/"but". */
const CLOSE_GAP = /^(?:\s+(?!(?:and|or|but|while|as|in|on|at|after|when)\b)[\w'’-]+){0,5}\s+$/i;

/** The side a count of dead belongs to, for summing all sides once: state forces, armed non-state men, civilians. */
export type Side = 'state' | 'armed' | 'civilians';

export interface HarmCounts {
  readonly fatalities: Estimate;
  /** The one side every killed count belongs to ("eight policemen", "the militants had three killed"); null when unknown, generic ("people") or mixed. */
  readonly side?: Side | null;
  /** True when every killed count is a vague word ("dozens of people", "several"): an exact figure for the event outranks it. */
  readonly vague?: boolean;
  /** True when the toll is a party's claim or is disputed ("the group said it had killed 15", "a figure the army denied"). */
  readonly contested?: boolean;
  readonly injured: Estimate;
  /** The quantity spans that were counted, for evidence. */
  readonly spans: readonly Span[];
}

/** Things a count under a killing word may count ("about twenty houses burnt down"): never people killed. */
const THING = /^(?:houses?|homes?|buildings?|shops?|stores?|vehicles?|cars?|trucks?|tanks?|villages?|schools?|churches?|mosques?|huts?|structures?|properties|bases?|positions?|posts?|checkpoints?|weapons?|rifles?|guns?|drones?|missiles?|rockets?|bombs?|shells?|aircraft|planes?|helicopters?|boats?|livestock|cattle|cows?|goats?|animals?)\b/i;
/** Side words, read from a count's noun or, for a bare count ("the militants had three killed", "five dead on the attackers' side"), next to it. */
const SIDE_WORDS: readonly [Side, RegExp][] = [
  ['state', /\b(?:soldiers?|troops?|police(?:m[ae]n|\s+officers?)?|officers?|security\s+(?:forces?|personnel|men)|personnel|guards?|servicem[ae]n|gendarmes?|army|marines?|FAMa)\b/i],
  ['armed', /\b(?:militants?|attackers?|assailants?|insurgents?|fighters?|terrorists?|gunm[ae]n|rebels?|jihadists?|extremists?|bandits?|bombers?|kidnappers?|raiders?)\b/i],
  ['civilians', /\b(?:civilians?|residents?|villagers?|worshippers?|students?|pupils?|children|child|women|woman|farmers?|fishermen|shepherds?|passers?-?by|shoppers?)\b/i],
];
/** Participles the quantities layer gives as the noun of a bare count ("two dead"): no group named. */
const BARE = /^(?:killed|dead|died|slain|others?)$/i;
/** A vague amount word with no digit: "dozens", "several", "hundreds", "scores". */
const VAGUE = /^(?:[a-z]+\s+)?(?:dozens?|several|hundreds?|thousands?|scores|a few|few|many|handful|a handful|couple|a couple)\b/i;

function sideOf(noun: string | null): Side | null {
  if (!noun) return null;
  const sides = SIDE_WORDS.filter(([, re]) => re.test(noun)).map(([side]) => side);
  return sides.length === 1 ? sides[0]! : null;
}

/** The side of a count with no group noun: the nearest side word before it in the clause, else "on the X side" just after. */
function bareSide(before: string, after: string): Side | null {
  const onSide = /^\W*(?:\w+\s+){0,2}on\s+the\s+([^,.;]{1,60}?)\s+side\b/i.exec(after);
  if (onSide) return sideOf(onSide[1]!);
  const near = before.slice(-50);
  let best: { side: Side; at: number } | null = null;
  for (const [side, re] of SIDE_WORDS) {
    for (const m of near.matchAll(new RegExp(re.source, 'gi'))) if (!best || m.index > best.at) best = { side, at: m.index };
  }
  return best?.side ?? null;
}

const UNKNOWN: Estimate = { best: null, low: null, high: null };

function sum(quantities: readonly QuantityValue[]): Estimate {
  if (quantities.length === 0) return UNKNOWN;
  const add = (pick: (q: QuantityValue) => number | null): number => quantities.reduce((s, q) => s + (pick(q) ?? q.best ?? 0), 0);
  const parts = quantities.map((q) => ({ best: q.best, noun: q.noun }));
  return { best: add((q) => q.best), low: add((q) => q.low), high: add((q) => q.high), ...(parts.length > 1 ? { parts } : {}) };
}

/**
 * "168 people were killed …, however, locals claim that 174 people died": one count each for two
 * harm words, counting the same people, are two figures for one toll, not parts of it. The most
 * conservative is the best estimate, the two span low-high. Null when the counts are parts
 * ("six police officers and 16 civilians" under one word; "eight soldiers were killed and ten
 * militants died": different people).
 */
function alternatives(killed: readonly QuantityValue[], words: readonly number[]): Estimate | null {
  if (killed.length < 2 || new Set(words).size !== killed.length) return null;
  const noun = (q: QuantityValue): string => (q.noun ?? '').toLowerCase().replace(/s$/, '');
  // "two dead on the FAMa side and five dead on the attackers' side": bare counts name no group, so are not one toll told twice.
  if (killed.some((q) => !q.noun || BARE.test(q.noun))) return null;
  if (!killed.every((q) => noun(q) === noun(killed[0]!))) return null;
  const bests = killed.map((q) => q.best ?? 0);
  return { best: minOf(bests), low: minOf(killed.map((q) => q.low ?? q.best ?? 0)), high: maxOf(killed.map((q) => q.high ?? q.best ?? 0)) };
}

/**
 * Counts of people killed and injured in [start, end) (a clause). Each 'count' quantity goes to the
 * nearest harm word (killing, wounding, or another harm such as abducting, which is not counted) before it ("killing at least six police officers and 16 civilians" → 22, parts
 * kept), else one just after it ("four officers were killed"). "No one was killed" gives 0.
 */
export function harmCounts(article: Article, start: number, end: number): HarmCounts {
  const text = article.text;
  const clause = text.slice(start, end);
  const words = [
    ...[...clause.matchAll(KILL)].map((m) => ({ kind: 'kill' as const, at: start + m.index, end: start + m.index + m[0].length })),
    ...[...clause.matchAll(INJURE)].map((m) => ({ kind: 'injure' as const, at: start + m.index, end: start + m.index + m[0].length })),
    ...[...clause.matchAll(OTHER_HARM)].map((m) => ({ kind: 'other' as const, at: start + m.index, end: start + m.index + m[0].length })),
  ].sort((a, b) => a.at - b.at);
  const killed: QuantityValue[] = [];
  const killedSides: (Side | null)[] = [];
  const killedVague: boolean[] = [];
  /** The harm word each killed count attaches to. */
  const killWords: number[] = [];
  const injured: QuantityValue[] = [];
  const spans: Span[] = [];
  for (const q of spanIndex(article, 'quantities').within(start, end)) {
    if (q.label !== 'count') continue;
    // "taking the death toll to 11": a running total over more than this event; "including four …": a part of it.
    if (RUNNING_TOTAL.test(text.slice(Math.max(start, q.start - 40), q.start)) || PART_BEFORE.test(text.slice(Math.max(start, q.start - 30), q.start))) continue;
    const value = q.value as unknown as QuantityValue;
    if (value.best === null) continue;
    const before = words.filter((w) => w.end <= q.start && q.start - w.end <= AFTER_WINDOW).at(-1);
    const after = words.find((w) => w.at >= q.end && w.at - q.end <= BEFORE_WINDOW);
    // "Eight policemen were killed and 11 others wounded": a harm word right after the count (only
    // its noun and an auxiliary between) is the one it counts, even with another harm word before.
    // "Ten civilians, including four auxiliaries, have been killed": the part named between does not break the gap.
    // Quotation marks around the count ('“several” others were wounded') do not break the gap.
    const close = after && CLOSE_GAP.test(text.slice(q.end, after.at).replace(INCLUDING, ' ').replace(/^["“”'‘’]+/, '')) ? after : undefined;
    const word = close ?? (before && !/[.;]/.test(text.slice(before.end, q.start)) ? before : after);
    if (!word || word.kind === 'other') continue;
    if (word.kind === 'kill' && value.noun && THING.test(value.noun)) continue;
    if (word.kind === 'kill') {
      killWords.push(word.at);
      killedSides.push(value.noun && !BARE.test(value.noun) ? sideOf(value.noun) : bareSide(text.slice(start, q.start), text.slice(q.end, end)));
      killedVague.push(!/\d/.test(text.slice(q.start, q.end)) && VAGUE.test(text.slice(q.start, q.end)));
    }
    (word.kind === 'kill' ? killed : injured).push(value);
    spans.push(q);
  }
  // "killed a woman", "a man was shot dead": one person named without a number.
  if (killed.length === 0) {
    const one = ONE_KILLED_AFTER.exec(clause) ?? ONE_KILLED_BEFORE.exec(clause);
    if (one) {
      killed.push({ low: 1, high: 1, best: 1, noun: one[1] ?? null, approximate: false });
      killedSides.push(sideOf(one[1] ?? null));
      killedVague.push(false);
    }
  }
  const fatalities = killed.length === 0 && NOBODY_KILLED.test(clause) ? { best: 0, low: 0, high: 0 } : alternatives(killed, killWords) ?? sum(killed);
  const side = killedSides.length > 0 && killedSides.every((x) => x !== null && x === killedSides[0]) ? killedSides[0]! : null;
  return { fatalities, side, vague: killedVague.length > 0 && killedVague.every(Boolean), injured: sum(injured), spans };
}

/** A sentence that states a toll ("The toll is two dead on the FAMa side and five dead on the attackers' side", "Civil society sources speak of 20 dead"). */
const TOLL_SENTENCE = /\b(?:toll|dead|deaths|bodies)\b/i;
/** …but not a running or cumulative one ("the toll since March", "so far this year"). */
const NOT_ONE_EVENT = /\b(?:since|so far|this year|in total|overall|altogether|cumulative|to date)\b/i;
/** How many sentences after an event's last one its toll may be stated. */
const TOLL_REACH = 2;

/**
 * The toll stated in sentences that follow the event told just before them and are no event mention
 * themselves ("Two Malian soldiers were killed … The toll is two dead on the FAMa side and five dead
 * on the attackers' side"): within TOLL_REACH sentences after `after`, up to the next mention's
 * sentence (`mentionSentences`, by start). Several such sentences are reports of one toll ("Civil
 * society sources speak of 20 dead. Initially, local authorities had reported a death toll of 14"):
 * the most conservative is the best, the figures span low-high. Null when there is none.
 */
export function tollAfter(article: Article, after: number, mentionSentences: ReadonlySet<number>): HarmCounts | null {
  const next = spanIndex(article, 'sentences').within(after, article.text.length).slice(0, TOLL_REACH);
  const tolls: HarmCounts[] = [];
  for (const s of next) {
    if (mentionSentences.has(s.start)) break;
    const sentence = article.text.slice(s.start, s.end);
    if (!TOLL_SENTENCE.test(sentence) || NOT_ONE_EVENT.test(sentence)) continue;
    const harm = harmCounts(article, s.start, s.end);
    if ((harm.fatalities.best ?? 0) > 0) tolls.push(harm);
  }
  if (tolls.length <= 1) return tolls[0] ?? null;
  const figures = tolls.map((t) => t.fatalities);
  const conservative = figures.reduce((a, b) => ((b.best ?? 0) < (a.best ?? 0) ? b : a));
  return {
    fatalities: { best: conservative.best, low: minOf(figures.map((e) => e.low ?? e.best ?? 0)), high: maxOf(figures.map((e) => e.high ?? e.best ?? 0)) },
    side: tolls.every((t) => t.side && t.side === tolls[0]!.side) ? tolls[0]!.side : null,
    vague: tolls.every((t) => t.vague),
    injured: tolls[0]!.injured,
    spans: tolls.flatMap((t) => t.spans),
  };
}

/**
 * One side's toll from its figures: two plural figures for the same side ("at least three police
 * officers", "10 police officers were killed" by the group's spokesman) are two reports of one toll,
 * the most conservative is the best; a count of one beside a larger one is a detail of it.
 */
function sideToll(figures: readonly Estimate[]): Estimate {
  const values = new Set(figures.map((e) => e.best));
  const reports = figures.length >= 2 && values.size >= 2 && figures.every((e) => (e.best ?? 0) >= 2);
  return figures.reduce((a, b) => (reports ? (b.best ?? 0) < (a.best ?? 0) : (b.best ?? 0) > (a.best ?? 0)) ? b : a);
}

/**
 * An event's fatalities from the harm counts of its mentions, the ACLED way: repeated mentions of
 * one toll are not added up, but the dead of different sides told apart ("eight policemen were
 * killed …, while the militants had three killed") are summed once, each side at its most
 * conservative figure; a toll for no one side (people, a bare number) may stand for all sides, and
 * the larger of it and the sides' sum is the best. A party's claim or a disputed figure only widens
 * the range, and so does a vague word ("dozens of people have been killed") when an exact figure is
 * reported; the reported figures span low-high.
 * A mention saying nobody was killed counts only when no mention reports deaths.
 */
export function eventFatalities(harms: readonly HarmCounts[]): Estimate {
  const known = harms.filter((h) => h.fatalities.best !== null);
  if (known.length === 0) return UNKNOWN;
  const firm = known.filter((h) => !h.contested);
  const exact = firm.filter((h) => !h.vague);
  const pool = exact.length ? exact : firm.length ? firm : known;
  const largest = (es: readonly Estimate[]): Estimate => es.reduce((a, b) => ((b.best ?? 0) > (a.best ?? 0) ? b : a));
  const bySide = new Map<Side, Estimate[]>();
  // Appended in place (copying the side's list for each mention made an event of thousands of mentions quadratic).
  for (const h of pool) {
    if (!h.side || !((h.fatalities.best ?? 0) > 0)) continue;
    const side = bySide.get(h.side);
    if (side) side.push(h.fatalities);
    else bySide.set(h.side, [h.fatalities]);
  }
  const general = pool.filter((h) => !h.side || (h.fatalities.best ?? 0) === 0).map((h) => h.fatalities);
  const sides = [...bySide.values()].map(sideToll);
  const sum = (pick: (e: Estimate) => number | null): number => sides.reduce((n, e) => n + (pick(e) ?? e.best ?? 0), 0);
  const summed: Estimate | null = sides.length === 0 ? null : sides.length === 1 ? sides[0]! : { best: sum((e) => e.best), low: sum((e) => e.low), high: sum((e) => e.high) };
  const best = largest([...general, ...(summed ? [summed] : [])]);
  if (best.best === 0) return best;
  const reported = known.map((h) => h.fatalities).filter((e) => (e.best ?? 0) > 0);
  const low = minOf(reported.map((e) => e.low ?? e.best ?? 0));
  const high = maxOf(reported.map((e) => e.high ?? e.best ?? 0));
  return { ...best, low: Math.min(low, best.best ?? low), high: Math.max(high, best.best ?? high) };
}
