// The events stage: typed mentions, gated by relevance, assembled per article into ACLED-coded events.
import { withLayer, withRecords, type Article } from '../../article/article.ts';
import type { EventRecord } from '../../article/records.ts';
import { makeSpan, type JsonValue, type Span } from '../../article/span.ts';
import type { Stage } from '../../pipeline/stage.ts';
import { SUB_EVENT_TYPES } from './acled-taxonomy.ts';
import { articleContext } from './article-context.ts';
import { assembleEvents, reportsSomeone, type DraftEvent } from './assemble-events.ts';
import { codeEvent, EVENTS_VERSION } from './code-event.ts';
import { detectMentions, type EventMention } from './detect-mentions.ts';
import { applyResponsibilityClaims, responsibilityClaims } from './responsibility.ts';
import { mentionFacts, type MentionFacts } from './mention-facts.ts';
import { relevanceGate } from './relevance-gate.ts';
import { NON_ACLED_LABELS, subEventTypeOf } from './typing/case-labels.ts';

/** Why an event the rules detected was not coded (recorded on its first trigger as `uncoded`, counted by the ingest summary). */
export type UncodedReason = 'undated' | 'no location' | 'naming no one';
export const UNCODED_REASONS: readonly UncodedReason[] = ['undated', 'no location', 'naming no one'];

export { EVENTS_VERSION } from './code-event.ts';

/** Group changes ACLED codes (defections, mergers, disbandings), as opposed to deployments and build-ups, which it does not. */
const GROUP_CHANGE = /\b(?:defect\w*|merg(?:e|ed|er|ing)|disband\w*|dissolv\w*|split (?:from|with)|pledg\w* allegiance|new (?:leader|commander|emir))\b/i;

const AGREED = /\b(?:agreed|signed|reached|struck|concluded|brokered|exchanged|swapped|released|freed|handed over|declared|accepted)\b/i;
const OPERATION = /\b(?:operations?|offensives?)\b/i;
const OUTCOME = /\b(?:kill\w*|dead|deaths?|died|wound\w*|injur\w*|clash\w*|fight\w*|fought|battl\w*|captur\w*|arrest\w*|detain\w*|destroy\w*|retook|recaptur\w*|seiz\w*|ambush\w*)\b/i;
/** Who an arrest must touch for ACLED to code it: armed groups, suspects of political violence, protesters, activists, journalists, politicians. */
const POLITICAL_ARREST = /\b(?:terror\w*|militant\w*|insurgen\w*|jihadi\w*|extremist\w*|rebels?|suspects?|suspected|members? of|cells?|fighters?|gunmen|bandits|kidnappers|protest\w*|demonstrat\w*|activists?|journalists?|opposition|politicians?|lawmakers?|MPs?|leaders?|commanders?|spy|spies|espionage|coup|treason|sedition|dissidents?|ISIS|ISIL|Daesh|IS|al-Qaeda|Shabaab|Boko Haram|Taliban)\b/;

/**
 * Whether a typed mention may become an event at all: "Other" is never coded from cue words alone;
 * a change to a group's activity only when it names one ACLED codes; an operation only with what it
 * did; an arrest only of people in a conflict or in politics (not a rapper booked for battery).
 */
function codable(article: Article, m: EventMention): boolean {
  if (m.label === 'OTHER') return false;
  const clause = article.text.slice(m.clauseStart, m.clauseEnd);
  // An operation or offensive with nothing said of what it did is the launch of an operation, which ACLED does not code.
  if (OPERATION.test(article.text.slice(m.triggerStart, m.triggerEnd)) && !OUTCOME.test(clause)) return false;
  // An arrest is political violence's business only when the arrested are armed, political or protesting.
  if (m.label === 'ARREST' && !POLITICAL_ARREST.test(article.text.slice(m.sentenceStart, m.sentenceEnd))) return false;
  // Talks about an agreement are diplomacy; ACLED codes an agreement made or carried out.
  if (m.label === 'AGREEMENT' && !AGREED.test(clause)) return false;
  if (m.label === 'CHANGE_TO_GROUP_ACT') return GROUP_CHANGE.test(article.text.slice(m.clauseStart, m.clauseEnd));
  return true;
}

/**
 * Stage factory. Requires `sentences`; reads `actors`, `places`, `dates` and `quantities` when a
 * stage before it assigned them. Assigns `triggers` (one span per typed mention, labelled with its
 * ACLED sub-event type, or with a non-ACLED report kind such as "Diplomacy" and value
 * `{ acled: false, code }`) and `events`. Decision: reports that are not conflict events (diplomacy,
 * disasters, crime, claims of responsibility) are recognised in `triggers` but never become
 * events; mentions the relevance model rejects and statements of aggregates, habits, campaigns and
 * plans become no event; mentions of one event across the article are assembled into one
 * (assemble-events.ts); flagged mentions (negated, hypothetical, historical) become events carrying
 * their flags, which every default view hides.
 */
export function eventsStage(): Stage {
  const provenance = { stage: 'events', version: EVENTS_VERSION, method: 'cue-lexicon+document-assembly', confidence: 0.6 };
  return {
    id: 'events',
    version: EVENTS_VERSION,
    requires: ['sentences'],
    assigns: ['triggers', 'events'],
    apply(article, stageContext) {
      const text = article.text;
      const triggers: Span[] = [];
      const facts: MentionFacts[] = [];
      const context = articleContext(article);
      const mentions = detectMentions(article);
      const triggerOf = new Map<EventMention, number>();
      const relevant = relevanceGate(article, stageContext, mentions.filter((m) => subEventTypeOf(m.label) !== null));
      for (const m of mentions) {
        const subEventType = subEventTypeOf(m.label);
        const label = subEventType ?? NON_ACLED_LABELS[m.label as keyof typeof NON_ACLED_LABELS];
        const value: JsonValue = {
          acled: subEventType !== null,
          code: m.label,
          eventType: subEventType ? SUB_EVENT_TYPES[subEventType] : null,
          flags: [...m.flags],
        };
        triggerOf.set(m, triggers.length);
        triggers.push(makeSpan(text, m.triggerStart, m.triggerEnd, label, value, { ...provenance, confidence: m.confidence }));
        if (subEventType && relevant(m) && codable(article, m)) facts.push(mentionFacts(article, context, m));
      }
      // An event the text does not date at all (no time stated, no publication date) is not coded; one
      // whose stated time cannot be resolved ("on Sunday" on an undated page) is, with an unknown date.
      // Events in a teaser for another story are not coded.
      // Nor is one placed only by a compass region of the country ("in the north and northwest"): it has no location.
      // Nor one with no location at all (when places were looked for), nor one that names nobody and no date ("the battle for Ukraine", "a gripping encounter").
      const whyNot = (d: DraftEvent): UncodedReason | null =>
        d.date.start === null && !d.members.some((f) => f.date.stated) ? 'undated'
          : d.place === null && d.members.every((f) => f.vaguePlace) ? 'no location'
            : !reportsSomeone(d) ? 'naming no one'
              : d.place === null && context.focus === null && context.mainCountry === null && article.layers.places !== undefined ? 'no location'
                : null;
      const assembled = article.meta.role === 'teaser' ? [] : assembleEvents(facts);
      const drafts = assembled.filter((d) => whyNot(d) === null);
      // What was detected but not coded, for the ingest summary: the trigger of each unflagged such event says why.
      for (const d of assembled) {
        const why = whyNot(d);
        const at = triggerOf.get(d.members[0]!.mention);
        if (why === null || d.members[0]!.flags.length > 0 || at === undefined) continue;
        const t = triggers[at]!;
        triggers[at] = { ...t, value: { ...(t.value as Record<string, JsonValue>), uncoded: why } };
      }
      applyResponsibilityClaims(article, drafts, responsibilityClaims(article));
      const mentionSentences = new Set(mentions.map((m) => m.sentenceStart));
      const events: EventRecord[] = drafts.map((draft) => codeEvent(article, context, draft, mentionSentences));
      return withRecords(withLayer(article, 'triggers', triggers), { events });
    },
  };
}
