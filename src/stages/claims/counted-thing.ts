// What one count in a sentence counts: the noun phrase after it and the harm verb that governs it ("killing seven", "were wounded").
import type { ClaimCounted } from '../../article/records.ts';
import { NOMINAL_BEFORE, VERB_AT_END, VERB_AT_START, kindOfNominal, kindOfNoun, kindOfVerb } from './counted-words.ts';

/** How a count was read: what it counts, the noun phrase it counts (as written), and the word that decided. */
export interface CountedReading {
  readonly counted: ClaimCounted;
  /** The counted noun phrase as written ("Iraqi army officers"); null when the count has none ("killing seven"). */
  readonly noun: string | null;
  /** Its last word, lower-cased ("officers"); null with the noun. */
  readonly head: string | null;
  /** The verb or noun that said what is counted; null when nothing did ('other'). */
  readonly cue: string | null;
}

/** How far around a count (characters) its verb is looked for: the reading is local, so it stays linear in the text. */
const WINDOW = 120;
/** Function words end a noun phrase; matched case-sensitively so "IS fighters" is not cut at "is". */
const PHRASE_STOP = /^(?:the|a|an|of|in|on|at|to|from|and|or|but|who|that|which|with|by|for|were|was|are|is|be|been|have|has|had|as|than|into|during|after|before|since|including|while|when|where|will|would|could|can|may|might|not|also|all|only|each|more|less|per|among|across|over|under|near|inside|outside|said|says|say|told|according|there|they|their|its|his|her|this|these|those|it|he|she|we|you|i)$/;
/** Fillers between a verb and its count: "killing the five militants", "wounding another 20", "arrested a total of 27". */
const FILLER_AT_END = /(?:\b(?:the|a total of|a further|another|an additional|additional|all|some|about|around|nearly|almost|over|at least|more than|up to|as many as|roughly|approximately|an estimated|estimated|only|just|its|their)\s+)$/i;
/** "killing and injuring five": the first of two joined verbs decides. */
const TWO_VERBS = /\b(\w+(?:\s+\w+)?)\s+(?:and|or)\s+\w+\s*$/i;

/**
 * The counted noun phrase at the start of `after` (the text right after a number): up to six words,
 * skipping "of" ("dozens of people") and bracketed acronyms ("Syrian Arab Army (SAA) soldiers"),
 * ending at the first plural, verb-like or function word. Returns the phrase and its length in
 * `after`, or null when no noun follows.
 */
export function readNounPhrase(after: string): { text: string; length: number } | null {
  const window = after.slice(0, WINDOW);
  const lead = /^["”’]?\s*(?:—\s*|of\s+(?:the\s+)?)?/.exec(window)![0].length;
  const words: string[] = [];
  let at = lead;
  let end = lead;
  const token = /\s*(\([A-Z][A-Za-z]{1,8}\)|\d{1,3}-year-old|[\p{L}][\p{L}'’-]*)/uy;
  while (words.length < 6) {
    token.lastIndex = at;
    const m = token.exec(window);
    if (!m) break;
    const word = m[1]!;
    at = token.lastIndex;
    if (word.startsWith('(')) { end = at; continue; }
    if (PHRASE_STOP.test(word)) break;
    const lower = word.toLowerCase();
    // A participle right after the number is the noun ("ten wounded"); after other words it is a verb.
    if (/(?:ed|ing)$/.test(lower) && words.length > 0) break;
    words.push(word);
    end = at;
    if (words.length === 1 && VERB_AT_START.test(lower) && kindOfNoun(lower) === null) break;
    if (/[a-z]s$/.test(word) && !/(?:ss|us|is)$/.test(word)) break;
    if (/^(?:people|men|women|children|personnel|militiamen|gunmen|policemen|servicemen|fishermen|staff|crew|dead|wounded|injured|missing)$/i.test(word)) break;
  }
  return words.length ? { text: words.join(' '), length: end } : null;
}

/** The harm verb governing a count from before it ("killed at least 31", "killing and injuring five"), or null. */
function verbBefore(before: string): string | null {
  let text = before.slice(-WINDOW);
  for (let i = 0; i < 3; i++) {
    const filler = FILLER_AT_END.exec(text);
    if (!filler) break;
    text = text.slice(0, filler.index);
  }
  const joined = TWO_VERBS.exec(text);
  if (joined && kindOfVerb(joined[1]!) && VERB_AT_END.test(text)) return joined[1]!;
  return VERB_AT_END.exec(text)?.[1] ?? null;
}

/**
 * The verb saying what happened to the counted people, after their noun phrase: "were killed",
 * "have been wounded", "died", ", including a colonel, were killed", "and 18 security forces were
 * injured", "on Monday were killed". An active verb with an object ("gunmen killed two") is not
 * theirs: they did it.
 */
const PREDICATE_AFTER = new RegExp(
  '^(?:\\s*\\([^)]{0,40}\\))?' +
  '(?:\\s*,\\s*(?:including|among them|most of them|many of them)\\s[^,]{1,60},)?' +
  '(?:\\s+including\\s+[\\p{L}-]+(?:\\s+[\\p{L}-]+)?)?' +
  '(?:\\s+and\\s+(?:[\\d,]+|[a-z]+)(?:\\s+[\\p{L}-]+){1,3}?(?=\\s+(?:were|have|had|are|was)\\b))?' +
  '(?:\\s+(?:who|that|which))?' +
  '(?:\\s+(?:on|in|at|near|during|from|of|since|across|aboard|inside)\\s+[^,;.]{1,30}?(?=\\s+(?:were|was|have|has|had|are|is)\\b))?' +
  '((?:\\s+(?:have|has|had|were|was|are|is|been|being|reportedly|allegedly|also|all|later|subsequently|lightly|seriously|critically|moderately|badly|fatally|slightly|mortally|now|since|both|either|among|those)){0,4})' +
  '\\s+(\\S+(?:\\s+\\S+){0,3})',
  'iu',
);

function verbAfter(rest: string): string | null {
  const m = PREDICATE_AFTER.exec(rest.slice(0, WINDOW));
  if (!m) return null;
  const verb = VERB_AT_START.exec(m[2]!)?.[1];
  if (!verb) return null;
  const passive = m[1]!.trim() !== '' || /^(?:died|dead|perished|missing|disappeared|fled|fleeing|lost\b|sustained)/i.test(verb);
  // "15 fighters killed in the raid": a participle with no object is passive; "gunmen killed two" is active.
  const object = /^\s+(?:the|a|an|his|her|their|its|at least|more than|some|about|\d|(?:one|two|three|four|five|six|seven|eight|nine|ten|dozens|hundreds|several)\b|[\p{Lu}])/u.test(m[2]!.slice(verb.length));
  return passive || !object ? verb : null;
}

/**
 * What the count at [start, end) of `sentence` counts. The noun is the quantity stage's when it has
 * one (`noun`), else read from the text. Order of evidence: a harm verb governing the count (before
 * it, or after its noun phrase), a nominal before it ("death toll to 11"), then the noun itself
 * ("refugees", "attacks", "fighters"); 'other' when nothing says.
 */
export function readCounted(sentence: string, start: number, end: number, noun: string | null): CountedReading {
  const after = sentence.slice(end);
  const phrase = readNounPhrase(after);
  const nounText = phrase?.text ?? noun;
  const head = nounText ? nounText.trim().split(/\s+/).at(-1)!.toLowerCase() : null;
  const headKind = head ? kindOfNoun(head) : null;
  const before = sentence.slice(Math.max(0, start - WINDOW), start);
  // A participle standing as the noun ("ten wounded", "330 dead") says it all.
  if (head && phrase && !phrase.text.includes(' ') && (headKind === 'killed' || headKind === 'wounded') && VERB_AT_START.test(head)) {
    return { counted: headKind, noun: null, head: null, cue: head };
  }
  const before_ = verbBefore(before);
  const beforeKind = before_ ? kindOfVerb(before_) : null;
  const afterVerb = verbAfter(phrase ? after.slice(phrase.length) : after);
  const afterKind = afterVerb ? kindOfVerb(afterVerb) : null;
  const reading = (counted: ClaimCounted, cue: string | null): CountedReading => ({ counted, noun: nounText, head, cue });
  // Firing and launching count what was fired ("launched 34 operations" are attacks, "fired six missiles" munitions).
  if (beforeKind === 'munitions') return reading(headKind === 'attacks' ? 'attacks' : 'munitions', before_);
  if (beforeKind) return reading(beforeKind, before_);
  if (afterKind && afterKind !== 'munitions') return reading(afterKind, afterVerb);
  const nominal = NOMINAL_BEFORE.exec(before.slice(-60));
  if (nominal) return reading(kindOfNominal(nominal[1]!)!, nominal[1]!);
  if (headKind) return reading(headKind, head);
  return reading('other', null);
}
