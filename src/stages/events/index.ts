// The first events stage: marks sentences that report violence, with the trigger span and a best-effort ACLED type.
import { layer, withLayer, withRecords } from '../../article/article.ts';
import type { EventRecord } from '../../article/records.ts';
import { makeSpan, type Span } from '../../article/span.ts';
import type { Stage } from '../../pipeline/stage.ts';
import { SUB_EVENT_TYPES, typePrecedence } from './acled-taxonomy.ts';
import { TRIGGER_RULES } from './trigger-lexicon.ts';

export const EVENTS_VERSION = '0.1.0';

interface Trigger {
  start: number;
  end: number;
  subEventType: keyof typeof SUB_EVENT_TYPES;
}

/** Every trigger in one sentence, earliest rule first for overlapping words. */
export function findTriggers(sentence: string, offset: number): Trigger[] {
  const found: Trigger[] = [];
  for (const rule of TRIGGER_RULES) {
    for (const m of sentence.matchAll(rule.pattern)) {
      const start = offset + m.index;
      const end = start + m[0].length;
      if (found.some((t) => start < t.end && t.start < end)) continue;
      found.push({ start, end, subEventType: rule.subEventType });
    }
  }
  return found.sort((a, b) => a.start - b.start);
}

/**
 * Stage factory. For each sentence holding at least one trigger, one event whose type is the
 * highest-precedence trigger's; evidence is the sentence. Arguments (actors, place, date,
 * fatalities) are left empty here: later stages fill them.
 */
export function eventsStage(): Stage {
  const provenance = { stage: 'events', version: EVENTS_VERSION, method: 'trigger-lexicon', confidence: 0.5 };
  return {
    id: 'events',
    version: EVENTS_VERSION,
    requires: ['sentences'],
    assigns: ['triggers', 'events'],
    apply(article) {
      const text = article.text;
      const triggerSpans: Span[] = [];
      const events: EventRecord[] = [];
      for (const sentence of layer(article, 'sentences')) {
        const triggers = findTriggers(text.slice(sentence.start, sentence.end), sentence.start);
        if (triggers.length === 0) continue;
        for (const t of triggers) {
          triggerSpans.push(makeSpan(text, t.start, t.end, t.subEventType, SUB_EVENT_TYPES[t.subEventType], provenance));
        }
        const main = triggers.reduce((best, t) =>
          typePrecedence(SUB_EVENT_TYPES[t.subEventType]) < typePrecedence(SUB_EVENT_TYPES[best.subEventType]) ? t : best,
        );
        events.push({
          kind: 'event',
          eventType: SUB_EVENT_TYPES[main.subEventType],
          subEventType: main.subEventType,
          actor1: null,
          actor2: null,
          dateStart: null,
          dateEnd: null,
          timePrecision: null,
          location: null,
          country: null,
          admin1: null,
          admin2: null,
          latitude: null,
          longitude: null,
          geoPrecision: null,
          fatalities: { best: null, low: null, high: null },
          injured: { best: null, low: null, high: null },
          flags: [],
          trigger: { start: main.start, end: main.end, text: text.slice(main.start, main.end) },
          evidence: [{ start: sentence.start, end: sentence.end, text: text.slice(sentence.start, sentence.end) }],
          confidence: provenance.confidence,
          producedBy: `events@${EVENTS_VERSION}`,
        });
      }
      return withRecords(withLayer(article, 'triggers', triggerSpans), { events });
    },
  };
}
