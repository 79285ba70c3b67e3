// An event's arguments read from the span layers: actor1/actor2 by syntax cues, the location, and the date.
import { layer, type Article } from '../../article/article.ts';
import type { ActorRef } from '../../article/records.ts';
import type { ActorValue, DateValue, PlaceValue } from '../../article/layer-values.ts';
import type { Span } from '../../article/span.ts';
import type { EventMention } from './detect-mentions.ts';

const within = (s: Span, start: number, end: number): boolean => s.start >= start && s.end <= end;
const actorId = (s: Span | undefined): string | null => (s ? ((s.value as unknown as ActorValue).id ?? null) : null);
const actorType = (s: Span): string | null => (s.value as unknown as ActorValue).type ?? s.label;
const CROWD_LABELS = new Set(['PEACE_PROTEST', 'PROTEST_WITH_INTER', 'FORCE_AGAINST_PROTEST', 'VIOL_DEMONSTR', 'MOB_VIOL']);

function actorRef(article: Article, span: Span): ActorRef {
  const v = span.value as unknown as ActorValue;
  return { id: v.id ?? null, name: v.name ?? article.text.slice(span.start, span.end), text: article.text.slice(span.start, span.end) };
}

const CIVILIAN_TARGET = /\b(civilians?|villagers?|residents?|worshipp?ers?|farmers?|traders?|students?|children|women|families|(?:truffle )?hunters|passengers|pilgrims|shepherds|herders|informants?|mukhtars|man|men|brothers)\b/i;
/** A clause whose subject points back ("They shot…", "The militants then…") takes its initiator from the previous sentence. */
const ANAPHORIC_SUBJECT = /^\s*(?:they|he|she|it|the (?:group|militants|gunmen|attackers|fighters|assailants))\b/i;
const CIVILIAN_LABELS = new Set(['ATTACK', 'ABDUCT_DISSAP', 'SEX_VIOL']);

/**
 * actor1 (initiator) and actor2 (target) of a mention from the `actors` spans of its clause.
 * Passive voice ("Y was ambushed by X") puts the "by" phrase first; otherwise the clause's first
 * actor before the trigger is actor1 and the first after it actor2 ("X attacked Y", "killing X").
 * With no actor span after the trigger of a violence-against-civilians label, civilian words there
 * ("12 truffle hunters") make actor2 the civilians. A pronoun subject ("They shot him") takes
 * actor1 from the first actor of the previous sentence in the paragraph. actor2 is never actor1
 * again, and a civilian actor1 outside demonstrations and riots becomes actor2.
 */
export function eventActors(article: Article, m: EventMention): { actor1: ActorRef | null; actor2: ActorRef | null } {
  const spans = layer(article, 'actors').filter((s) => within(s, m.clauseStart, m.clauseEnd));
  const before = spans.filter((s) => s.end <= m.triggerStart);
  const after = spans.filter((s) => s.start >= m.triggerEnd);
  const text = article.text;
  const passiveBy = after.find((s) => /^\s+(?:\w+\s+){0,3}?by\s+(?:the\s+|a\s+)?$/i.test(text.slice(m.triggerEnd, s.start)));
  const passive = /\b(?:was|were|been|being|is|are|got)\s+(?:\w+ly\s+)?$/i.test(text.slice(m.clauseStart, m.triggerStart));
  let actor1: Span | undefined;
  let actor2: Span | undefined;
  if (passiveBy || passive) {
    actor1 = passiveBy;
    actor2 = before[0];
  } else {
    actor1 = before[0];
    actor2 = after.find((s) => actorId(s) !== actorId(actor1));
  }
  // Civilians never initiate political violence in ACLED's coding: a civilian subject is the victim
  // ("truffle hunters have disappeared"), except at demonstrations and riots.
  if (actor1 && actorType(actor1) === 'civilians' && !CROWD_LABELS.has(m.label)) {
    actor2 ??= actor1;
    actor1 = undefined;
  }
  if (!actor1 && !passive && !passiveBy && ANAPHORIC_SUBJECT.test(text.slice(m.clauseStart, m.triggerStart))) {
    actor1 = layer(article, 'actors').filter((s) => within(s, m.contextStart, m.sentenceStart))[0];
  }
  let target: ActorRef | null = actor2 ? actorRef(article, actor2) : null;
  if (!target && CIVILIAN_LABELS.has(m.label)) {
    const tail = text.slice(m.triggerEnd, m.clauseEnd);
    const civ = CIVILIAN_TARGET.exec(tail);
    if (civ) target = { id: 'civilians', name: 'Civilians', text: civ[0] };
  }
  return { actor1: actor1 ? actorRef(article, actor1) : null, actor2: target };
}

/** The span region of a dateline ("BAGHDAD:", "ERBIL (Kurdistan24) –") at the head of the text, if any. */
export function datelineRegion(text: string): [number, number] | null {
  const m = /^\s*(?:[A-Z][A-Z.'’-]+(?:[ ,]+[A-Z][A-Za-z.'’-]+){0,3})(?:\s*\([^)]{1,40}\))?\s*(?::|[–—-]\s)/.exec(text.slice(0, 120));
  return m ? [0, m[0].length] : null;
}

export interface EventLocation {
  readonly place: PlaceValue;
  readonly span: Span;
}

/**
 * The event's location from `places` spans labelled 'place': in the clause, else the sentence, else the
 * previous sentence of the same paragraph, else the article's dateline. Among candidates the most
 * precise wins, then a listed place over an unlisted one, then the nearest to the trigger.
 */
export function eventLocation(article: Article, m: EventMention): EventLocation | null {
  const all = layer(article, 'places').filter((s) => s.label === 'place');
  const dateline = datelineRegion(article.text);
  const inDateline = (s: Span): boolean => dateline !== null && within(s, dateline[0], dateline[1]);
  const places = all.filter((s) => !inDateline(s));
  const tiers = [
    places.filter((s) => within(s, m.clauseStart, m.clauseEnd)),
    places.filter((s) => within(s, m.sentenceStart, m.sentenceEnd)),
    places.filter((s) => within(s, m.contextStart, m.sentenceStart)),
    all.filter(inDateline),
  ];
  const candidates = tiers.find((t) => t.length > 0);
  if (!candidates) return null;
  const distance = (s: Span): number => Math.abs(s.start - m.triggerStart);
  // A place the gazetteer lacks (`approximate`, located by its container) yields to a listed one of equal precision.
  const approximate = (s: Span): number => ((s.value as unknown as PlaceValue).approximate === true ? 1 : 0);
  const best = [...candidates].sort((a, b) =>
    (a.value as unknown as PlaceValue).precision - (b.value as unknown as PlaceValue).precision || approximate(a) - approximate(b) || distance(a) - distance(b))[0]!;
  return { place: best.value as unknown as PlaceValue, span: best };
}

const PRECISION_OF: Record<DateValue['precision'], number> = { day: 1, week: 2, month: 3, year: 3, decade: 3 };

/**
 * The event's date interval and ACLED time precision: a resolved `dates` span in the clause, else in
 * the sentence; else the publication day with precision 2 (the report's date only bounds the event).
 */
/** Openings that present a sentence as one case of what the text just reported ("nine attacks in January … In one instance, …"). */
const INSTANCE_OPENING = /^(?:in (?:one|another|a further|one such|other) (?:instance|case|incident|attack)s?|in one of (?:them|the attacks)|one (?:such )?(?:attack|incident))\b/i;

/**
 * The date an instance inherits: when the sentence holding the mention, or an earlier sentence of its
 * paragraph, opens as an instance of what came before, the latest date in the paragraph just before
 * that opening. Null otherwise.
 */
function instanceDate(article: Article, sentenceStart: number, dates: readonly Span[]): Span | null {
  const text = article.text;
  const sentences = layer(article, 'sentences');
  const here = sentences.findIndex((s) => s.start === sentenceStart);
  if (here < 0) return null;
  const paragraphStart = text.lastIndexOf('\n', sentenceStart - 1) + 1;
  for (let i = here; i >= 0 && sentences[i]!.start >= paragraphStart; i--) {
    const sentence = sentences[i]!;
    if (!INSTANCE_OPENING.test(text.slice(sentence.start, sentence.end))) continue;
    const previous = sentences[i - 1];
    if (!previous) return null;
    const regionStart = text.lastIndexOf('\n', previous.start - 1) + 1;
    const found = dates.filter((d) => within(d, regionStart, sentence.start));
    return found[found.length - 1] ?? null;
  }
  return null;
}

export function eventDate(article: Article, m: EventMention): { start: string | null; end: string | null; precision: number | null; span: Span | null } {
  const dates = layer(article, 'dates').filter((s) => (s.value as unknown as DateValue).start);
  const pick = dates.find((s) => within(s, m.clauseStart, m.clauseEnd)) ?? dates.find((s) => within(s, m.sentenceStart, m.sentenceEnd));
  const inherited = pick ?? instanceDate(article, m.sentenceStart, dates);
  if (inherited) {
    const v = inherited.value as unknown as DateValue;
    return { start: v.start, end: v.end ?? v.start, precision: PRECISION_OF[v.precision] ?? 3, span: inherited };
  }
  const published = article.meta.published?.slice(0, 10) ?? null;
  return { start: published, end: published, precision: published ? 2 : null, span: null };
}
