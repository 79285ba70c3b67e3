// Place names the text types with a kind word ("Narin village", "the town of Kheret", "Pa Zi Gyi Village"), known to the gazetteer or not.
import type { Gazetteer } from './gazetteer.ts';
import type { Mention } from './resolve.ts';
import { ABBREVIATION, capitalisedRuns, FUNCTION_WORDS } from './recognize.ts';
import { PLACE_KIND_WORDS } from './hierarchy.ts';
import { exactKey } from './fold-name.ts';

const KIND_SET = new Set<string>(PLACE_KIND_WORDS);
const KINDS = [...PLACE_KIND_WORDS].sort((a, b) => b.length - a.length).map((k) => k.replace(/[ -]/g, '[ -]')).join('|');
const KIND_AFTER = new RegExp(`^\\s+(${KINDS})\\b`);
/** "Iskan, a mostly Shiite district": the kind given in an apposition right after the name. */
const KIND_IN_APPOSITION = new RegExp(`^,\\s+(?:an?|the)\\s+(?:[\\w-]+\\s+){0,3}?(${KINDS})\\b`);
const KIND_OF_BEFORE = new RegExp(`\\b(${KINDS})\\s+of\\s+(?:the\\s+)?$`, 'i');
/** An Arabic article written before a capitalised name ("al-Hol", "el-Fasher") belongs to the name. */
const ARTICLE_BEFORE = /(?<![\p{L}])(?:al|el|ad|ar|as|ash|at|an|az|ez)-$/iu;
/** Words that end a person's or an organisation's name rather than a place's. */
const NOT_A_PLACE_HEAD = /^(?:mr|mrs|ms|dr|gen|president|minister|governor|commander|chief|general|colonel|islamic|national|federal|united|republican|democratic)$/i;

/** Words that make a typed run an institution's name ("Glasgow Police Department", "U.S. Transportation Department"), not a place's. */
const INSTITUTION_WORD = /^(?:Police|Fire|Sheriff|Sheriff['’]s|Court|Council|Government|Transportation|Justice|Health|Education|Defense|Defence|State|Ministry|Agency|Services?|Public|Works|Parks|Corrections|Homeland|Security|Treasury|Labor|Labour|Commerce|Energy|Interior|Agriculture)$/;

const KIND_AT_END = new RegExp(`\\s(${KINDS})$`, 'i');
/** Kinds that are part of the place's name ("Tahrir Square", "al-Hol camp"). */
export const KEPT_IN_NAME = new Set(['square', 'market', 'camp']);
const CUE_WORD = /\b(?:in|near|at|outside|around|inside)\s+(?:the\s+)?$/i;

function kindOf(words: string): string | null {
  const k = words.toLowerCase().replace(/-/g, ' ');
  if (k === 'local government area') return 'lga';
  if (k === 'villages') return 'village';
  return KIND_SET.has(k) ? k : KIND_SET.has(k.replace(/ /g, '-')) ? k.replace(/ /g, '-') : null;
}

/**
 * What `s.matchAll(/(?:(?! of ).)+/g)` yields (the pieces of a run around " of ", each after the first
 * starting at "of"), found by scanning: the regex keeps a backtrack entry per character and overflows
 * the stack on a run of millions of characters.
 */
export function* piecesBetweenOf(s: string): Generator<{ readonly index: number; readonly 0: string }> {
  const stops = (at: number) => LINE_TERMINATOR.test(s[at]!) || s.startsWith(' of ', at);
  let i = 0;
  while (i < s.length) {
    while (i < s.length && stops(i)) i++;
    if (i >= s.length) return;
    let j = i + 1;
    while (j < s.length && !stops(j)) j++;
    yield { index: i, 0: s.slice(i, j) };
    i = j;
  }
}
const LINE_TERMINATOR = /[\n\r\u2028\u2029]/;

/**
 * Names typed by a kind word: the run's own last word ("Kanbalu Township"), a lower-case kind word
 * after it ("Narin village"), or "<kind> of" before it ("the village of Kota Okola"). Each comes back
 * as a mention of the bare name with its kind; names the stop-list holds are skipped.
 */
export function typedNames(g: Gazetteer, text: string): Mention[] {
  const found: Mention[] = [];
  for (const whole of capitalisedRuns(text)) {
   // "Chikun Local Government Area of Kaduna State" types two names.
   for (const run of piecesBetweenOf(whole[0])) {
    let start = whole.index + run.index;
    let words = run[0].replace(/[.,;:!?]+$/u, '').split(/\s+/);
    // "the twin city of Omdurman. It said": a name ends with its sentence (not at "St." or "U.S.").
    const sentenceEnd = words.findIndex((w, k) => k < words.length - 1 && /[.!?]$/.test(w) && !ABBREVIATION.test(w));
    if (sentenceEnd >= 0) words = [...words.slice(0, sentenceEnd), words[sentenceEnd]!.replace(/[.!?]+$/u, '')];
    // "Baghdad's Tahrir Square": the name starts after the possessive.
    const possessive = words.findLastIndex((w, k) => k < words.length - 1 && /[’']s$/.test(w));
    if (possessive >= 0) {
      start += words.slice(0, possessive + 1).join(' ').length + 1;
      words = words.slice(possessive + 1);
    }
    while (words.length && FUNCTION_WORDS.has(words[0]!.toLowerCase())) {
      start += words[0]!.length + 1;
      words = words.slice(1);
    }
    if (!words.length) continue;
    let kind: string | null = null;
    const own = KIND_AT_END.exec(words.join(' '));
    // "Sadr City", "Mexico City" are names; "Tahrir Square" keeps its kind word as part of the name.
    if (own && own.index > 0 && !/^city$/i.test(own[1]!)) {
      kind = kindOf(own[1]!);
      if (!KEPT_IN_NAME.has(kind ?? '')) words = words.join(' ').slice(0, own.index).split(' ');
    }
    const nameEnd = start + words.join(' ').length;
    if (!kind) kind = kindOf(KIND_AFTER.exec(text.slice(nameEnd, nameEnd + 30))?.[1] ?? '');
    if (!kind) kind = kindOf(KIND_OF_BEFORE.exec(text.slice(Math.max(0, start - 40), start))?.[1] ?? '');
    if (!kind) kind = kindOf(KIND_IN_APPOSITION.exec(text.slice(nameEnd, nameEnd + 60))?.[1] ?? '');
    if (!kind || words.length > 4 || NOT_A_PLACE_HEAD.test(words[0]!) || words.some((w) => INSTITUTION_WORD.test(w))) continue;
    const article = ARTICLE_BEFORE.exec(text.slice(Math.max(0, start - 4), start));
    if (article) start -= article[0].length;
    const phrase = text.slice(start, nameEnd);
    if (phrase.replace(/[^\p{L}]/gu, '').length < 3 || g.stopNames.has(exactKey(phrase))) continue;
    found.push({ start, end: nameEnd, phrase, kind });
   }
  }
  return found;
}

/**
 * An unknown capitalised name after a place cue that the text places inside a known area
 * ("in Kainuwa near the Gashigar area", "in Sima, in Yatenga province"): a mention with no kind,
 * resolved (or listed as unlisted) through that container.
 */
export function cuedNamesBefore(text: string, mentions: readonly Mention[], linkGap: RegExp): Mention[] {
  const found: Mention[] = [];
  // Mentions in text order, with the furthest end reached so far: overlap and "the next mention" by
  // binary search, so a long text costs its runs times log(mentions), not runs times mentions.
  const sorted = mentions.every((m, i) => i === 0 || mentions[i - 1]!.start <= m.start) ? mentions : [...mentions].sort((a, b) => a.start - b.start);
  const reach: number[] = [];
  for (const m of sorted) reach.push(Math.max(reach[reach.length - 1] ?? -1, m.end));
  /** Index of the first mention starting at or after `offset`. */
  const firstFrom = (offset: number) => {
    let lo = 0;
    let hi = sorted.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (sorted[mid]!.start < offset) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  };
  for (const run of capitalisedRuns(text)) {
    const start = run.index;
    const end = start + run[0].replace(/[.,;:!?]+$/u, '').length;
    const after = firstFrom(end);
    if (after > 0 && reach[after - 1]! > start) continue; // a mention starting before the run's end reaches into it
    if (!CUE_WORD.test(text.slice(Math.max(0, start - 30), start))) continue;
    const words = run[0].split(/\s+/);
    if (words.length > 3 || FUNCTION_WORDS.has(words[0]!.toLowerCase())) continue;
    const next = sorted[after];
    if (!next || next.start - end > 40 || !linkGap.test(text.slice(end, next.start))) continue;
    found.push({ start, end, phrase: text.slice(start, end), kind: null });
  }
  return found;
}
