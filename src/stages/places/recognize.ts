// Finds place mentions: capitalised word runs the gazetteer knows, kept when strong on their own or cued by context.
import type { Gazetteer } from './gazetteer.ts';
import type { Mention } from './resolve.ts';
import { candidatesOf } from './lookup.ts';
import { englishSpeakingCountries } from './english-speaking.ts';
import { exactKey, foldedKey, withinOneEdit } from './fold-name.ts';
import { boundedMemo } from '../../util/bounded-memo.ts';

/** A run of capitalised words, allowing lower-case joiners inside ("Stratford upon Avon", "Tal al-Asfour"). */
export const CAPITALISED_RUN = /(?<![\p{L}\d])\p{Lu}[\p{L}\d'’.-]*(?:[ \t]+(?:(?:of|de|del|la|le|du|des|da|do|upon)[ \t]+|(?:al|el|ad|ar|as|ash|at|an|az|ez|es|ed|en)-)?\p{Lu}[\p{L}\d'’.-]*)*/gu;

/**
 * The text's capitalised runs (CAPITALISED_RUN's matches). Recognition, typed names, people and cued
 * names each read them, in two passes over the same text: the last text's runs are kept (an article's
 * worth; a longer text's are found again each time rather than held all at once).
 */
export function capitalisedRuns(text: string): Iterable<RegExpExecArray> {
  if (text.length > RUNS_KEPT_CHARS) return text.matchAll(CAPITALISED_RUN);
  if (text !== runsOf) {
    runs = [...text.matchAll(CAPITALISED_RUN)];
    runsOf = text;
  }
  return runs;
}

const RUNS_KEPT_CHARS = 200_000;
let runsOf: string | null = null;
let runs: RegExpExecArray[] = [];

/** Words that are capitalised for grammar, not because they name a place ("We", "But", "Man"). */
export const FUNCTION_WORDS = new Set(
  ('a an the this that these those there here then than and but or nor so yet for of on in at to from by with as into over under after ' +
    'before since until while when where why how what who whom which whose all any both each every few more most much many some such no not ' +
    'only own same just still also even now today tonight tomorrow yesterday i we you he she it they me us him her them my our your his its their ' +
    'is are was were be been being am do does did have has had will would shall should can could may might must let if though although because ' +
    'however meanwhile moreover according said says one two three four five six seven eight nine ten first second third last next new old man ' +
    'men woman women people day week year home main area center centre section street avenue road chamber bank law war human our us mr mrs ms dr ' +
    'yes no okay ok please thanks thank hello hi dear welcome photo video click read more advertisement').split(' '),
);

/** Titles that make the next capitalised word a person's name ("Gen. Grant", "Mayor Athens"). */
export const TITLE_BEFORE = /\b(?:Mr|Mrs|Ms|Miss|Dr|Gen|Lt|Col|Capt|Maj|Sgt|Cpl|Pvt|Adm|Brig|Gov|Sen|Rep|Rev|Fr|Sir|Dame|Lord|Lady|Judge|Justice|President|Minister|Secretary|Chief|Officer|Deputy|Sheriff|Mayor|Coach|Pastor|Prof|Professor|Sgt|Detective|Trooper|King|Queen|Prince|Princess|Pope|Saint)\.?\s+$/;

/** Words before a span that announce a place ("in", "near", "south of", "village of"). */
export const PLACE_CUE = /(?:\b(?:in|near|at|from|to|into|outside|inside|across|around|toward|towards|through|throughout|via|between|across|of|visit|visited|reach|reached|entered|left|fled|returned)|\b(?:north|south|east|west|northeast|northwest|southeast|southwest|outskirts|village|town|city|province|governorate|district|county|region|state)\s+of)\s+(?:the\s+)?(?:(?:north|south|east|west|central|northeast|northwest|southeast|southwest)(?:ern)?\s+)?$/i;

/** True for "Kirkuk province", "Laurel County", "Wadi X": the span names its own kind. */
const SELF_TYPED = /(?:\s(?:province|governorate|district|county|parish|township|valley|mountains?|river|region|state|city)$)|^(?:wadi|mount|jabal|jebel|lake|river|city of)\s/i;

type Strength = 'country' | 'area' | 'city' | 'weak';

/**
 * How surely the phrase names a place by itself: 'area' for countries, provinces, regions, curated
 * features and aliases; 'city' for a city of 100,000+ called by its own name (an alternate name such
 * as "Sam" for Damascus does not count); 'weak' otherwise.
 */
function strength(g: Gazetteer, phrase: string, focus: readonly string[] = []): Strength {
  let best: Strength = 'weak';
  const said = foldedKey(phrase);
  for (const c of candidatesOf(g, phrase, focus)) {
    const e = g.entry(c.entry);
    if (c.match === 'alias' || e.kind === 'country') return 'country';
    // A province counts when it is a sizeable one (not the parish "Michael" on the Isle of Man).
    if (e.kind === 'region' || e.kind === 'feature' || (e.kind === 'admin1' && e.population >= 200_000)) best = 'area';
    else if (best === 'weak' && e.population >= 100_000 && withinOneEdit(foldedKey(e.name), said)) best = 'city';
  }
  return best;
}

/** How surely the phrase names a place by itself (see strength). */
export function placeStrength(g: Gazetteer, phrase: string): Strength {
  return strength(g, phrase);
}

/** exactKey of the phrases recognition tries, which recur within a text and across texts. */
const phraseKey = boundedMemo(exactKey, 50_000);

function known(g: Gazetteer, phrase: string, focus: readonly string[]): boolean {
  const key = phraseKey(phrase);
  // "US" and "IT" in capitals are not the words "us" and "it".
  if (g.stopNames.has(key) || (FUNCTION_WORDS.has(key) && !/^\p{Lu}{2,3}$/u.test(phrase))) return false;
  return candidatesOf(g, phrase, focus).length > 0;
}

/**
 * Place mentions in `text`. Within each capitalised run the longest known span from the left is
 * taken. A span is kept when it is strong on its own (country, province, region, alias, a city of
 * 100,000+), names its own kind ("X County"), follows a place cue ("in", "south of"), follows
 * another place in a list, or heads an all-capitals dateline. Spans after a title are people.
 */
export function recognizeMentions(g: Gazetteer, text: string, focus: readonly string[] = []): Mention[] {
  const mentions: Mention[] = [];
  for (const run of capitalisedRuns(text)) {
    for (const words of splitAtSentenceEnds(g, text, run.index, run[0])) recognizeInRun(g, text, words, mentions, focus);
  }
  return mentions;
}

interface WordSpan {
  readonly start: number;
  readonly end: number;
}

/** Words a recognised span holds at most (the gazetteer's longest names have 13). */
const MAX_NAME_WORDS = 16;

export const ABBREVIATION = /^(?:(?:\p{Lu}\.)+|St\.|Mt\.|Ft\.|Pt\.)$/u;

/** The run's words, cut after any word ending a sentence ("Iraq. Baghdad"), but not after "U.S." or "Ky.". */
function splitAtSentenceEnds(g: Gazetteer, text: string, offset: number, runText: string): WordSpan[][] {
  const parts: WordSpan[][] = [[]];
  for (const w of runText.matchAll(/\S+/g)) {
    parts[parts.length - 1]!.push({ start: offset + w.index, end: offset + w.index + w[0].length });
    if (/[.!?]$/.test(w[0]) && !ABBREVIATION.test(w[0]) && !g.dottedForms.has(w[0].toLowerCase())) parts.push([]);
  }
  return parts.filter((p) => p.length);
}

function recognizeInRun(g: Gazetteer, text: string, words: readonly WordSpan[], mentions: Mention[], focus: readonly string[]): void {
  let i = 0;
  // "A Texas court", "The Queensland Government": a run's leading function words do not make the name inside it.
  let head = 0;
  while (i < words.length) {
    let taken = 0;
    const firstWord = text.slice(words[i]!.start, words[i]!.end);
    if (FUNCTION_WORDS.has(firstWord.toLowerCase()) && !/^\p{Lu}{2,3}$/u.test(firstWord)) {
      if (i === head) head++;
      i++;
      continue;
    }
    // Whether a cue marks the span as a place: the same for every span starting at word i, asked for at most once.
    let cuedAt: boolean | null = null;
    // A span longer than any gazetteer name (13 words) is never known: a run of thousands of capitalised
    // words costs its words times MAX_NAME_WORDS lookups, not its words squared.
    for (let j = Math.min(words.length, i + MAX_NAME_WORDS); j > i && !taken; j--) {
      const start = words[i]!.start;
      const lastWord = text.slice(words[j - 1]!.start, words[j - 1]!.end);
      // "ez-Zor" in "Deir ez-Zor" ends a name as well as a capitalised word does.
      if (!/^(?:(?:al|el|ad|ar|as|ash|at|an|az|ez|es|ed|en)-)?\p{Lu}/u.test(lastWord)) continue;
      // "Kentucky State Police", "U.S. District Court": a kind word inside a longer name is not the
      // place's ("Laurel County Sheriff" keeps its county: US counties are named with the word).
      if (j < words.length && /^(?:State|District|City|Province|Region)$/.test(lastWord)) continue;
      for (const end of spanEnds(g, text, words[j - 1]!.start, words[j - 1]!.end)) {
        const phrase = text.slice(start, end);
        // Spelling variants in the focus country are only tried for a whole run that a cue marks as a place.
        const variantOk = j === words.length && (cuedAt ??= i === head
          ? PLACE_CUE.test(text.slice(Math.max(0, start - 40), start))
          : MODIFIER_WORDS.test(text.slice(words[i - 1]!.start, words[i - 1]!.end)));
        if (!known(g, phrase, variantOk ? focus : [])) continue;
        const position = { first: i === head, last: j === words.length };
        if (accept(g, text, start, end, phrase, position, mentions) || (position.first && position.last && knownInFocus(g, text, start, phrase, focus))) {
          const typed = text.slice(end).match(KIND_AFTER);
          const fullEnd = typed && position.last ? end + typed[0].length : end;
          mentions.push({ start, end: fullEnd, phrase: text.slice(start, fullEnd) });
        }
        taken = j - i;
        break;
      }
    }
    if (!taken) recognizeHyphenParts(g, text, words[i]!, mentions);
    i += Math.max(1, taken);
  }
}

/** "Russia-Turkey ties", "Turkish-Russian": a hyphenated word the gazetteer does not know whole may join two strong names. */
function recognizeHyphenParts(g: Gazetteer, text: string, word: WordSpan, mentions: Mention[]): void {
  const raw = text.slice(word.start, word.end);
  if (!/^\p{Lu}[\p{L}.]+(?:-\p{Lu}[\p{L}.]+)+$/u.test(raw)) return;
  let at = word.start;
  for (const part of raw.split('-')) {
    const name = part.endsWith('.') && !(ABBREVIATION.test(part) || g.dottedForms.has(part.toLowerCase())) ? part.slice(0, -1) : part;
    if (name.length >= 2 && known(g, name, []) && strength(g, name) !== 'weak') mentions.push({ start: at, end: at + name.length, phrase: name });
    at += part.length + 1;
  }
}

/**
 * "attacked the Niafunke post": a name the gazetteer knows in the country the article is mostly about
 * is a place there even without a cue, when English is not one of that country's languages (there a
 * capitalised word mid-sentence is a name, not an English word); not at a sentence's start.
 */
function knownInFocus(g: Gazetteer, text: string, start: number, phrase: string, focus: readonly string[]): boolean {
  const main = focus[0];
  if (!main || englishSpeakingCountries().has(main) || phrase.length < 4 || /^\p{Lu}+$/u.test(phrase)) return false;
  if (/(?:^|[.!?:"“”]\s*|\n\s*)$/.test(text.slice(Math.max(0, start - 4), start))) return false;
  if (TITLE_BEFORE.test(text.slice(Math.max(0, start - 40), start))) return false;
  return candidatesOf(g, phrase, []).some((c) => c.match !== 'alias' && g.entry(c.entry).countryCode === main);
}

/** Where a span may end in its last word: with a trailing dot only for abbreviations ("Ky.", "U.S."), never with a possessive. */
function spanEnds(g: Gazetteer, text: string, wordStart: number, wordEnd: number): number[] {
  const word = text.slice(wordStart, wordEnd).replace(/[’']s$/u, '').replace(/[’']$/u, '').replace(PLACE_COMPOUND, '');
  const bare = word.replace(/[.,;:!?]+$/u, '');
  const dotted = bare + '.';
  if (word.startsWith(dotted) && (ABBREVIATION.test(dotted) || g.dottedForms.has(dotted.toLowerCase()))) return [wordStart + dotted.length];
  return [wordStart + bare.length];
}

/** A lower-case tail that makes the name before it a place: "Washington-based", "U.S.-led", "Canada-wide", "Montreal-area". */
const PLACE_COMPOUND = /-(?:based|led|backed|area|wide|born|bound|controlled|held|run|owned|funded|sponsored|made|registered)$/;

/** Lower-case words after a name that make it a town's or an area's: "Danbury police", "Torrington businesses". */
const LOCAL_NOUN_AFTER = /^\s+(?:police|officers|officials|authorities|residents|resident|natives?|council|councillors|mayor|businesses|schools|hospitals?|firefighters|fire\s+department|sheriff|county|township|skater|athletes?)\b/;

/** Capitalised words after a name that make it the name of a place's institution: "Glasgow Police Department", "Enfield Council". */
const INSTITUTION_AFTER = /^\s+(?:Police|Sheriff|Sheriff['’]s|Fire|Court|Superior|Circuit|District\s+Court|Council|City\s+Council|Government|Regional|Detention|Jail|Coroner|Coroner['’]s|EMS|Public|Board|Transit|Health|Municipal|Township|Mayor|Chamber|Airport|OPP|RCMP)\b/;

/** Words after a name that make it part of a street's, a building's or a newspaper's name ("Church Street", "St. Paul's Hospital", "Los Angeles Times"). */
const NOT_A_PLACE_AFTER = /^(?:[’']s)?\s+(?:Street|St\.|Road|Rd\.|Avenue|Ave\.|Boulevard|Blvd\.?|Highway|Lane|Drive|Hospital|Church|Cathedral|Chapel|Times|Post|Herald|Tribune|Gazette|House|Hall|Medical\s+Center|Cancer\s+Center)\b/;

/** A street's own name ("Church Street", "Hertford Road"), even where a village shares it. */
const STREET_NAME = /\s(?:Street|Road|Avenue|Boulevard|Lane|Drive|Highway)$/;

/** Words before "of" that make the name after it a place: "Government of Alberta", "University of Michigan", "County of Brant". */
const INSTITUTION_OF = /\b(?:Government|University|Hospital|Court|County|City|Town|Village|State|Province|Republic|Kingdom|Mayor|Governor|Premier|Bank|Port|Diocese|Archdiocese|Parliament|Museum|College)\s+of\s+(?:the\s+)?$/;

/** A lower-case kind word after a name that belongs to the mention ("Kirkuk province", "Badush region"). */
const KIND_AFTER = /^\s(?:province|governorate|district|county|parish|region|valley|mountains?|mountain range|river)\b/i;

const MODIFIER_WORDS = /^(?:North|South|East|West|Northern|Southern|Eastern|Western|Central|Upper|Lower|Greater|Downtown|Metro|Northeast|Northwest|Southeast|Southwest|Northeastern|Northwestern|Southeastern|Southwestern|Mid|Rural|Occupied|Mount|Mt\.?|Jabal|Jebel|Wadi|Lake|Fort|Ft\.?|Port)$/;

interface RunPosition {
  readonly first: boolean;
  readonly last: boolean;
}

/** Words after a name that make it the name of a school, hospital or place of worship ("the LEA primary school"). */
const FACILITY_AFTER = /^\s+(?:(?:primary|secondary|high|junior|girls'?|boys'?)\s+)?(?:school|academy|university|college|hospital|clinic|mosque|church|seminary)\b/i;

function namesFacility(text: string, end: number): boolean {
  return FACILITY_AFTER.test(text.slice(end, end + 40));
}

/** "LEA", "NISA": a short all-capitals word outside an all-capitals line is an acronym, not a little-known place. */
function shortAcronym(text: string, start: number, phrase: string): boolean {
  if (!/^\p{Lu}{2,5}$/u.test(phrase)) return false;
  const lineStart = text.lastIndexOf('\n', start - 1) + 1;
  const lineEnd = text.indexOf('\n', start);
  const line = text.slice(lineStart, lineEnd < 0 ? text.length : lineEnd);
  return /\p{Ll}{3}/u.test(line);
}

function accept(g: Gazetteer, text: string, start: number, end: number, phrase: string, at: RunPosition, found: readonly Mention[]): boolean {
  const before = text.slice(Math.max(0, start - 40), start);
  if (TITLE_BEFORE.test(before)) return false;
  const level = strength(g, phrase, []);
  if (level === 'weak' && (namesFacility(text, end) || shortAcronym(text, start, phrase))) return false;
  const after = text.slice(end, end + 40);
  if ((NOT_A_PLACE_AFTER.test(after) || STREET_NAME.test(phrase)) && level !== 'country') return false;
  if (PLACE_COMPOUND.test(text.slice(end, end + 12).match(/^-[a-z]+/)?.[0] ?? '')) return true;
  if (at.first && INSTITUTION_AFTER.test(after)) return true;
  if (INSTITUTION_OF.test(before)) return true;
  const wholeRun = at.first && at.last;
  if (!wholeRun) {
    // Inside a longer capitalised run ("Kirkuk Provincial Council", "US President", "Environment
    // Canada") a strong name counts; a weak one only after a modifier ("Mount Makhmour"), as it is
    // more often part of a person's or a firm's name.
    const previousWord = before.match(/(\S+)\s+$/)?.[1] ?? '';
    if (!at.first && MODIFIER_WORDS.test(previousWord)) return true;
    // "Residents of Kirkuk", "Governor of Diyala": after "of" a known place of some size is named as one.
    if (!at.first && previousWord === 'of' && at.last && level !== 'weak') return true;
    // After another capitalised word only a country or a big city keeps its place reading:
    // "Andrew Trapani" is a person, "Environment Canada" and "CTV Edmonton" still name places.
    return at.first ? level !== 'weak' : level === 'country' || level === 'city';
  }
  if (level !== 'weak' || SELF_TYPED.test(phrase) || KIND_AFTER.test(text.slice(end)) || LOCAL_NOUN_AFTER.test(after)) return true;
  if (PLACE_CUE.test(before)) return true;
  const previous = found[found.length - 1];
  if (previous && /^(?:,\s*|\s+and\s+|\s+or\s+|\s*\/\s*)$/.test(text.slice(previous.end, start))) return true;
  // Datelines: "HARWINTON —", "Alexandria, La. —" at the start of a line.
  const lineStart = text.lastIndexOf('\n', start - 1) + 1;
  return start - lineStart < 3 && (phrase === phrase.toUpperCase() || /^\s*(?:,|—|–|-\s)/.test(text.slice(end, end + 3)));
}
