// What a claim counts, read from a phrase ("people killed", "IS fighters in Iraq"): for gold claims and for claims without `counted`.
import type { ClaimCounted } from '../../../article/records.ts';

/** Checked in order: a killing outranks the attack it happened in ("people killed in suicide attack"). */
const KIND_PATTERNS: readonly (readonly [ClaimCounted, RegExp])[] = [
  ['killed', /kill|dead|died|death|fatalit|slain|lives\b|bodies|execut|behead|massacr|murder/],
  ['wounded', /wound|injur|hurt/],
  ['abducted', /abduct|kidnap|\btaken\b|disappear|whisk|hostage|captive/],
  ['arrested', /arrest|detain|custody|apprehend/],
  ['displaced', /displac|refugee|\bidps?\b|\bfle[de]|fleeing|homeless|evacuat|\bcamp\b/],
  ['destroyed', /destroy|destruction|burn|damag|torch|razed|demolish|collaps/],
  ['munitions', /bombs? dropped|rocket|missile|shell|mortar|munition|\brounds\b|\bdrones\b|explosives|\bieds?\b|grenade/],
  ['forces', /fighter|troop|soldier|militant|member|personnel|contractor|\bforces?\b|officer|police|army|\bmen\b|remaining|recruit|jihadist|insurgent|guard|motorcycle|truck|vehicle/],
  ['attacks', /attack|bombing|strike|raid|incident|operation|assault|ambush|clash|\bacts\b/],
];

/** The counted thing a phrase names, or 'other' when it names none of the kinds. */
export function countedKindOf(phrase: string): ClaimCounted {
  const text = phrase.toLowerCase();
  for (const [kind, pattern] of KIND_PATTERNS) if (pattern.test(text)) return kind;
  return 'other';
}
