// Who said what in one article: speaker-cue, cue-speaker and "according to" patterns, quotes, and links across sentences.
import type { Piece, SpeakerMention } from './speaker-phrase.ts';
import { resolveSpeaker } from './resolve-speaker.ts';
import { headlineAttributions, openQuoteAttributions } from './extended-attributions.ts';
import { parseSpeaker, looksLikeName, trimPiece } from './speaker-phrase.ts';
import {
  ADVERB_BEFORE, CLAIMED_LIVES, CLAUSE_AFTER, CUE_PATTERN, CUES_NEEDING_THAT, DOCUMENT_SPEAKER, PUT_THE_TOLL, INVERTING_VERBS, LEADING_FILLER, LEFT_BOUNDARY, NOT_A_SPEAKER, NOUN_DETERMINER_BEFORE,
  NOUN_LIKE_CUES, ROLE_START, SENTENCE_STOP, TRAILING_CIRCUMSTANCE, TRAILING_FILLER, VERB_INSIDE,
} from './attribution-cues.ts';

/** One attribution: the speaker mention (absolute offsets), the cue, what it covers, and how it was found. */
export interface Attribution {
  readonly speaker: SpeakerMention;
  readonly cue: string;
  readonly coversStart: number;
  readonly coversEnd: number;
  readonly method: 'speaker-cue' | 'cue-speaker' | 'according-to' | 'quote-continuation' | 'headline';
  /** The sentence index the attribution was found in. */
  readonly sentence: number;
}

export interface ActorMention {
  readonly start: number;
  readonly end: number;
  readonly text: string;
}

/** A quotation, at most MAX_QUOTE characters: an unclosed mark is not followed to the end of the text. */
const QUOTE = /“[^”]{0,3000}”|"[^"]{0,3000}"/g;
/** A sentence that says who told what the sentence before it told: "This was made known in an update given by X", "The figures were released by X". */
const BACKWARD_REPORT = /^\s*(?:This|That|These (?:figures|numbers|details)|The (?:figures?|toll|numbers?|information|news|account|details))\s+(?:\w+\s+){0,2}?(?:was|were|has been|have been|had been|is|are)\s+(?:first\s+)?(made known|disclosed|confirmed|announced|revealed|reported|given|released|provided|stated|shared)\b[^.;:]{0,80}?\bby\s+/;

/** How far (characters) from its cue a speaker phrase is read: any speaker fits, and the bound keeps reading linear. */
const SPEAKER_WINDOW = 300;
const APPOSITION_SPLIT = /\s*,\s*|\s+[-–—]\s+/g;

/**
 * The range an attribution covers: the quotations when they are direct speech (the sentence opens
 * with one, or one is introduced by a comma or colon), else the whole sentence.
 */
function coverage(text: string, start: number, end: number): [number, number] {
  const sentence = text.slice(start, end);
  const quotes = [...sentence.matchAll(QUOTE)];
  if (quotes.length === 0) return [start, end];
  const direct = quotes.some((q) => q.index === 0 || /[,:]\s*$/.test(sentence.slice(0, q.index)));
  if (!direct) return [start, end];
  const last = quotes[quotes.length - 1]!;
  return [start + quotes[0]!.index, start + last.index + last[0].length];
}

/** Split a speaker stretch into apposition segments with their absolute offsets. */
function segments(piece: Piece): Piece[] {
  const out: Piece[] = [];
  let last = 0;
  for (const m of piece.text.matchAll(APPOSITION_SPLIT)) {
    out.push({ text: piece.text.slice(last, m.index), start: piece.start + last });
    last = m.index + m[0].length;
  }
  out.push({ text: piece.text.slice(last), start: piece.start + last });
  return out;
}

/** How much of a phrase's end the suffix patterns look at: what they strip is short, and a bounded tail keeps them linear. */
const SUFFIX_TAIL = 200;
/** A bracketed acronym ("(SOJTF)"): its brackets are not clause boundaries. */
const ACRONYM = /\(([A-Z][A-Za-z]{1,8})\)/g;

/** The phrase before a cue without trailing quotes, adverbs and circumstances ("on Tuesday", "in a statement"). */
function stripSuffixes(phrase: string): string {
  const cut = Math.max(0, phrase.length - SUFFIX_TAIL);
  let tail = phrase.slice(cut).replace(/[\s“"‘]+$/, ' ');
  for (let i = 0; i < 3; i++) {
    const before = tail;
    tail = tail.replace(TRAILING_CIRCUMSTANCE, ' ').replace(TRAILING_FILLER, ' ');
    if (tail === before) break;
  }
  return phrase.slice(0, cut) + tail;
}

/** Role nouns that make a phrase before a name its role. */
const ROLE_NOUN = /\b(?:spokes\w+|official|minister|commander|head|chief|principal|teacher|headmaster|headmistress|leader|director|governor|president|chairman|secretary|officer|general|colonel|captain|analyst|adviser|advisor|expert|researcher|professor|ambassador|envoy|lawmaker|senator|mayor|councillor|activist|witness|resident|doctor|correspondent|reporter|journalist|editor|founder|member|representative|coordinator|manager|administrator|prosecutor|judge|sheriff|inspector|superintendent|sergeant|lieutenant|major)\b/i;

/** A relative clause that starts with its verb ("who spoke to reporters"), not with a subject of its own. */
const SUBJECTLESS = /^(?!(?:the|a|an|his|her|its|their|this|these|those|some|many|several|one|two|three|he|she|they|it|we|i|you)\b)[a-z]/;

/** A relative clause whose comma only sets off an appositive to a name in it: "spoke to Zagazola Makama, a counter-insurgency expert". */
const NAME_THEN_APPOSITIVE = /^[^,]*[\p{Lu}][\p{L}'’-]+,\s+(?:a|an|the)\s+[^,]*,?\s*$/u;
/** "spoke to NAME": the clause that identifies unnamed sources by the one they spoke to. */
const SPOKE_TO = /^(?:spoke|talked|speaking|talking)\s+to\s+(?:[\p{Lu}][\p{L}'’-]+\s*){1,4}(?=,|\s*$)/u;

/** The speaker before a cue: "Sheikh Mohamed Nouri, a local tribal leader, said" or "US defence officials warned". */
function speakerBefore(text: string, sentenceStart: number, cueStart: number, actors: readonly ActorMention[]): SpeakerMention | null {
  const from = Math.max(sentenceStart, cueStart - SPEAKER_WINDOW);
  let left = from;
  let previousLeft = from;
  let relative: number | null = null;
  const before = text.slice(from, cueStart).replace(ACRONYM, ' $1 ');
  for (const m of before.matchAll(LEFT_BOUNDARY)) {
    previousLeft = left;
    left = from + m.index + m[0].length;
    relative = /^(?:who|which)\b/i.test(m[0]) ? from + m.index : null;
  }
  for (const m of before.matchAll(SENTENCE_STOP)) {
    if (from + m.index + m[0].length > left) { left = from + m.index + m[0].length; relative = null; }
  }
  // "Sources who spoke to Zagazola Makama said", "a resident, who asked not to be named, told AFP":
  // a relative clause with no subject of its own describes the speaker named before it.
  const clause = text.slice(left, cueStart);
  if (relative !== null && SUBJECTLESS.test(clause) && relative > previousLeft && (!clause.includes(',') || /,\s*$/.test(clause) || NAME_THEN_APPOSITIVE.test(clause))) {
    const head = speakerBefore(text, previousLeft, relative, actors);
    // "Sources who spoke to Zagazola Makama, a counter-insurgency expert, revealed": unnamed sources are known by whom they spoke to.
    const spokeTo = head?.anonymous ? SPOKE_TO.exec(clause) : null;
    if (head && spokeTo) {
      const endAt = left + spokeTo[0].length;
      return { ...head, end: endAt, name: text.slice(head.start, endAt) };
    }
    if (head) return head;
  }
  const chunk = stripSuffixes(text.slice(left, cueStart));
  const parts = segments({ text: chunk, start: left }).filter((s) => s.text.trim());
  if (parts.length === 0) return null;
  if (/[,—–-]\s*$/.test(chunk) && parts.length >= 2) {
    const nameIndex = parts.findIndex((p) => looksLikeName(subjectOf(p)?.text ?? ''));
    if (nameIndex === -1) return withSubject(parts[0]!, parts[1]!, actors);
    return withSubject(parts[nameIndex]!, parts[nameIndex + 1] ?? parts[nameIndex - 1] ?? null, actors);
  }
  const speaker = parts[parts.length - 1]!;
  const previous = parts[parts.length - 2];
  // "Capt. Steve Juge, with the Sheriff's Office said": the last segment places the speaker named before it.
  if (previous && /^\s*(?:with|of|from|at|for)\s/.test(speaker.text)) return withSubject(previous, speaker, actors);
  // "The spokesman, Ali Noor, said": a short role before the name; "The differences in X, Meredith noted" is no role.
  const preRole = previous && /^\s*(?:[Aa]n?|[Tt]he)\s+[a-z]/.test(previous.text) && ROLE_NOUN.test(previous.text) && previous.text.trim().split(/\s+/).length <= 8
    && looksLikeName(trimPiece(speaker).text) ? previous : null;
  return withSubject(speaker, preRole, actors);
}

function withSubject(phrase: Piece, role: Piece | null, actors: readonly ActorMention[]): SpeakerMention | null {
  const subject = subjectOf(phrase);
  return subject ? parseSpeaker(subject, role, actors) : null;
}

/** "…, a figure the army denied": the thing said heads a relative clause whose subject is the speaker. */
const RELATIVE_HEAD = /^(?:a|an|the)\s+(?:figure|claim|toll|number|account|report|version|assertion|allegation|statement|tally)s?\s+(?:that\s+|which\s+)?(?=\S)/i;

/**
 * The subject at the end of a phrase: leading conjunctions dropped; when a verb is still inside
 * ("were able to … and Baghdad"), only what follows its last "and"; null when nothing is left.
 */
function subjectOf(phrase: Piece): Piece | null {
  let { text, start } = phrase;
  // "Chu visited the family in August and said": the speaker is the name the sentence opens with.
  if (/\sand\s*$/.test(text)) {
    const opener = /^\s*((?:[\p{Lu}][\p{L}.'’-]*\s+){0,3}[\p{Lu}][\p{L}'’-]*)\s+[a-z]/u.exec(text);
    return opener ? trimPiece({ text: opener[1]!, start: start + opener.index + opener[0].indexOf(opener[1]!) }) : null;
  }
  const verb = VERB_INSIDE.exec(text);
  if (verb) {
    const and = text.slice(verb.index).lastIndexOf(' and ');
    if (and === -1) return null;
    start += verb.index + and + 5;
    text = text.slice(verb.index + and + 5);
  }
  const lead = (LEADING_FILLER.exec(text.trimStart()) ?? RELATIVE_HEAD.exec(text.trimStart()))?.[0].length ?? 0;
  const pad = text.length - text.trimStart().length;
  const piece = trimPiece({ text: text.slice(pad + lead), start: start + pad + lead });
  return piece.text ? piece : null;
}

/** The speaker after a cue: "said Brig. Gen. Yahya Rasoul, the Iraqi army spokesman." or "according to one official". */
function speakerAfter(text: string, from: number, to: number, actors: readonly ActorMention[]): SpeakerMention | null {
  const rest: Piece = { text: text.slice(from, Math.min(to, from + SPEAKER_WINDOW)).replace(/[.!?]+\s*$/, ''), start: from };
  const parts = segments(rest);
  const first = parts[0]!;
  if (!first.text.trim() || /^\s*(?:what|which|how|whether|that)\b/i.test(first.text)) return null;
  const appositive = parts[1] && ROLE_START.test(parts[1].text) && looksLikeName(trimPiece(first).text) ? parts[1] : null;
  // "by the head teacher, Sani Abdullahi, who …": a role, then the name in apposition.
  if (!appositive && parts[1] && /^\s*(?:the|a|an|its|their)\s/i.test(first.text) && ROLE_NOUN.test(first.text) && looksLikeName(trimPiece(parts[1]).text)) {
    return parseSpeaker(parts[1], first, actors);
  }
  return parseSpeaker(first, appositive, actors);
}

/** "…, said Ahmad Zia, a spokesman.": a name, then the end of the sentence or an apposition, follows the cue. */
function nameFollows(text: string, from: number, to: number): boolean {
  const rest = text.slice(from, Math.min(to, from + 200));
  const first = /^\s*([^,.;]+?)\s*(?:[,;]|[.!?]?$)/.exec(rest);
  if (first !== null && looksLikeName(first[1]!)) return true;
  // "…, said Afghan government spokesperson Zabihullah Mujahid, claiming …": a role, then a name.
  if (first !== null && ROLE_THEN_NAME.test(first[1]!)) return true;
  // "…, said the government of Guanajuato state.": a short noun phrase ends the sentence.
  const tail = /^\s*((?:the|a|an|one|two|three|several)\s[^.;!?]*?)[.!?]?\s*$/i.exec(rest);
  return tail !== null && tail[1]!.split(/\s+/).length <= 12 && SPEAKER_NOUN.test(tail[1]!) && !/\b(?:that|was|were|is|are|had|has|have|will|would)\b/i.test(tail[1]!);
}

/** A short role ending in a role noun, then a capitalised name of two words or more: "Afghan interim government spokesperson Zabihullah Mujahid". */
const ROLE_THEN_NAME = new RegExp(`^(?:[\\p{L}'’-]+\\s+){0,6}?${ROLE_NOUN.source}\\s+(?:[\\p{Lu}][\\p{L}'’-]+\\s+){1,3}[\\p{Lu}][\\p{L}'’-]+$`, 'u');

/** Nouns that head a speaker put after its cue ("…, said the interior ministry"), unlike a clause ("…, said the raid ended"). */
const SPEAKER_NOUN = /\b(?:government|ministry|police|officials?|spokes(?:man|woman|person)|army|military|sources?|agency|group|authorities|statement|report|commander|governor|minister|witness(?:es)?|residents?|doctors?|medics?|monitor|observatory|council|committee|office|president|chief|head|leader|mayor|administrator|coalition|forces|media|channel|television|radio|newspaper|website|service|department|prosecutor|official)\b/i;

/**
 * Every attribution in an article. `sentences` are [start, end) offsets; `actors` are actor spans
 * (used to name organisations). Pronoun speakers ("he said") and bare surnames ("said Nouri") are
 * resolved to an earlier speaker; a quotation with no cue of its own continues the previous
 * sentence's speaker. Unresolvable pronouns and non-speakers ("it said") yield nothing.
 */
export function findAttributions(text: string, sentences: readonly (readonly [number, number])[], actors: readonly ActorMention[]): Attribution[] {
  const out: Attribution[] = [];
  // One scan of the whole text for cues and quotation marks; sentences then take theirs in order.
  const cues = [...text.matchAll(CUE_PATTERN)];
  const quotes = [...text.matchAll(/[“"]/g)].map((q) => q.index);
  let nextCue = 0;
  let nextQuote = 0;
  sentences.forEach(([start, end], index) => {
    while (nextCue < cues.length && cues[nextCue]!.index < start) nextCue++;
    while (nextQuote < quotes.length && quotes[nextQuote]! < start) nextQuote++;
    const sentenceCues: RegExpExecArray[] = [];
    while (nextCue < cues.length && cues[nextCue]!.index < end) sentenceCues.push(cues[nextCue++]!);
    const hasQuote = nextQuote < quotes.length && quotes[nextQuote]! < end;
    // "This was made known by the head teacher, …": the agent speaks for the sentence before.
    const back = index > 0 ? BACKWARD_REPORT.exec(text.slice(start, Math.min(end, start + SPEAKER_WINDOW))) : null;
    if (back) {
      const speaker = speakerAfter(text, start + back[0].length, end, actors);
      const [prevStart, prevEnd] = sentences[index - 1]!;
      if (speaker && !NOT_A_SPEAKER.test(speaker.name)) {
        const a = resolveSpeaker(text, { speaker, cue: back[1]!.toLowerCase(), coversStart: prevStart, coversEnd: prevEnd, method: 'according-to', sentence: index }, out);
        if (a) out.push(a);
      }
    }
    if (!hasQuote && sentenceCues.length === 0) return;
    const sentence = text.slice(start, end);
    const [coversStart, coversEnd] = coverage(text, start, end);
    const found: Attribution[] = [];
    const speakerStarts = new Set<number>();
    let lastSpeakerEnd = -1;
    for (const cueMatch of sentenceCues) {
      const m = { 0: cueMatch[0], index: cueMatch.index - start };
      const cueStart = cueMatch.index;
      const cueEnd = cueStart + m[0].length;
      const cue = m[0].toLowerCase();
      // Only a few words either side of the cue are read here: slicing the whole sentence per cue would be quadratic.
      const tail = sentence.slice(Math.max(0, m.index - 16), m.index);
      const next = sentence.slice(m.index + m[0].length, m.index + m[0].length + 40);
      if (m[0] === 'According to' && m.index !== 0) continue;
      if ((cue === 'put' || cue === 'puts') && !PUT_THE_TOLL.test(next)) continue;
      if (CUES_NEEDING_THAT.has(cue) && !/^\s+that\b/.test(next)) continue;
      if (/^claim/.test(cue) && CLAIMED_LIVES.test(next)) continue;
      const passive = /\b(?:was|were|be|been|is|are|as)\s+$/i.test(tail);
      const byAgent = passive ? /^\s+by\s+/.exec(next) : null;
      // "X was quoted as saying": the one quoted, before the verb, is the speaker.
      const quotedAsSaying = passive && cue === 'quoted' && /^\s+as\s+(?:saying|telling)\b/.test(next);
      if (cue !== 'concerned' && !byAgent && !quotedAsSaying && (passive || /-$/.test(tail))) continue;
      if (lastSpeakerEnd > cueStart && found.some((f) => cueStart >= f.speaker.start && cueStart < f.speaker.end)) continue;
      if (NOUN_LIKE_CUES.has(cue) && (NOUN_DETERMINER_BEFORE.test(tail) || (!CLAUSE_AFTER.test(next) && !ADVERB_BEFORE.test(tail)))) continue;
      let speaker: SpeakerMention | null;
      let method: Attribution['method'];
      if (cue === 'according to' || cue === 'citing') {
        speaker = speakerAfter(text, cueEnd, end, actors); method = 'according-to';
      } else if (byAgent) {
        // "as reported by X", "was confirmed by the army": the agent is the speaker.
        speaker = speakerAfter(text, cueEnd + byAgent[0].length, end, actors); method = 'according-to';
      } else if (quotedAsSaying) {
        speaker = speakerBefore(text, start, cueStart, actors); method = 'speaker-cue';
      } else if (cue === 'quoted') {
        // "Reuters quoted a police officer as saying …": the one quoted is the speaker.
        const saying = /\s+as\s+(?:saying|telling)\b/.exec(text.slice(cueEnd, Math.min(end, cueEnd + 200)));
        speaker = saying ? speakerAfter(text, cueEnd, cueEnd + saying.index, actors) : null; method = 'cue-speaker';
      } else if (INVERTING_VERBS.has(cue) && (/[”"][\s,]*$|[,.!?]\s*[”"]\s*$/.test(tail) || (/,\s*$/.test(tail) && cue !== 'told' && nameFollows(text, cueEnd, end)))) {
        speaker = speakerAfter(text, cueEnd, end, actors); method = 'cue-speaker';
      } else {
        speaker = speakerBefore(text, start, cueStart, actors); method = 'speaker-cue';
      }
      if (!speaker || NOT_A_SPEAKER.test(speaker.name) || !/\p{L}{2}/u.test(speaker.name) || speaker.name.split(/\s+/).length > 14) continue;
      // "Police found a body" is no report; "a UN report found …" and "police found that …" are.
      if (/^(?:found|show|shows|showed)$/.test(cue) && !DOCUMENT_SPEAKER.test(speaker.name) && !/^\s+that\b/.test(next)) continue;
      if (speakerStarts.has(speaker.start)) continue;
      speakerStarts.add(speaker.start);
      lastSpeakerEnd = Math.max(lastSpeakerEnd, speaker.end);
      // "“…,” wounding one, according to the army": "according to" speaks for the whole sentence, not only its quote.
      const whole = cue === 'according to';
      found.push({ speaker, cue, coversStart: whole ? start : coversStart, coversEnd: whole ? end : coversEnd, method, sentence: index });
    }
    const resolved = found.map((a) => resolveSpeaker(text, a, out)).filter((a): a is Attribution => a !== null);
    if (resolved.length === 0 && hasQuote) {
      const previous = out[out.length - 1];
      if (previous && previous.sentence === index - 1 && /^[“"]/.test(sentence)) {
        resolved.push({ ...previous, coversStart, coversEnd, method: 'quote-continuation', sentence: index });
      }
    }
    out.push(...resolved);
  });
  const headlines = headlineAttributions(text, sentences);
  const headlineSentences = new Set(headlines.map((h) => h.sentence));
  const all = [...out.filter((a) => !headlineSentences.has(a.sentence)), ...headlines];
  all.push(...openQuoteAttributions(text, sentences, all));
  return all.sort((a, b) => a.sentence - b.sentence || a.speaker.start - b.speaker.start);
}
