// What a resolved place mention is doing in its sentence: an event place, country context, a dateline, or part of an outlet's name.
import type { Resolution } from './resolve.ts';

export const PLACE_LABELS = ['place', 'demonym', 'dateline'] as const;
export type PlaceLabel = (typeof PLACE_LABELS)[number];

/** Words that, right after a country's name, make it a modifier ("US forces", "Iraqi-led", "U.S. President"), not a location. */
const ATTRIBUTIVE_NEXT = /^(?:-led|-backed|-based|\s+(?:forces?|troops|soldiers|military|army|navy|air force|marines|special forces|officials?|president|government|administration|envoy|embassy|ambassador|diplomats?|defen[cs]e|secretary|intelligence|authorities|lawmakers|congress|congressional|state department|sanctions|coalition|commanders?|officers?|drones?|aircraft|jets?|warplanes?|strikes?|airstrikes?)\b)/i;
/** A country as the one acting ("backed by the United States", "the United States carried out …"): context, not a location. */
const AGENT_BEFORE = /\bby\s+(?:the\s+)?$/i;
const AGENT_NEXT = /^\s+(?:has|have|had|is|was|will|would|said|says|carried|conducted|launched|struck|bombed|killed|announced|accused|claimed|denied|sent|deployed|led|supports?|backs?|backed|condemned|warned|urged|called|imposed|agreed|signed)\b/i;
/** After a place name, words that make it the name of a news outlet or channel ("Kurdistan 24", "Baghdad Post"). */
const OUTLET_NEXT = /^\s*(?:\d{1,3}\b|(?:TV|News|Times|Post|Press|Radio|Daily|Tribune|Herald|Channel|Agency|Online|Television|Today|Media|Observer|Monitor|Journal|Gazette|Chronicle|Telegraph|Network)\b)/;
/** Before a name on its line: nothing but a date stamp or markup, so the name opens a dateline. */
const LINE_OPENING = /^\s*(?:date\s+\d{4}-\d{2}-\d{2}\s*)?(?:<[^>]{0,20}>\s*)*(?:[A-Z][A-Z.'’-]*,?\s+){0,3}$/;
/** After a dateline's place: more capitalised place words, an outlet in brackets, then a colon or dash (after the brackets the dash may touch the next word: "BAGHDAD (Reuters) -A suicide bomber"). */
const DATELINE_TAIL = /^(?:,?\s+[A-Z][\w.'’-]*){0,3}\s*(?:(?:\([^)\n]{1,40}\))?\s*(?::|—|–|-\s)|\([^)\n]{1,40}\)\s*-(?=[A-Z]))/;

/** Characters before a name searched for the start of its line: a dateline's opening (a date stamp, a few tags and capitalised words) is far shorter. */
const DATELINE_LOOK_BACK = 400;

/** Where a run of text names the article's outlet (its name as given in the metadata), as [start, end) ranges in text order, not overlapping. */
export function outletRanges(text: string, outlet: string | null | undefined): Array<[number, number]> {
  const ranges: Array<[number, number]> = [];
  const name = outlet?.trim();
  if (!name || name.length < 4 || /^[\w-]+(?:\.[\w-]+)+$/.test(name)) return ranges;
  const lower = text.toLowerCase();
  const needle = name.toLowerCase();
  for (let at = lower.indexOf(needle); at !== -1; at = lower.indexOf(needle, at + needle.length)) ranges.push([at, at + needle.length]);
  return ranges;
}

/**
 * Whether one of `ranges` (sorted, not overlapping, as outletRanges gives them) holds [start, end): the last
 * one starting at or before `start`, found by binary search (a text naming its outlet thousands of times
 * would otherwise compare every mention with every naming).
 */
function insideRange(ranges: ReadonlyArray<readonly [number, number]>, start: number, end: number): boolean {
  let lo = 0;
  let hi = ranges.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (ranges[mid]![0] <= start) lo = mid + 1;
    else hi = mid;
  }
  return lo > 0 && end <= ranges[lo - 1]![1];
}

/**
 * The label of a resolved mention, or null when it is no place at all (part of an outlet's name).
 * 'dateline' when it opens a line as a dateline ("ERBIL (Kurdistan 24) –"); 'demonym' for a
 * demonym, and for a country used as a modifier ("US forces") or as the one acting ("backed by the
 * United States"); otherwise 'place'.
 */
export function mentionLabel(text: string, r: Resolution, outlets: ReadonlyArray<readonly [number, number]>): PlaceLabel | null {
  const { start, end } = r.mention;
  if (insideRange(outlets, start, end)) return null;
  const after = text.slice(end, end + 60);
  if (OUTLET_NEXT.test(after) && !r.unlisted) return null;
  // A dateline opens its line within a few words: the line is looked for only so far back (searching back to
  // the line's start for every mention made a text on one line quadratic: 1 MiB of it spent 7 s here).
  const lookBack = Math.max(0, start - DATELINE_LOOK_BACK);
  const lineStart = text.slice(lookBack, start).lastIndexOf('\n') + 1 + lookBack;
  if ((lineStart > lookBack || lookBack === 0) && LINE_OPENING.test(text.slice(lineStart, start)) && DATELINE_TAIL.test(after)) return 'dateline';
  if (r.candidate.label === 'demonym') return 'demonym';
  if (r.entry.kind === 'country' && !r.unlisted) {
    if (ATTRIBUTIVE_NEXT.test(after) || AGENT_NEXT.test(after) || AGENT_BEFORE.test(text.slice(Math.max(0, start - 20), start))) return 'demonym';
  }
  return 'place';
}
