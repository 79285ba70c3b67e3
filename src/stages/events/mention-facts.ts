// Everything one mention says by itself: its type, date, place, actors, harm, flags, and whether it states an aggregate or a habit.
import type { Article } from '../../article/article.ts';
import type { EventFlag } from '../../article/records.ts';
import type { Span } from '../../article/span.ts';
import { SUB_EVENT_TYPES, type EventType, type SubEventType } from './acled-taxonomy.ts';
import { isCountryLevel, placeOf, type ArticleContext } from './article-context.ts';
import type { EventMention } from './detect-mentions.ts';
import { mentionActors, type FoundActor } from './event-actors.ts';
import { mentionDate, type MentionDate } from './event-date.ts';
import { harmCounts, type HarmCounts } from './fatalities.ts';
import { genericReason, type GenericReason } from './generic-statements.ts';
import { subEventTypeOf } from './typing/case-labels.ts';

export interface MentionFacts {
  readonly mention: EventMention;
  readonly subEventType: SubEventType;
  readonly eventType: EventType;
  readonly date: MentionDate;
  /** Places the mention itself names, best first (most precise, in the article's country, nearest the trigger). */
  readonly places: readonly Span[];
  readonly actor1: FoundActor | null;
  readonly actor2: FoundActor | null;
  readonly harm: HarmCounts;
  readonly flags: readonly EventFlag[];
  /** Why the mention states something other than one event, or null. */
  readonly generic: GenericReason | null;
  /** True when the text presents it as another event than the ones before ("the second attack", "separately"). */
  readonly separate: boolean;
  /** Places listed together ("in Baghdad, Kirkuk, Nineveh and Anbar"): one event in each, ACLED's one-place unit. */
  readonly placeList: readonly Span[];
}

/** Place spans of one clause that form a list: consecutive, joined only by commas and "and". */
function listedPlaces(text: string, places: readonly Span[]): Span[] {
  const ordered = [...places].sort((a, b) => a.start - b.start);
  let best: Span[] = [];
  let run: Span[] = [];
  for (const s of ordered) {
    const last = run[run.length - 1];
    if (last && /^\s*(?:,|,?\s+and|,?\s+as well as)\s+(?:in\s+)?$/i.test(text.slice(last.end, s.start))) run.push(s);
    else run = [s];
    if (run.length > best.length) best = [...run];
  }
  const distinct = new Set(best.map((s) => placeOf(s).id));
  return best.length >= 2 && distinct.size === best.length && best.every((s) => placeOf(s).precision <= 3 && !isCountryLevel(placeOf(s))) ? best : [];
}

/** Words that present a mention as one more event rather than more about the last one. */
const ANOTHER_EVENT = /\b(?:(?:the|a) (?:first|second|third|fourth|other|separate|earlier|previous) (?:attack|incident|assault|bombing|blast|explosion|strike|raid|clash|ambush)|another (?:attack|incident|assault|bombing|blast|explosion|strike|raid|clash|ambush)|separately|elsewhere|in a separate)\b/i;

/**
 * Candidate places of a mention: place spans in its clause, else in its sentence. Ranked by the
 * article's country first (a place abroad is usually a homonym or an actor's home), then precision,
 * then distance from the trigger.
 */
export function mentionPlaces(context: ArticleContext, m: EventMention): Span[] {
  const inClause = context.places.filter((s) => s.start >= m.clauseStart && s.end <= m.clauseEnd);
  const candidates = inClause.length ? inClause : context.places.filter((s) => s.start >= m.sentenceStart && s.end <= m.sentenceEnd);
  const home = (s: Span): number => (context.mainCountry && placeOf(s).countryCode !== context.mainCountry ? 1 : 0);
  const distance = (s: Span): number => Math.abs(s.start - m.triggerStart);
  return [...candidates].sort((a, b) => home(a) - home(b) || placeOf(a).precision - placeOf(b).precision || distance(a) - distance(b));
}

/** The facts of one ACLED-typed mention. */
export function mentionFacts(article: Article, context: ArticleContext, m: EventMention): MentionFacts {
  const subEventType = subEventTypeOf(m.label)!;
  const date = mentionDate(article, m);
  const text = article.text;
  const { actor1, actor2 } = mentionActors(article, m);
  const places = mentionPlaces(context, m);
  return {
    mention: m,
    subEventType,
    eventType: SUB_EVENT_TYPES[subEventType],
    date,
    places,
    placeList: listedPlaces(text, places.filter((p) => p.start >= m.clauseStart && p.end <= m.clauseEnd)),
    actor1,
    actor2,
    harm: harmCounts(article, m.clauseStart, m.clauseEnd),
    flags: m.flags,
    separate: ANOTHER_EVENT.test(text.slice(m.clauseStart, m.clauseEnd)),
    generic: genericReason(text.slice(m.clauseStart, m.clauseEnd), text.slice(m.sentenceStart, m.sentenceEnd), date.explicit && date.precision !== null && date.precision <= 3),
  };
}
