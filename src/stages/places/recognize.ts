// Finds place mentions: capitalised word runs the gazetteer knows, kept when strong on their own or cued by context.
import type { Gazetteer } from './gazetteer.ts';
import type { Mention } from './resolve.ts';
import { lookupCandidates } from './lookup.ts';
import { exactKey } from './fold-name.ts';

/** A run of capitalised words, allowing lower-case joiners inside ("Stratford upon Avon", "Tal al-Asfour"). */
const CAPITALISED_RUN = /(?<![\p{L}\d])\p{Lu}[\p{L}\d'’.-]*(?:[ \t]+(?:(?:of|de|del|al|el|la|le|du|des|da|do|upon|on|ad|ar|as|ash|at|an|az|ez|es)[ \t-]+)?\p{Lu}[\p{L}\d'’.-]*)*/gu;

/** Words that are capitalised for grammar, not because they name a place ("We", "But", "Man"). */
const FUNCTION_WORDS = new Set(
  ('a an the this that these those there here then than and but or nor so yet for of on in at to from by with as into over under after ' +
    'before since until while when where why how what who whom which whose all any both each every few more most much many some such no not ' +
    'only own same just still also even now today tonight tomorrow yesterday i we you he she it they me us him her them my our your his its their ' +
    'is are was were be been being am do does did have has had will would shall should can could may might must let if though although because ' +
    'however meanwhile moreover according said says one two three four five six seven eight nine ten first second third last next new old man ' +
    'men woman women people day week year home main area center centre section street avenue road chamber bank law war human our us mr mrs ms dr ' +
    'yes no okay ok please thanks thank hello hi dear welcome photo video click read more advertisement').split(' '),
);

/** Titles that make the next capitalised word a person's name ("Gen. Grant", "Mayor Athens"). */
const TITLE_BEFORE = /\b(?:Mr|Mrs|Ms|Miss|Dr|Gen|Lt|Col|Capt|Maj|Sgt|Cpl|Pvt|Adm|Brig|Gov|Sen|Rep|Rev|Fr|Sir|Dame|Lord|Lady|Judge|Justice|President|Minister|Secretary|Chief|Officer|Deputy|Sheriff|Mayor|Coach|Pastor|Prof|Professor|Sgt|Detective|Trooper|King|Queen|Prince|Princess|Pope|Saint)\.?\s+$/;

/** Words before a span that announce a place ("in", "near", "south of", "village of"). */
const PLACE_CUE = /(?:\b(?:in|near|at|from|to|into|outside|inside|across|around|toward|towards|through|throughout|via|between|across|of|visit|visited|reach|reached|entered|left|fled|returned)|\b(?:north|south|east|west|northeast|northwest|southeast|southwest|outskirts|village|town|city|province|governorate|district|county|region|state)\s+of)\s+(?:the\s+)?$/i;

/** True for "Kirkuk province", "Laurel County", "Wadi X": the span names its own kind. */
const SELF_TYPED = /(?:\s(?:province|governorate|district|county|parish|township|valley|mountains?|river|region|state|city)$)|^(?:wadi|mount|jabal|jebel|lake|river|city of)\s/i;

function isStrong(g: Gazetteer, phrase: string): boolean {
  return lookupCandidates(g, phrase, []).some((c) => {
    const e = g.entry(c.entry);
    return c.match === 'alias' || e.kind === 'country' || e.kind === 'admin1' || e.kind === 'region' || e.kind === 'feature'
      || e.population >= 100_000;
  });
}

function known(g: Gazetteer, phrase: string): boolean {
  const key = exactKey(phrase);
  if (g.stopNames.has(key) || FUNCTION_WORDS.has(key)) return false;
  return lookupCandidates(g, phrase, []).length > 0;
}

/**
 * Place mentions in `text`. Within each capitalised run the longest known span from the left is
 * taken. A span is kept when it is strong on its own (country, province, region, alias, a city of
 * 100,000+), names its own kind ("X County"), follows a place cue ("in", "south of"), follows
 * another place in a list, or heads an all-capitals dateline. Spans after a title are people.
 */
export function recognizeMentions(g: Gazetteer, text: string): Mention[] {
  const mentions: Mention[] = [];
  for (const run of text.matchAll(CAPITALISED_RUN)) {
    for (const words of splitAtSentenceEnds(g, text, run.index, run[0])) recognizeInRun(g, text, words, mentions);
  }
  return mentions;
}

interface WordSpan {
  readonly start: number;
  readonly end: number;
}

const ABBREVIATION = /^(?:(?:\p{Lu}\.)+|St\.|Mt\.|Ft\.|Pt\.)$/u;

/** The run's words, cut after any word ending a sentence ("Iraq. Baghdad"), but not after "U.S." or "Ky.". */
function splitAtSentenceEnds(g: Gazetteer, text: string, offset: number, runText: string): WordSpan[][] {
  const parts: WordSpan[][] = [[]];
  for (const w of runText.matchAll(/\S+/g)) {
    parts[parts.length - 1]!.push({ start: offset + w.index, end: offset + w.index + w[0].length });
    if (/[.!?]$/.test(w[0]) && !ABBREVIATION.test(w[0]) && !g.dottedForms.has(w[0].toLowerCase())) parts.push([]);
  }
  return parts.filter((p) => p.length);
}

function recognizeInRun(g: Gazetteer, text: string, words: readonly WordSpan[], mentions: Mention[]): void {
  let i = 0;
  while (i < words.length) {
    let taken = 0;
    if (FUNCTION_WORDS.has(text.slice(words[i]!.start, words[i]!.end).toLowerCase())) {
      i++;
      continue;
    }
    for (let j = words.length; j > i && !taken; j--) {
      const start = words[i]!.start;
      const lastWord = text.slice(words[j - 1]!.start, words[j - 1]!.end);
      if (!/^\p{Lu}/u.test(lastWord)) continue;
      // "Kentucky State Police", "U.S. District Court": a kind word inside a longer name is not the place's.
      if (j < words.length && /^(?:State|District|City|County|Province|Region)$/.test(lastWord)) continue;
      for (const end of spanEnds(g, text, words[j - 1]!.start, words[j - 1]!.end)) {
        const phrase = text.slice(start, end);
        if (!known(g, phrase)) continue;
        if (accept(g, text, start, end, phrase, j - i === words.length, mentions)) mentions.push({ start, end, phrase });
        taken = j - i;
        break;
      }
    }
    i += Math.max(1, taken);
  }
}

/** Where a span may end in its last word: with a trailing dot only for abbreviations ("Ky.", "U.S."), never with a possessive. */
function spanEnds(g: Gazetteer, text: string, wordStart: number, wordEnd: number): number[] {
  const word = text.slice(wordStart, wordEnd).replace(/[’']s$/u, '').replace(/[’']$/u, '');
  const bare = word.replace(/[.,;:!?]+$/u, '');
  const dotted = bare + '.';
  if (word.startsWith(dotted) && (ABBREVIATION.test(dotted) || g.dottedForms.has(dotted.toLowerCase()))) return [wordStart + dotted.length];
  return [wordStart + bare.length];
}

function accept(g: Gazetteer, text: string, start: number, end: number, phrase: string, wholeRun: boolean, found: readonly Mention[]): boolean {
  const before = text.slice(Math.max(0, start - 40), start);
  if (TITLE_BEFORE.test(before)) return false;
  if (isStrong(g, phrase) || SELF_TYPED.test(phrase)) return true;
  if (!wholeRun) return false;
  if (PLACE_CUE.test(before)) return true;
  const previous = found[found.length - 1];
  if (previous && /^(?:,\s*|\s+and\s+|\s+or\s+|\s*\/\s*)$/.test(text.slice(previous.end, start))) return true;
  // Datelines: "HARWINTON —", "Alexandria, La. —" at the start of a line.
  const lineStart = text.lastIndexOf('\n', start - 1) + 1;
  return start - lineStart < 3 && (phrase === phrase.toUpperCase() || /^\s*(?:,|—|–|-\s)/.test(text.slice(end, end + 3)));
}
