// The actors stage: assigns the `actors` layer from the curated dictionary, plus generic mentions linked to the main actor.
import { layer, withLayer } from '../../article/article.ts';
import type { ActorValue } from '../../article/layer-values.ts';
import { makeSpan, type Span } from '../../article/span.ts';
import type { Stage } from '../../pipeline/stage.ts';
import { projectActorDictionary, type ActorEntry, type ActorPhrase } from './actor-dictionary.ts';
import type { PhraseMatch, PhraseMatcher } from './phrase-matcher.ts';

export const ACTORS_VERSION = '1.0.0';

const ARMED_NON_STATE = new Set(['rebel-group', 'political-militia', 'identity-militia']);
/** Generic mentions that name armed men (not "the group" or "cells", which need a named group to mean anything). */
const ARMED_GENERIC = /^(?:gunm[ae]n|militants|insurgents|terrorists|jihadists|extremists|fighters|militant fighters|islamist militants|jihadist fighters|assailants|attackers|bandits)$/i;
const UNIDENTIFIED: ActorValue = { id: 'unidentified-armed-group', name: 'Unidentified Armed Group', type: 'political-militia', country: null, inferred: false };

function actorValue(actor: ActorEntry, inferred: boolean): ActorValue {
  return { id: actor.id, name: actor.name, type: actor.type, country: actor.country, inferred };
}

/**
 * The article's main non-state armed actor: the one named most often (earliest on a tie), or null
 * when the article names none. Generic mentions are linked only to this actor.
 */
export function mainArmedActor(matches: readonly PhraseMatch<ActorPhrase>[]): ActorEntry | null {
  const counts = new Map<ActorEntry, number>();
  for (const m of matches) {
    if (m.payload.kind === 'actor' && ARMED_NON_STATE.has(m.payload.actor.type)) {
      counts.set(m.payload.actor, (counts.get(m.payload.actor) ?? 0) + 1);
    }
  }
  let best: ActorEntry | null = null;
  for (const [actor, n] of counts) if (!best || n > counts.get(best)!) best = actor;
  return best;
}

/**
 * Stage factory. Named mentions get confidence 0.9 (`dictionary`); a generic mention ("the
 * militants", "cells") becomes an inferred span of the main actor (`generic-link`, 0.5) when that
 * actor was named earlier in the article and the mention does not directly follow a named actor
 * ("IS fighters" is one mention, not two). In an article naming no armed group, a generic mention
 * of armed men ("gunmen", "bandits") becomes an "Unidentified Armed Group" span (`generic-unnamed`, 0.5).
 */
export function actorsStage(options: { matcher?: PhraseMatcher<ActorPhrase> } = {}): Stage {
  const named = { stage: 'actors', version: ACTORS_VERSION, method: 'dictionary', confidence: 0.9 };
  const inferred = { ...named, method: 'generic-link', confidence: 0.5 };
  const unnamed = { ...named, method: 'generic-unnamed', confidence: 0.5 };
  return {
    id: 'actors',
    version: ACTORS_VERSION,
    requires: ['sentences'],
    assigns: ['actors'],
    apply(article) {
      const matcher = options.matcher ?? projectActorDictionary().matcher;
      const text = article.text;
      const matches: PhraseMatch<ActorPhrase>[] = [];
      for (const sentence of layer(article, 'sentences')) {
        matches.push(...matcher.matchRange(text, sentence.start, sentence.end));
      }
      const main = mainArmedActor(matches);
      const spans: Span[] = [];
      let mainSeen = false;
      let previous: PhraseMatch<ActorPhrase> | null = null;
      for (const m of matches) {
        if (m.payload.kind === 'actor') {
          spans.push(makeSpan(text, m.start, m.end, m.payload.actor.type, actorValue(m.payload.actor, false), named));
          if (m.payload.actor === main) mainSeen = true;
        } else if (m.payload.kind === 'generic' && main && mainSeen && !followsNamedActor(text, previous, m)) {
          spans.push(makeSpan(text, m.start, m.end, main.type, actorValue(main, true), inferred));
        } else if (m.payload.kind === 'generic' && !main && !followsNamedActor(text, previous, m) && ARMED_GENERIC.test(text.slice(m.start, m.end))) {
          // Armed men no article names: ACLED's "Unidentified Armed Group" (a political militia), completed with the country by the event coder.
          spans.push(makeSpan(text, m.start, m.end, 'political-militia', UNIDENTIFIED, unnamed));
        }
        previous = m;
      }
      return withLayer(article, 'actors', spans);
    },
  };
}

function followsNamedActor(text: string, previous: PhraseMatch<ActorPhrase> | null, m: PhraseMatch<ActorPhrase>): boolean {
  return previous !== null && previous.payload.kind === 'actor' && /^[\s'’s]*$/.test(text.slice(previous.end, m.start));
}
