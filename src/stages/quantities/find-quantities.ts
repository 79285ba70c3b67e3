// Finding counts and measurements in a sentence: number, hedge ("more than", "between … and"), and the counted noun or unit.
import { EXACT_NUMBER, VAGUE_AMOUNT, parseExactNumber, parseVagueAmount } from './number-words.ts';

/** A quantity in a sentence: offsets relative to the sentence and its QuantityValue fields. */
export interface FoundQuantity {
  readonly start: number;
  readonly end: number;
  readonly label: 'count' | 'measure';
  readonly low: number | null;
  readonly high: number | null;
  readonly best: number | null;
  readonly noun: string | null;
  readonly approximate: boolean;
  readonly hedge: string | null;
}

const LOWER_BOUND = 'more than|over|at least|at minimum|no fewer than|no less than|not less than|upwards? of|in excess of|upward of';
const UPPER_BOUND = 'up to|as many as|less than|fewer than|under|at most|no more than|nearly|almost|close to';
const APPROXIMATE = 'about|around|approximately|roughly|some|an estimated|estimated|likely|perhaps|possibly';
const IS_LOWER_BOUND = new RegExp(`^(?:${LOWER_BOUND})$`);
const IS_UPPER_BOUND = new RegExp(`^(?:${UPPER_BOUND})$`);
const IS_APPROXIMATE = new RegExp(`^(?:${APPROXIMATE})$`);
const HEDGE = `(?:(?<hedge>${LOWER_BOUND}|${UPPER_BOUND}|${APPROXIMATE}|all|only)\\s+["“]?)?`;
const RANGE = `(?<rangeHedge>between|from)\\s+(?<a>${EXACT_NUMBER})\\s+(?:and|to)\\s+(?<b>${EXACT_NUMBER})`;
const SINGLE = `${HEDGE}(?:(?<vague>${VAGUE_AMOUNT})|(?<n>${EXACT_NUMBER})(?:\\s*(?:-|–|to)\\s*(?<n2>${EXACT_NUMBER}))?)`;
const FAMILY = `(?<family>(?:a|one)\\s+(?:man|woman|boy|girl|farmer|shepherd|soldier)|him|her|(?:the|his|her|their)\\s+(?:wife|husband|mother|father|son|daughter|brother|sister))\\s+and\\s+(?:(?:his|her|their)\\s+)?(?<kin>${EXACT_NUMBER})\\s+(?<kinNoun>brothers|sisters|sons|daughters|children|cousins|relatives|companions|colleagues)`;
const QUANTITY = new RegExp(`(?<![\\p{L}\\d,.$-])(?:${FAMILY}|${RANGE}|${SINGLE})(?![\\p{L}\\d]|,\\d|\\.\\d)`, 'iuy');

const UNIT = /^[-\s]?(?:of\s+)?(?:(square|sq\.?)[-\s]+)?(kilomet(?:er|re)s?|km|miles?|met(?:er|re)s?|feet|foot|ft|hectares?|acres?|tons?|tonnes?|kilograms?|kg|pounds|percent|per cent|%|days?|weeks?|months?|years?|hours?|minutes?|seconds?|decades?|dollars|euros)(?![\p{L}])/iu;
const NOUN_STOP = new Set(
  ('the a an of in on at to from and or but who that which with by for were was are is be been have has had among their his her its ' +
   'they them it as than into across during after before since per each more less over under near inside outside this these those ' +
   'including while will would could can may might not also just only likely already still said say says ago old wide long away ' +
   'withdrawn taken driven shown seen known given held remain remains live lives died fled left stayed arrived crossed fought ' +
   'surrendered escaped returned gathered joined waited came went took got began face faced').split(' '),
);
const YEAR = /^(?:19|20)\d\d$/;
/** "6016 Dublin Road": a house number, not a quantity. */
const STREET = /\b(?:Road|Rd|Street|St|Avenue|Ave|Drive|Dr|Lane|Ln|Boulevard|Blvd|Highway|Hwy|Way|Court|Ct|Place|Pl)\.?$/;
/** Participles that can head a count of people ("12 killed", "30 wounded"); other -ed words after a number are verbs. */
const PARTICIPLE_NOUNS = /^(?:wounded|injured|killed|dead|missing|detained|arrested|abducted|kidnapped|displaced)$/i;

/**
 * Where a quantity can be anchored: a digit run or a number/amount word. The full grammar is tried
 * only at the few word starts just before each anchor (hedges such as "between" or "a man and his"
 * come first), which is much cheaper than trying it at every position of every sentence.
 */
const ANCHOR = /(?=\d|on|tw|th|te|fo|fi|fe|si|se|sc|ei|el|ni|hu|ha|do|mi|bi|co)(?:\d[\d,.]*|\b(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|dozens?|hundreds?|thousands?|millions?|billions?|several|few|handful|couple|scores)\b)/gi;
/** How many words before an anchor a quantity may start ("no fewer than", "a man and his two"). */
const WORDS_BEFORE_ANCHOR = 5;
const MONTH_BEFORE = /(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?\s+$/i;

/**
 * Counts and measurements in `sentence`. Bounds follow ACLED's conservative reading: a range keeps
 * low and high with best = low; "more than X" gives low X; "up to X" gives high X; "about X" is
 * approximate; vague words take their conventional values ("several" 3, "dozens" 12, "hundreds" 100).
 * Years (1900-2049 with nothing counted) and day numbers after a month name are not quantities.
 */
export function findQuantities(sentence: string): FoundQuantity[] {
  const out: FoundQuantity[] = [];
  for (const m of grammarMatches(sentence)) {
    const g = m.groups!;
    let start = m.index;
    let end = start + m[0].length;
    if (g.family) {
      const n = parseExactNumber(g.kin!) + 1;
      out.push({ start, end, label: 'count', low: n, high: n, best: n, noun: m[0].replace(/^(?:a|one)\s+/i, ''), approximate: false, hedge: null });
      continue;
    }
    let low: number | null; let high: number | null; let best: number | null; let approximate = false;
    let hedge: string | null = (g.rangeHedge ?? g.hedge ?? null)?.toLowerCase() ?? null;
    if (g.a) {
      low = parseExactNumber(g.a); high = parseExactNumber(g.b!); best = low; approximate = true;
    } else if (g.vague) {
      const v = parseVagueAmount(g.vague);
      if (!v) continue;
      ({ low, high, best } = v); approximate = true;
    } else {
      const n = parseExactNumber(g.n!);
      if (Number.isNaN(n)) continue;
      low = n; high = g.n2 ? parseExactNumber(g.n2) : n; best = n;
      if (g.n2) approximate = true;
    }
    if (hedge && IS_LOWER_BOUND.test(hedge)) { high = g.vague ? high : null; approximate = true; }
    else if (hedge && IS_UPPER_BOUND.test(hedge)) { low = null; approximate = true; }
    else if (hedge && IS_APPROXIMATE.test(hedge)) {
      if (g.vague) { start += m[0].lastIndexOf(g.vague); hedge = null; } else { low = null; high = null; }
      approximate = true;
    }
    if (low !== null && high !== null && high < low) continue; // "2017-18", a season or a score, not a range
    const rest = sentence.slice(end);
    const unit = UNIT.exec(rest);
    if (unit) {
      end += unit[0].length;
      out.push({ start, end, label: 'measure', low, high, best, noun: unit[0].replace(/^[-\s]?(?:of\s+)?/, ''), approximate, hedge });
      continue;
    }
    const numberText = g.n ?? '';
    if (g.n2 && /^\d{3}$/.test(numberText) && /^-\d{4}$/.test(m[0].slice(m[0].indexOf(numberText) + 3))) continue;
    if (YEAR.test(numberText) && !g.n2 && !hedge) continue;
    if (/^\d{1,2}$/.test(numberText) && MONTH_BEFORE.test(sentence.slice(Math.max(0, start - 12), start))) continue;
    const noun = countedNoun(rest) ?? numberOfNoun(sentence.slice(0, start)) ?? countingSubject(sentence.slice(Math.max(0, start - 80), start));
    if (!noun && [g.a, g.b].every((t) => t !== undefined && YEAR.test(t))) continue;
    if (!noun && g.n2 && YEAR.test(numberText) && YEAR.test(g.n2)) continue;
    if (/^one$/i.test(numberText) && !noun) continue;
    if (noun && STREET.test(noun)) continue;
    out.push({ start, end, label: 'count', low, high, best, noun, approximate, hedge });
  }
  return out;
}

/** Matches of the quantity grammar, left to right, each starting at most a few words before an anchor. */
function* grammarMatches(sentence: string): Generator<RegExpExecArray> {
  let consumed = 0;
  for (const anchor of sentence.matchAll(ANCHOR)) {
    if (anchor.index < consumed) continue;
    for (const start of wordStartsBefore(sentence, anchor.index, Math.max(consumed, anchor.index - 60))) {
      QUANTITY.lastIndex = start;
      const m = QUANTITY.exec(sentence);
      if (m && m.index + m[0].length > anchor.index) {
        consumed = m.index + m[0].length;
        yield m;
        break;
      }
    }
  }
}

/** Word start offsets from up to WORDS_BEFORE_ANCHOR words before `at` (not before `floor`) up to `at`, farthest first. */
function wordStartsBefore(sentence: string, at: number, floor: number): number[] {
  const starts = [at];
  let i = at;
  while (starts.length <= WORDS_BEFORE_ANCHOR) {
    while (i > floor && !/\s/.test(sentence[i - 1]!)) i--;
    let word = i;
    while (word < at && /[^\p{L}\p{N}]/u.test(sentence[word]!)) word++;
    if (word !== starts[starts.length - 1]) starts.push(word);
    while (i > floor && /\s/.test(sentence[i - 1]!)) i--;
    if (i <= floor) break;
  }
  return starts.reverse();
}

/** The noun phrase right after a number ("truffle hunters", "American forces"), up to three words; null when none. */
function countedNoun(rest: string): string | null {
  const m = /^["”’]?\s*(?:—\s*|of\s+)?((?:[\p{L}][\p{L}'’-]*\s*){1,3})/u.exec(rest);
  if (!m) return null;
  const words: string[] = [];
  for (const word of m[1]!.trim().split(/\s+/)) {
    if (NOUN_STOP.has(word) || (/(?:ed|ing)$/.test(word) && (words.length > 0 || !PARTICIPLE_NOUNS.test(word)))) break;
    words.push(word);
    // A regular plural ends the noun phrase: "residents saw", "truffle hunters kidnapped".
    if (/[a-z]s$/.test(word) && !/(?:ss|us|is)$/.test(word)) break;
  }
  if (words.length === 0) return null;
  if (words.length > 1 && /(?:ed|ing|ly)$/.test(words[words.length - 1]!.toLowerCase())) words.pop();
  return words.join(' ');
}

/**
 * "The militants can count between 5,000 and 7,000", "the force is estimated at 3,000": the subject
 * of a counting verb is what the number counts.
 */
function countingSubject(before: string): string | null {
  const m = COUNTING_SUBJECT.exec(before);
  return m ? m[1]! : null;
}

const COUNTING_SUBJECT = new RegExp(
  '(?:^|[,;:]\\s*|\\s)(?:(?:the|its|their|his|her)\\s+)?((?!(?:can|could|may|might|now|still|already|is|are|was|were|the|a|an|and|or|of|in|on|at|to)\\b)[\\p{L}-]+' +
  '(?:\\s+(?!(?:can|could|may|might|now|still|already|is|are|was|were|the|a|an|and|or|of|in|on|at|to)\\b)[\\p{L}-]+)?)\\s+' +
  '(?:(?:can|could|may|might|now|still|already)\\s+)?' +
  '(?:count|counts|counted|number|numbers|numbered|field|fields|fielded|total|totals|totalled|totaled|(?:is|are|was|were)\\s+(?:estimated|put|thought|believed)\\s+(?:at|to\\s+number))' +
  '(?:\\s+(?:about|around|some|roughly|between|more\\s+than|at\\s+least|up\\s+to|nearly|almost))?\\s*$',
  'iu',
);

/** "the number of IS fighters remaining is … a few hundred": the counted noun stated before the number. */
function numberOfNoun(before: string): string | null {
  const m = /\bnumber of ((?:[\p{L}][\p{L}'’-]*\s+){0,2}[\p{L}][\p{L}'’-]*s)\b/u.exec(before);
  return m ? m[1]! : null;
}
