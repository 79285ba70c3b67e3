// Quantitative claims: each counted quantity, with its subject, range, unit, who said it, when, and its evidence.
import { layer, type Article } from '../../article/article.ts';
import type { ClaimRecord, Evidence } from '../../article/records.ts';
import type { DateValue, QuantityValue } from '../../article/layer-values.ts';
import type { Span } from '../../article/span.ts';
import { attributionFor } from './attribution.ts';
import { countSubject, headNoun } from './claim-subject.ts';

const within = (s: Span, outer: Span): boolean => s.start >= outer.start && s.end <= outer.end;
const evidenceOf = (text: string, s: { start: number; end: number }): Evidence => ({ start: s.start, end: s.end, text: text.slice(s.start, s.end) });

/**
 * Heads of counted nouns worth a claim: people, forces, casualties and what conflicts destroy or
 * take. Counts of other things ("two sides", "one season", "three times") are not claims.
 */
const CLAIM_WORTHY_HEAD =
  /^(?:people|persons?|civilians?|fighters?|militants?|troops?|soldiers?|forces?|members?|officers?|police(?:men)?|personnel|recruits?|insurgents?|rebels?|jihadists?|terrorists?|combatants?|militiamen|gunmen|refugees?|migrants?|families|children|women|men|residents?|villagers?|hunters?|workers?|prisoners?|detainees?|hostages?|captives?|bodies|dead|deaths?|casualties|victims?|killed|wounded|injured|attacks?|strikes?|airstrikes?|bombings?|raids?|operations?|cells?|villages?|towns?|homes?|houses?|buildings?|vehicles?|weapons?|rockets?|missiles?|mines?|tunnels?|caves?|kilometers?|kilometres?|km)$/i;
const PEOPLE_SUFFIX = /(?:ers|ists|ians|ees|men)$/i;

/** Whether a counted noun names something a claim is about (see CLAIM_WORTHY_HEAD). */
export function isClaimWorthy(noun: string): boolean {
  const head = headNoun(noun);
  return CLAIM_WORTHY_HEAD.test(head) || PEOPLE_SUFFIX.test(head);
}

/** The plural noun nearest before a bare number ("The militants can count between 5,000 and 7,000" → "militants"). */
function nounBefore(text: string): string | null {
  const words = [...text.matchAll(/\b([A-Za-z][a-z-]+s)\b/g)].map((m) => m[1]!);
  return words.filter((w) => !/^(?:is|was|has|does|this|its|as|us|thus|plus|less|across|unless|always|perhaps)$/i.test(w)).at(-1) ?? null;
}

/**
 * One claim per `quantities` span labelled 'count' whose counted noun is known or can be read off
 * the sentence and is worth a claim (people, forces, casualties, attacks, places and things taken or
 * destroyed), except counts of one and counts inside a speaker's description. Attribution from `sources` (or the cue fallback); unattributed counts are kept with
 * attributedTo null (the outlet's own statement). The date is a `dates` span in the same sentence,
 * else the publication day.
 */
export function quantitativeClaims(article: Article, producedBy: string): ClaimRecord[] {
  const text = article.text;
  const sentences = layer(article, 'sentences');
  const dates = layer(article, 'dates');
  const speakerSpans = layer(article, 'sources');
  const claims: ClaimRecord[] = [];
  for (const q of layer(article, 'quantities')) {
    if (q.label !== 'count') continue;
    const value = q.value as unknown as QuantityValue;
    if (value.best === null && value.low === null && value.high === null) continue;
    const sentence = sentences.find((s) => within(q, s)) ?? { start: q.start, end: q.end };
    const noun = value.noun ?? nounBefore(text.slice(sentence.start, q.start));
    if (!noun || !isClaimWorthy(noun)) continue;
    // A lone "one official" or a count inside the speaker's own description is not a claim.
    if (value.low === 1 && value.high === 1) continue;
    if (speakerSpans.some((s) => q.start < s.end && s.start < q.end)) continue;
    const who = attributionFor(article, q.start, q.end, sentence.start, sentence.end);
    const date = dates.find((d) => d.start >= sentence.start && d.end <= sentence.end);
    const dateValue = date ? (date.value as unknown as DateValue) : null;
    claims.push({
      kind: 'claim',
      subject: countSubject(noun, text.slice(q.end, sentence.end)),
      low: value.low ?? value.best,
      high: value.high ?? value.best,
      best: value.best,
      unit: headNoun(noun),
      text: null,
      attributedTo: who?.attributedTo ?? null,
      cue: who?.cue ?? null,
      date: dateValue?.start ?? article.meta.published?.slice(0, 10) ?? null,
      evidence: [evidenceOf(text, sentence), evidenceOf(text, q), ...(who ? [who.evidence] : [])],
      confidence: who ? 0.7 : 0.5,
      producedBy,
    });
  }
  return claims;
}
