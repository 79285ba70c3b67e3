// A mention's date from the article's `dates` layer: its own time expression, an instance's inherited one, or the report day.
import { layer, type Article } from '../../article/article.ts';
import type { DateValue } from '../../article/layer-values.ts';
import type { Span } from '../../article/span.ts';
import type { EventMention } from './detect-mentions.ts';
import { spanIndex, textIndex } from './span-index.ts';

export interface MentionDate {
  readonly start: string | null;
  readonly end: string | null;
  /** ACLED time precision: 1 day, 2 week or report day, 3 month or coarser. */
  readonly precision: 1 | 2 | 3 | null;
  /** True when the text itself dates the mention (not the publication day standing in). */
  readonly explicit: boolean;
  /** True when the mention's sentence states a time, resolved or not ("on Sunday" with no publication date to resolve it). */
  readonly stated: boolean;
  readonly span: Span | null;
}

const within = (s: Span, start: number, end: number): boolean => s.start >= start && s.end <= end;
const valueOf = (s: Span): DateValue => s.value as unknown as DateValue;
const PRECISION_OF: Record<DateValue['precision'], 1 | 2 | 3> = { day: 1, week: 2, month: 3, year: 3, decade: 3 };

/** Openings that present a sentence as one case of what the text just reported ("nine attacks in January … In one instance, …"). */
const INSTANCE_OPENING = /^(?:in (?:one|another|a further|one such|other) (?:instance|case|incident|attack)s?|in one of (?:them|the attacks)|one (?:such )?(?:attack|incident))\b/i;
/** A day that dates the report, not the event ("officials said Friday", "the ministry announced on Sunday"). */
const SPEECH_BEFORE = /\b(?:said|says|told|announced|reported|stated|added|confirmed|claimed|declared|tweeted|posted)(?:\s+(?:in|to|at|during|through|via)\s+(?:a|an|the|its|their)?\s*[\w-]+(?:\s+[\w-]+)?)?(?:\s+[A-Z][\w-]*){0,2}\s+(?:on\s+|late\s+|early\s+)?$/;

/** A page's date stamp as scraped at the head of its text: metadata, not a time the text states. */
const PAGE_STAMP = /^\s*date \d{4}-\d\d-\d\d\b/;

/** Verbs that say something began (the event's own onset, which a since-clause may date). */
const ONSET = /\b(?:erupted|began|begun|started|broke out|escalated|kicked off|flared)\b/i;

/** Whether date `s` sits in a since-clause after the mention's trigger that tells something other than an onset. */
function sinceOther(text: string, m: EventMention, s: Span): boolean {
  if (s.start <= m.triggerEnd) return false;
  const between = text.slice(m.triggerEnd, s.start);
  const since = between.search(/\bsince\b(?![\s\S]*\bsince\b)/i);
  if (since < 0) return false;
  // "60,000 … have surrendered or been captured since …": a perfect over the span is a tally, which the since-date lets mention-facts recognise.
  if (/\b(?:has|have)\s+(?:\w+ly\s+)?(?:been\s+)?\w+(?:ed|en)\b/i.test(text.slice(m.clauseStart, m.triggerEnd + since))) return false;
  // "since October 1" starts a span (a tally, see mention-facts); "since he ousted … on Oct 25" is a clause of its own.
  const clause = between.slice(since).replace(/^since\s+/i, '');
  return clause.trim().split(/\s+/).length >= 3 && !ONSET.test(clause);
}

/** A day right before a speech verb dates the statement too ("the Associated Press on Tuesday reported that …", "police on Monday said"). */
const SPEECH_AFTER = /^,?\s+(?:said|says|reported|announced|told|confirmed|claimed|stated|declared|added)\b/;

/** Per article: each sentence's index by start, and the nearest instance opening at or before it in its paragraph. */
interface InstanceIndex {
  readonly at: Map<number, number>;
  readonly opening: Int32Array;
}
const instanceIndexes = new WeakMap<Article, InstanceIndex>();

function instanceIndex(article: Article): InstanceIndex {
  let index = instanceIndexes.get(article);
  if (index) return index;
  const text = article.text;
  const sentences = layer(article, 'sentences');
  const paragraphs = textIndex(article);
  const opening = new Int32Array(sentences.length);
  sentences.forEach((s, i) => {
    const sameParagraph = i > 0 && paragraphs.paragraphStart(s.start) === paragraphs.paragraphStart(sentences[i - 1]!.start);
    opening[i] = INSTANCE_OPENING.test(text.slice(s.start, s.end)) ? i : sameParagraph ? opening[i - 1]! : -1;
  });
  index = { at: new Map(sentences.map((s, i) => [s.start, i])), opening };
  instanceIndexes.set(article, index);
  return index;
}

/**
 * The date an instance inherits: when the sentence holding the mention, or an earlier sentence of its
 * paragraph, opens as an instance of what came before, the latest date (passing `keep`) in the
 * paragraph just before that opening. Null otherwise.
 */
function instanceDate(article: Article, sentenceStart: number, keep: (s: Span) => boolean): Span | null {
  const { at, opening } = instanceIndex(article);
  const here = at.get(sentenceStart);
  if (here === undefined || opening[here]! < 0) return null;
  const sentences = layer(article, 'sentences');
  const open = sentences[opening[here]!]!;
  const previous = sentences[opening[here]! - 1];
  if (!previous) return null;
  const regionStart = textIndex(article).paragraphStart(previous.start);
  return spanIndex(article, 'dates').lastWithin(regionStart, open.start, keep);
}

/** Resolved dates usable for events: a day, week or month (a bare year dates background, not an event). */
function usable(s: Span): boolean {
  const v = valueOf(s);
  return v.start !== null && (v.precision === 'day' || v.precision === 'week' || v.precision === 'month');
}

/**
 * The mention's date: a resolved date in its clause, else in its sentence, else one inherited as an
 * instance; a day that dates a speech verb ("police said Friday") gives that day with precision 2;
 * with no date in the text, the publication day with precision 2 (the report only bounds the event).
 */
export function mentionDate(article: Article, m: EventMention, dateline: readonly [number, number] | null = null): MentionDate {
  const text = article.text;
  const dates = spanIndex(article, 'dates');
  const fine = (s: Span): boolean => valueOf(s).precision !== 'year' && valueOf(s).precision !== 'decade';
  // A date in the dateline ("Bamako, (… 14th Feb, 2022) :") dates the report, not the event.
  // So does a scraped page's leading date stamp (" date 2024-03-08 In what appears …").
  const stamp = PAGE_STAMP.exec(text.slice(0, 40))?.[0].length ?? 0;
  const outsideDateline = (s: Span): boolean => s.start >= stamp && (!dateline || s.end <= dateline[0] || s.start >= dateline[1]);
  const inSentenceAll = dates.within(m.sentenceStart, m.sentenceEnd).filter(outsideDateline);
  const stated = inSentenceAll.some(fine) || instanceDate(article, m.sentenceStart, fine) !== null;
  const own = dates.within(m.clauseStart, m.clauseEnd).filter((s) => usable(s) && outsideDateline(s));
  const inSentence = inSentenceAll.filter(usable);
  const nonSpeech = (s: Span): boolean => !SPEECH_BEFORE.test(text.slice(Math.max(0, s.start - 30), s.start)) && !SPEECH_AFTER.test(text.slice(s.end, s.end + 30));
  // "The demonstrations marked the biggest challenge … since he ousted the prime minister on Oct 25":
  // a date in a since-clause after the trigger dates what the clause tells, unless that is the onset of the event itself.
  const ownTime = (s: Span): boolean => nonSpeech(s) && !sinceOther(text, m, s);
  const pick = own.find(ownTime) ?? inSentence.find(ownTime) ?? instanceDate(article, m.sentenceStart, usable);
  if (pick) {
    const v = valueOf(pick);
    return { start: v.start, end: v.end ?? v.start, precision: PRECISION_OF[v.precision], explicit: true, stated: true, span: pick };
  }
  const speech = own.find((s) => !sinceOther(text, m, s)) ?? inSentence.find((s) => !sinceOther(text, m, s));
  if (speech && valueOf(speech).precision === 'day') {
    const v = valueOf(speech);
    return { start: v.start, end: v.end ?? v.start, precision: 2, explicit: false, stated: true, span: speech };
  }
  const published = article.meta.published?.slice(0, 10) ?? null;
  return { start: published, end: published, precision: published ? 2 : null, explicit: false, stated, span: null };
}

/**
 * The day an event is coded on. ACLED codes one day; when the text dates an event only by a span of
 * weeks ("in the past two weeks, al-Shabaab has … blown up a car bomb"), it is the span's middle day,
 * at precision 2, which lies within a week of any day of a two-week span. A span of days the text
 * states (precision 1) and a month (3) stay as they are.
 */
export function eventDay(date: Pick<MentionDate, 'start' | 'end' | 'precision' | 'explicit'>): { start: string | null; end: string | null } {
  const { start, end } = date;
  if (date.precision !== 2 || !date.explicit || !start || !end || start === end) return { start, end };
  const middle = new Date((Date.parse(start) + Date.parse(end)) / 2).toISOString().slice(0, 10);
  return { start: middle, end: middle };
}

/** ACLED's event_date for an interval: the day itself, or the 15th when only the month is known. */
export function acledEventDate(start: string | null, end: string | null, precision: number | null): string | null {
  if (!start) return null;
  if (precision === 3 && end && start.slice(0, 7) === end.slice(0, 7) && start.endsWith('-01')) return `${start.slice(0, 8)}15`;
  return start;
}
