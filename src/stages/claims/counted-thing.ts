// What one count in a sentence counts: the noun phrase after it and the harm verb that governs it ("killing seven", "were wounded").
import type { ClaimCounted } from '../../article/records.ts';
import { NOMINAL_BEFORE, THING_HEAD, isPersonNoun, VERB_AT_END, VERB_AT_START, VERB_SOURCE, kindOfNominal, kindOfNoun, kindOfVerb } from './counted-words.ts';

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
/** Adverbs in -ly (not the nouns that end so). */
const ADVERB = /^(?!(?:family|ally|assembly|supply|rally|bully|italy|anomaly|monopoly|homily|lily|belly)$)[a-z]{3,}ly$/;
/** Fillers between a verb and its count: "killing the five militants", "wounding another 20", "arrested a total of 27". */
const FILLER_AT_END = /(?:\b(?:the|a total of|a group of|a number of|a band of|a family of|a further|another|an additional|additional|all|some|about|around|nearly|almost|over|at least|more than|up to|as many as|roughly|approximately|an estimated|estimated|only|just|its|their)\s+)$/i;
/** "killing and injuring five", "shot dead and wounded": the first of two joined verbs decides. */
const TWO_VERBS = [/\b(\w+)\s+(?:and|or)\s+\w+\s*$/i, /\b(\w+\s+\w+)\s+(?:and|or)\s+\w+\s*$/i];

/**
 * The counted noun phrase at the start of `after` (the text right after a number): up to six words,
 * skipping "of" ("dozens of people") and bracketed acronyms ("Syrian Arab Army (SAA) soldiers"),
 * ending at the first plural, verb-like or function word. Returns the phrase and its length in
 * `after`, or null when no noun follows.
 */
export function readNounPhrase(after: string): { text: string; length: number } | null {
  const window = after.slice(0, WINDOW);
  const lead = /^["”’]?\s*(?:—\s*|(?:out\s+)?of\s+(?:(?:the|his|her|their|its|our)\s+)?(?:[\d,]+\s+)?)?/.exec(window)![0].length;
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
    // "wounding one moderately": an adverb after the number is no noun.
    if (ADVERB.test(lower)) break;
    // A participle right after the number is the noun ("ten wounded"); after other words it is a verb.
    if (/(?:ed|ing)$/.test(lower) && words.length > 0) break;
    words.push(word);
    end = at;
    if (words.length === 1 && VERB_AT_START.test(lower) && kindOfNoun(lower) === null) break;
    if (/[a-z]s$/.test(word) && !/(?:ss|us|is)$/.test(word)) break;
    if (/^(?:people|men|women|children|personnel|militiamen|gunmen|policemen|servicemen|fishermen|dead|wounded|injured|missing)$/i.test(word)) break;
  }
  // "304 serving and former personnel": a phrase cut at an -ing/-ed modifier has lost its noun.
  if (words.length && /(?:ing|ed)$/i.test(words.at(-1)!) && !VERB_AT_START.test(words.at(-1)!)) return null;
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
  const last = VERB_AT_END.exec(text)?.[1] ?? null;
  if (!last) return null;
  for (const pattern of TWO_VERBS) {
    const joined = pattern.exec(text);
    const first = joined ? kindOfVerb(joined[1]!) : null;
    // Of two joined harms the graver names the count: "shot and killed", "killing and injuring".
    if (first) return kindOfVerb(last) === 'killed' ? last : joined![1]!;
  }
  return last;
}

/**
 * What may stand between a counted noun phrase and its verb, each stripped from the front in turn:
 * a bracket, ", including a colonel,", "including six children", "and 18 security forces", "who",
 * a short prepositional phrase ("of the PMF", "on Monday"), auxiliaries and adverbs ("have been",
 * "reportedly", "confirmed"). Each is short, and at most MAX_STEPS are taken, so reading is linear.
 */
const SKIPPABLE: readonly RegExp[] = [
  /^\s*\([^()]{0,40}\)/,
  /^\s*,\s*(?:including|among them|most of them|many of them|mostly|all)\s[^,]{1,60},/,
  /^\s+(?:including|among them|mostly)\s+(?:[\p{L}\d-]+\s+){0,3}?[\p{L}-]+(?=\s+(?:were|was|have|has|had|are|is)\b)/u,
  /^\s*(?:,\s*|\s+and\s+)(?:[\d,]+|[a-z]+)(?:\s+[\p{L}-]+){1,5}?(?=\s+(?:were|have|had|are|was)\b)/u,
  /^\s+(?:who|that|which)\b/,
  /^\s+(?:on|in|at|near|during|from|of|since|across|aboard|inside|belonging to)\s+(?:[^\s,;.]+\s+){0,4}?[^\s,;.]+(?=\s+(?:were|was|have|has|had|are|is|including)\b)/,
  /^\s+(?:have|has|had|were|was|are|is|been|being|having|then|eventually|finally|reportedly|allegedly|also|all|later|subsequently|lightly|seriously|critically|moderately|badly|slightly|mortally|now|both|either|confirmed|reported|feared|presumed|believed|thought|said|known|found|left|to be|to have|since(?=\s+been)|[a-z]{3,}ly(?=\s+(?:been\s+)?[a-z]+(?:ed|en)\b))\b/,
];
const AUXILIARY = /^\s+(?:have|has|had|were|was|are|is|been|being|having|since|confirmed|reported|feared|presumed|believed|thought|said|known|found|left|to be|to have)\b/;
const MAX_STEPS = 8;
/** Verbs of taking that apply to people and things alike. */
const TAKING = /^(?:captur(?:ed|ing)|seized|snatched|taken|caught)$/i;
/** Right before a verb: an infinitive or a modal, so what the verb says did not happen (yet). */
const IRREALIS = /\b(?:to|could|would|may|might|will|can|cannot|should|must|shall)\s+(?:\w+\s+)?$/i;
/** After the people counted: driven from their homes, or made to flee. */
const FROM_HOMES = /^\s+(?:(?:out\s+)?(?:from|of)\s+(?:their|the)\s+(?:homes|villages|houses|lands?|towns)|to\s+(?:flee|leave\s+their\s+homes|abandon\s+their\s+homes))\b/;
const PERSON_HARM: ReadonlySet<ClaimCounted> = new Set(['killed', 'wounded', 'abducted', 'arrested', 'displaced']);
const INTRANSITIVE = /^(?:died|dead|perished|missing|disappeared|fled|fleeing|lost\b|sustained)/i;

/**
 * The verb saying what happened to the counted people, after their noun phrase: "were killed",
 * "have been wounded", "died", ", including a colonel, were killed", "and 18 security forces were
 * injured", "on Monday were killed", "have been confirmed dead". An active verb with an object
 * ("gunmen killed two") is not theirs: they did it.
 */
function verbAfter(rest: string): string | null {
  let text = rest.slice(0, WINDOW);
  let auxiliary = false;
  for (let step = 0; step < MAX_STEPS; step++) {
    const skip = SKIPPABLE.find((pattern) => pattern.test(text));
    if (!skip) break;
    const m = skip.exec(text)!;
    if (AUXILIARY.test(m[0])) auxiliary = true;
    text = text.slice(m[0].length);
  }
  const candidate = /^\s+(\S+(?:\s+\S+){0,3})/.exec(text);
  if (!candidate) return null;
  const verb = VERB_AT_START.exec(candidate[1]!)?.[1];
  // "taken to hospital", "taken for treatment": carried, not captured; "taken part" is no taking.
  if (!verb || (/^taken$/i.test(verb) && /^taken\s+(?:to|for|in|part)\b/i.test(candidate[1]!))) return null;
  // "15 fighters killed in the raid": a participle with no object is passive; "gunmen killed two" is active.
  const object = /^\s+(?:(?:the|a|an|his|her|their|its|at least|more than|some|about|one|two|three|four|five|six|seven|eight|nine|ten|dozens|hundreds|several)\b|\d|[\p{Lu}])/u.test(candidate[1]!.slice(verb.length));
  return auxiliary || INTRANSITIVE.test(verb) || !object ? verb : null;
}

/**
 * A toll as the subject of the clause a count ends: "the (final) death toll …" or "the number of
 * people killed …", then a verb that puts it at the count ("has risen to", "stands at", "is believed
 * to be between"). Group 1 is the toll, group 2 the harm word after "number of".
 */
const TOLL_SUBJECT = /\b(?:(?:death|final|overall)\s+(toll)|number\s+of\s+(?:[\w-]+\s+){0,3}?(killed|dead|deaths|wounded|injured|displaced|arrested|abducted|kidnapped|detained))\b[^.;:!?]{0,140}?\b(?:(?:has|have|had)\s+)?(?:risen|rose|rises|climbed|reached|increased|jumped|stands?|stood|is|was|hit|(?:is|was|are|were)\s+(?:now\s+)?(?:believed|estimated|thought|expected|feared|said|reported)\s+to\s+(?:be|have\s+reached|stand\s+at))(?:\s+(?:to|at|between|around|about|over|nearly|almost|some))?\s*$/i;

/** "Among the dead were …", "Among the victims — … — were 25 children … and 12 teenagers": counts that say who the dead or wounded were. */
const AMONG_THE_HARMED = /\bamong\s+(?:the|those)\s+(dead|victims|killed|fatalities|deceased|wounded|injured)\b[^.;:!?]{0,80}?\b(?:were|are|was|is|included|include)\s+(?:[^.;:!?]{0,80}?(?:,|\band)\s+)?(?:(?:at least|about|some|around|nearly|over|more than)\s+)?$/i;

/** A relative clause or aside set off by commas ("two policemen, who tried to help, were injured"): not part of the clause around it. */
const ASIDE = /,\s*(?:who|which|whose|many of whom|most of whom|some of whom|including|among them|mostly|all of them)\b[^,;.]{0,100},/g;
/** What ends the clause a count's verb may be looked for in: strong punctuation, a quotation mark, a new clause or a report. */
const CLAUSE_END = /[;:!?"“”]|\.(?:\s|$)|\b(?:but|while|whereas|when|after|before|because|although|as|said|says|told|say|according)\b/;
/** Words a noun's modifiers never hold: a finite or infinitive verb of its own, a relative or subordinating word (the scan gives up at them). */
const OTHER_VERB = /\b(?:who|which|that|where|whom|to|will|would|could|can|may|might|should|must|did|do|does)\b|\b[a-z]{3,}(?:ed)\b/;
/** A passive or intransitive harm at the end of the modifiers: "… were kidnapped", "… have fled", "… died". */
const LATE_HARM = new RegExp(`^([^]*?)\\b(?:(?:were|was|are|is|have|has|had)\\s+(?:(?:since|also|reportedly|allegedly|all|both|[a-z]{3,}ly)\\s+)*(?:been\\s+)?(?:(?:since|also|reportedly|allegedly|all|both|[a-z]{3,}ly)\\s+)*(${VERB_SOURCE})|(died|perished|disappeared|fled|went missing|lost their lives))\\b`, 'i');
/** How far (characters) past the noun phrase a late verb is looked for. */
const LATE_WINDOW = 160;

/**
 * The harm verb ending a clause whose subject is the counted people, past long modifiers the
 * step-by-step reading gives up on: "287 students from the LEA School in Kuriga, Kaduna State, were
 * kidnapped", "187 students from the high school division and 125 from the elementary division were
 * taken", "forty-three students from the Ayotzinapa school in Iguala city disappeared". Asides set off
 * by commas are dropped first; any other verb, relative word or clause end in between means the
 * verb is not theirs.
 */
function verbLater(rest: string): string | null {
  let text = rest.slice(0, LATE_WINDOW).replace(ASIDE, (m) => ' '.repeat(m.length));
  const end = CLAUSE_END.exec(text);
  if (end) text = text.slice(0, end.index);
  const m = LATE_HARM.exec(text);
  if (!m || OTHER_VERB.test(m[1]!)) return null;
  return m[2] ?? m[3] ?? null;
}

/**
 * What the count at [start, end) of `sentence` counts. The noun is the quantity stage's when it has
 * one (`noun`), else read from the text. Order of evidence: a harm verb governing the count (before
 * it, or after its noun phrase), a nominal before it ("death toll to 11"), then the noun itself
 * ("refugees", "attacks", "fighters"); 'other' when nothing says.
 */
export function readCounted(sentence: string, start: number, end: number, noun: string | null): CountedReading {
  const after = sentence.slice(end, end + WINDOW);
  // A span that already holds its noun ("300 fighters") has nothing counted after it.
  const phrase = noun && sentence.slice(start, end).endsWith(noun) ? { text: noun, length: 0 } : readNounPhrase(after);
  // The quantities stage's noun, unless it is an adverb ("wounding one moderately").
  const nounText = phrase?.text ?? (noun && !ADVERB.test(noun.toLowerCase()) ? noun : null);
  const head = nounText ? nounText.trim().split(/\s+/).at(-1)!.toLowerCase() : null;
  const headKind = head ? kindOfNoun(head) : null;
  const before = sentence.slice(Math.max(0, start - WINDOW), start);
  // A participle standing as the noun ("ten wounded", "330 dead") says it all.
  if (head && phrase && !phrase.text.includes(' ') && (headKind === 'killed' || headKind === 'wounded') && VERB_AT_START.test(head)) {
    return { counted: headKind, noun: null, head: null, cue: head };
  }
  const governing = verbBefore(before);
  // "enough to kill an adult", "threatened to kill 100 hostages", "could wound": not something that happened.
  const before_ = governing && IRREALIS.test(before.slice(Math.max(0, before.lastIndexOf(governing) - 24), before.lastIndexOf(governing))) ? null : governing;
  const rest = phrase ? after.slice(phrase.length) : after;
  const afterVerb = verbAfter(rest) ?? verbLater(sentence.slice(end + (phrase?.length ?? 0), end + (phrase?.length ?? 0) + LATE_WINDOW));
  // Harm to people is not what happens to things: "captured one gun truck" counts a truck.
  const onThing = (kind: ClaimCounted | null) => (kind && PERSON_HARM.has(kind) && head && THING_HEAD.test(head) ? null : kind);
  // Capturing and seizing take people only when the noun says people ("captured four medals", "seized the town").
  const taking = (verb: string | null, kind: ClaimCounted | null) => (kind && verb && TAKING.test(verb) && head && !isPersonNoun(nounText!) ? null : kind);
  const beforeKind = taking(before_, onThing(before_ ? kindOfVerb(before_) : null));
  const afterKind = onThing(afterVerb ? kindOfVerb(afterVerb) : null);
  const reading = (counted: ClaimCounted, cue: string | null): CountedReading => ({ counted, noun: nounText, head, cue });
  // Firing and launching count what was fired ("launched 34 operations" are attacks, "fired six missiles" munitions).
  if (beforeKind === 'munitions') return reading(headKind === 'attacks' ? 'attacks' : 'munitions', before_);
  if (beforeKind) return reading(beforeKind, before_);
  if (afterKind && afterKind !== 'munitions') return reading(afterKind, afterVerb);
  // "forced 11 million people to flee", "driven two million people from their homes".
  if (FROM_HOMES.test(phrase ? after.slice(phrase.length) : after)) return reading('displaced', 'from their homes');
  // "Among the dead were 25 children": the count is of the dead (or the wounded) the clause opened with.
  const among = AMONG_THE_HARMED.exec(before);
  if (among) return reading(/wound|injur/i.test(among[1]!) ? 'wounded' : 'killed', among[1]!);
  // "the 11 million displaced people", "40 wounded soldiers": a harm participle before a person noun says what happened to them.
  const modifier = phrase && phrase.text.includes(' ') ? kindOfVerb(phrase.text.split(/\s+/)[0]!) : null;
  if (modifier && modifier !== 'munitions' && /(?:ed|en|t)$/i.test(phrase!.text.split(/\s+/)[0]!) && isPersonNoun(nounText!)) return reading(modifier, phrase!.text.split(/\s+/)[0]!);
  const nominal = NOMINAL_BEFORE.exec(before.slice(-60));
  // "The number of people killed in the strike has risen to 171", "The final death toll is believed to be between 115 and 120".
  const tollSubject = !nominal ? TOLL_SUBJECT.exec(before) : null;
  if (tollSubject) {
    const kind = tollSubject[1] ? 'killed' : kindOfVerb(tollSubject[2]!) ?? kindOfNoun(tollSubject[2]!) ?? 'killed';
    return reading(kind, tollSubject[1] ?? tollSubject[2]!);
  }
  if (nominal) return reading(kindOfNominal(nominal[1]!)!, nominal[1]!);
  if (headKind) return reading(headKind, head);
  return reading('other', null);
}
