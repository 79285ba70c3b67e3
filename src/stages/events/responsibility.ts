// Claims of responsibility name who carried out an attack the article reports: the claimant becomes the event's actor1.
import { layer, type Article } from '../../article/article.ts';
import type { Span } from '../../article/span.ts';
import type { DraftEvent } from './assemble-events.ts';
import { spanIndex } from './span-index.ts';
import { isHypothetical, isNegated } from './event-flags.ts';
import { foundActor } from './event-actors.ts';

const ARMED_GROUP = new Set(['rebel-group', 'political-militia', 'identity-militia']);
const CLAIM = /\bclaim(?:ed|s|ing)?\s+(?:\w+\s+){0,3}?(?:responsibility|credit)\b|\bresponsibility\s+(?:was\s+)?claimed\b|\bclaim(?:ed|s)\s+(?:the|a|an)\s+(?:[\w-]+\s+)?(?:attack|bombing|blast|assault|killing|operation|ambush|explosion)\b/i;
/** A claim whose subject is a pronoun or a generic group ("It claimed", "The ultra-hardline group claimed") speaks for the article's main armed group. */
const GENERIC_CLAIMANT = /^(?:[^,.;]{0,40}\b(?:group|organi[sz]ation|militants|jihadists|network)|\s*(?:it|they))\s+(?:\w+\s+)?claim/i;

/** A sentence that claims responsibility: its offsets. */
export interface ClaimSentence {
  readonly sentenceStart: number;
  readonly sentenceEnd: number;
}

/** Sentences that assert a claim of responsibility ("there was no immediate claim" does not; nor does "could claim"). */
export function responsibilityClaims(article: Article): ClaimSentence[] {
  const out: ClaimSentence[] = [];
  for (const s of layer(article, 'sentences')) {
    const sentence = article.text.slice(s.start, s.end);
    const m = CLAIM.exec(sentence);
    if (!m || isNegated(sentence, m.index) || isHypothetical(sentence, m.index)) continue;
    out.push({ sentenceStart: s.start, sentenceEnd: s.end });
  }
  return out;
}

/**
 * Give each claimed violent event its claimant. The claimant is the first armed group named in the
 * claim's sentence (a generic "the group" linked to the article's main group counts); the event is
 * the one the claim's sentence reports, else the latest violent event reported before the claim.
 * An event keeps an initiator the text named itself; only a missing or generic one is replaced.
 */
export function applyResponsibilityClaims(article: Article, drafts: DraftEvent[], claims: readonly ClaimSentence[]): void {
  const actors = spanIndex(article, 'actors');
  const armed = (s: Span): boolean => ARMED_GROUP.has(String((s.value as { type?: string }).type));
  const group = claims.length ? mainGroup(actors.spans.filter(armed)) : undefined;
  for (const claim of claims) {
    const named = actors.within(claim.sentenceStart, claim.sentenceEnd).find(armed);
    const sentence = article.text.slice(claim.sentenceStart, claim.sentenceEnd);
    const claimant = named ?? (GENERIC_CLAIMANT.test(sentence) ? group : undefined);
    if (!claimant) continue;
    const violent = drafts.filter((d) => d.members.some((f) => f.eventType !== 'Strategic developments' && f.eventType !== 'Protests' && f.eventType !== 'Riots'));
    const inSentence = violent.find((d) => d.members.some((f) => f.mention.sentenceStart === claim.sentenceStart));
    const before = violent.filter((d) => d.members[0]!.mention.sentenceStart < claim.sentenceStart).at(-1);
    const target = inSentence ?? before;
    if (!target) continue;
    const current = target.actor1;
    if (!current || current.inferred || !current.type || current.type === 'civilians' || /^(?:(?:military|police|security)-forces|unidentified-armed-group)$/.test(current.id ?? '')) {
      if (current?.type === 'state-forces' || current?.type === 'external-forces') continue;
      target.actor1 = foundActor(article, claimant);
    }
  }
}

/** The armed group the article names most often (non-inferred mentions), or undefined. */
function mainGroup(spans: readonly Span[]): Span | undefined {
  const counts = new Map<string, { span: Span; n: number }>();
  for (const s of spans) {
    const v = s.value as { id?: string; inferred?: boolean };
    if (v.inferred || !v.id) continue;
    const seen = counts.get(v.id);
    if (seen) seen.n++;
    else counts.set(v.id, { span: s, n: 1 });
  }
  return [...counts.values()].sort((a, b) => b.n - a.n)[0]?.span;
}
