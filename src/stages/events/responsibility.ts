// Claims of responsibility name who carried out an attack the article reports: the claimant becomes the event's actor1.
import { layer, type Article } from '../../article/article.ts';
import type { Span } from '../../article/span.ts';
import type { DraftEvent } from './assemble-events.ts';
import type { EventMention } from './detect-mentions.ts';
import { foundActor } from './event-actors.ts';

const ARMED_GROUP = new Set(['rebel-group', 'political-militia', 'identity-militia']);
const CLAIM = /\bclaim(?:ed|s|ing)?\s+(?:\w+\s+){0,3}?(?:responsibility|credit)\b|\bresponsibility\s+(?:was\s+)?claimed\b/i;

/** Whether a mention is a claim of responsibility that asserts one ("there was no claim" does not). */
export function isResponsibilityClaim(article: Article, m: EventMention): boolean {
  return m.label === 'ATTRIB' && !m.flags.includes('negated') && !m.flags.includes('hypothetical') && CLAIM.test(article.text.slice(m.sentenceStart, m.sentenceEnd));
}

/**
 * Give each claimed violent event its claimant. The claimant is the first armed group named in the
 * claim's sentence (a generic "the group" linked to the article's main group counts); the event is
 * the one the claim's sentence reports, else the latest violent event reported before the claim.
 * An event keeps an initiator the text named itself; only a missing or generic one is replaced.
 */
export function applyResponsibilityClaims(article: Article, drafts: DraftEvent[], claims: readonly EventMention[]): void {
  const actors = layer(article, 'actors');
  for (const claim of claims) {
    const claimant = actors.find((s: Span) => s.start >= claim.sentenceStart && s.end <= claim.sentenceEnd && ARMED_GROUP.has(String((s.value as { type?: string }).type)));
    if (!claimant) continue;
    const violent = drafts.filter((d) => d.members.some((f) => f.eventType !== 'Strategic developments' && f.eventType !== 'Protests' && f.eventType !== 'Riots'));
    const inSentence = violent.find((d) => d.members.some((f) => f.mention.sentenceStart === claim.sentenceStart));
    const before = violent.filter((d) => d.members[0]!.mention.sentenceStart < claim.sentenceStart).at(-1);
    const target = inSentence ?? before;
    if (!target) continue;
    const current = target.actor1;
    if (!current || current.inferred || !current.type || current.type === 'civilians' || /^(?:military|police|security)-forces$/.test(current.id ?? '')) {
      if (current?.type === 'state-forces' || current?.type === 'external-forces') continue;
      target.actor1 = foundActor(article, claimant);
    }
  }
}
