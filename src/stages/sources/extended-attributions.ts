// Attributions a sentence-by-sentence reading misses: a headline's source ("…kills 31 -sources") and quotes that run over several sentences.
import type { Attribution } from './find-attributions.ts';
import { parseSpeaker } from './speaker-phrase.ts';

/** How much of a line's end a headline source is looked for in: sources there are short, and the bound keeps it linear. */
const HEADLINE_TAIL = 100;
/** "…: Asayish", "… -sources", "… – police", "…, says official", "…, official says". */
const HEADLINE_SOURCE = /(?:(?::|\s[-–—]|\s-(?=\S))\s*|,\s+(?:says?|said)\s+)((?:[a-z]+\s+)?(?:sources?|officials?|police|army|military|witnesses|residents|medics|doctors|monitor|ministry|spokes(?:man|woman|person))|(?:[A-Z][\w’'.-]*)(?:\s+[A-Z][\w’'.-]*){0,3})\s*$|,\s+((?:[a-z]+\s+)?(?:sources?|officials?|police|army|military|witnesses|residents|medics))\s+says?\s*$/;
/** Title-case headline words that are not a source's name ("Five Killed In Baghdad"). */
const HEADLINE_WORD = /^(?:in|on|at|of|for|the|and|after|as|with|over|to|from|by|near|amid|kills?|killed|dead|dies|died|attacks?|wounds?|wounded|injur\w*|bomb\w*|strikes?|clash\w*|says?|said|is|are|was|were|new|more|toll|rises?|video|photos?|live|update\w*|watch|analysis|opinion|news)$/i;

/** A capitalised tail is a source's name only when short, without digits, and not made of headline words. */
function looksLikeHeadlineSource(who: string): boolean {
  const words = who.split(/\s+/);
  return words.length <= 3 && !/\d/.test(who) && !words.some((w) => HEADLINE_WORD.test(w));
}

/** Quotes pending a speaker are followed back at most this many sentences. */
const MAX_QUOTED_SENTENCES = 6;

/**
 * The source a headline names at its end ("Suicide attack kills at least 35, wounds dozens -sources",
 * "27 ISIS suspects arrested in al-Hol: Asayish"), for sentences that are headlines: the first of
 * the article, or any that does not end as prose does (no full stop). The attribution covers the
 * headline.
 */
export function headlineAttributions(text: string, sentences: readonly (readonly [number, number])[]): Attribution[] {
  const out: Attribution[] = [];
  sentences.forEach(([start, end], index) => {
    const line = text.slice(start, end).trimEnd();
    if (index > 0 && /[.!?"”’)]$/.test(line)) return;
    const from = Math.max(0, line.length - HEADLINE_TAIL);
    const m = HEADLINE_SOURCE.exec(line.slice(from));
    if (!m) return;
    const who = m[1] ?? m[2]!;
    if (/^[A-Z]/.test(who) && !looksLikeHeadlineSource(who)) return;
    const at = start + from + m.index + m[0].indexOf(who);
    const speaker = parseSpeaker({ text: who, start: at }, null, []);
    if (!speaker || speaker.start <= start) return;
    out.push({ speaker, cue: 'headline', coversStart: start, coversEnd: end, method: 'headline', sentence: index });
  });
  return out;
}

/** Opening and closing quotation marks in a sentence, counted. */
function quoteBalance(sentence: string): number {
  let balance = 0;
  for (const ch of sentence) {
    if (ch === '“') balance++;
    else if (ch === '”') balance--;
  }
  return balance;
}

/**
 * A quotation that runs over several sentences: the sentences inside it are its speaker's. The
 * speaker is named where the quote closes ("“A. B. C,” the governor said.") or where it opens
 * ("The governor said: “A. B. C.”", "He told reporters: A."), and copies of that attribution cover
 * the other sentences of the quote, at most MAX_QUOTED_SENTENCES of them. A sentence that ends in a
 * colon after its speaker introduces the next sentence even without quotation marks.
 */
export function openQuoteAttributions(text: string, sentences: readonly (readonly [number, number])[], found: readonly Attribution[]): Attribution[] {
  const bySentence = new Map<number, Attribution>();
  for (const a of found) if (a.method !== 'headline' && !bySentence.has(a.sentence)) bySentence.set(a.sentence, a);
  const out: Attribution[] = [];
  const cover = (speaker: Attribution, from: number, to: number) => {
    for (let i = from; i < to; i++) {
      if (bySentence.has(i)) continue;
      const [s, e] = sentences[i]!;
      out.push({ ...speaker, coversStart: s, coversEnd: e, method: 'quote-continuation', sentence: i });
    }
  };
  let openedAt: number | null = null;
  sentences.forEach(([start, end], index) => {
    const sentence = text.slice(start, end);
    const balance = quoteBalance(sentence);
    const own = bySentence.get(index);
    if (openedAt !== null && index - openedAt > MAX_QUOTED_SENTENCES) openedAt = null;
    if (openedAt === null) {
      if (balance > 0) openedAt = index;
      // "He told reporters:" with no quotation marks introduces the sentence after it.
      else if (own && /:\s*$/.test(sentence) && index + 1 < sentences.length) cover(own, index + 1, index + 2);
      return;
    }
    if (balance > 0) { openedAt = index; return; }
    if (balance < 0) {
      const opener = bySentence.get(openedAt);
      // Named at the close covers back to the opening; named at the opening covers on to the close.
      if (own) cover(own, openedAt, index);
      else if (opener) cover(opener, openedAt + 1, index + 1);
      openedAt = null;
    }
  });
  return out;
}
