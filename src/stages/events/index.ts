// The events stage: typed event mentions with flags and arguments, merged into one ACLED-coded event per day, place and actor pair.
import { withLayer, withRecords, type Article } from '../../article/article.ts';
import type { EventRecord, Evidence } from '../../article/records.ts';
import { makeSpan, type JsonValue, type Span } from '../../article/span.ts';
import type { Stage } from '../../pipeline/stage.ts';
import { SUB_EVENT_TYPES } from './acled-taxonomy.ts';
import { detectMentions, type EventMention } from './detect-mentions.ts';
import { eventActors, eventDate, eventLocation } from './event-arguments.ts';
import { harmCounts } from './fatalities.ts';
import { mergeEvents } from './merge-events.ts';
import { NON_ACLED_LABELS, subEventTypeOf } from './typing/case-labels.ts';

export const EVENTS_VERSION = '0.2.0';

const evidence = (text: string, start: number, end: number): Evidence => ({ start, end, text: text.slice(start, end) });

/** Build the event record for one ACLED mention, reading the optional argument layers. */
export function eventFromMention(article: Article, m: EventMention): EventRecord {
  const subEventType = subEventTypeOf(m.label)!;
  const text = article.text;
  const { actor1, actor2 } = eventActors(article, m);
  const location = eventLocation(article, m);
  const date = eventDate(article, m);
  const harm = harmCounts(article, m.clauseStart, m.clauseEnd);
  const place = location?.place;
  return {
    kind: 'event',
    eventType: SUB_EVENT_TYPES[subEventType],
    subEventType,
    actor1,
    actor2,
    dateStart: date.start,
    dateEnd: date.end,
    timePrecision: date.precision,
    location: place?.name ?? null,
    country: place?.country ?? null,
    admin1: place?.admin1 ?? null,
    admin2: place?.admin2 ?? null,
    latitude: place?.lat ?? null,
    longitude: place?.lon ?? null,
    geoPrecision: place?.precision ?? null,
    fatalities: harm.fatalities,
    injured: harm.injured,
    flags: m.flags,
    trigger: evidence(text, m.triggerStart, m.triggerEnd),
    evidence: [evidence(text, m.sentenceStart, m.sentenceEnd)],
    confidence: Number((0.4 + 0.5 * m.confidence).toFixed(3)),
    producedBy: `events@${EVENTS_VERSION}`,
  };
}

/**
 * Stage factory. Requires `sentences`; reads `actors`, `places`, `dates` and `quantities` when a
 * stage before it assigned them. Assigns `triggers` (one span per typed mention, labelled with its
 * ACLED sub-event type, or with a non-ACLED report kind such as "Diplomacy" and value
 * `{ acled: false, code }`) and `events`. Decision: reports that are not conflict events (diplomacy,
 * disasters, crime, claims of responsibility) are recognised in `triggers` but never become
 * events, so they cannot be mistaken for violence; flagged mentions (negated, hypothetical,
 * historical) do become events, carrying their flags.
 */
export function eventsStage(): Stage {
  const provenance = { stage: 'events', version: EVENTS_VERSION, method: 'cue-lexicon+argument-rules', confidence: 0.6 };
  return {
    id: 'events',
    version: EVENTS_VERSION,
    requires: ['sentences'],
    assigns: ['triggers', 'events'],
    apply(article) {
      const text = article.text;
      const triggers: Span[] = [];
      const events: EventRecord[] = [];
      for (const m of detectMentions(article)) {
        const subEventType = subEventTypeOf(m.label);
        const label = subEventType ?? NON_ACLED_LABELS[m.label as keyof typeof NON_ACLED_LABELS];
        const value: JsonValue = {
          acled: subEventType !== null,
          code: m.label,
          eventType: subEventType ? SUB_EVENT_TYPES[subEventType] : null,
          flags: [...m.flags],
        };
        triggers.push(makeSpan(text, m.triggerStart, m.triggerEnd, label, value, { ...provenance, confidence: m.confidence }));
        if (subEventType) events.push(eventFromMention(article, m));
      }
      return withRecords(withLayer(article, 'triggers', triggers), { events: mergeEvents(events) });
    },
  };
}
