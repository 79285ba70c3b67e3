// Trigger words that mark a sentence as reporting a conflict event, each with a best-effort ACLED sub-type.
import type { SubEventType } from './acled-taxonomy.ts';

export interface TriggerRule {
  readonly pattern: RegExp;
  readonly subEventType: SubEventType;
}

/** Ordered from most to least specific; the first rule matching a word decides its sub-type. */
export const TRIGGER_RULES: readonly TriggerRule[] = [
  { pattern: /\bsuicide (?:bomb(?:er|ing)?s?|attack(?:er)?s?|blast)\b/gi, subEventType: 'Suicide bomb' },
  { pattern: /\b(?:car|truck|roadside) bombs?\b|\bIEDs?\b|\blandmines?\b|\bexplosive devices?\b/gi, subEventType: 'Remote explosive/landmine/IED' },
  { pattern: /\b(?:air ?strikes?|drone strikes?|airstrikes?|air raids?|bombed|bombing|bombard(?:ed|ment))\b/gi, subEventType: 'Air/drone strike' },
  { pattern: /\b(?:shell(?:ed|ing)|mortars?|artillery|rockets? (?:fire|attack)|missile (?:attack|strike)s?)\b/gi, subEventType: 'Shelling/artillery/missile attack' },
  { pattern: /\bgrenades?\b/gi, subEventType: 'Grenade' },
  { pattern: /\b(?:kidnap(?:ped|ping|s)?|abduct(?:ed|ion|s)?|abductee)\b/gi, subEventType: 'Abduction/forced disappearance' },
  { pattern: /\b(?:clash(?:ed|es)?|gun ?battles?|firefights?|fought|ambush(?:ed|es)?|encounter(?:ed)?)\b/gi, subEventType: 'Armed clash' },
  { pattern: /\b(?:recaptured|retook|regained control|liberated)\b/gi, subEventType: 'Government regains territory' },
  { pattern: /\b(?:captured|seized control|overran|took control)\b/gi, subEventType: 'Non-state actor overtakes territory' },
  { pattern: /\b(?:arrest(?:ed|s)?|detained)\b/gi, subEventType: 'Arrests' },
  { pattern: /\b(?:protest(?:ed|ers|s)?|demonstrat(?:ion|ors|ed))\b/gi, subEventType: 'Peaceful protest' },
  { pattern: /\b(?:riot(?:s|ers|ing)?|mob)\b/gi, subEventType: 'Mob violence' },
  { pattern: /\b(?:burned down|looted|destroyed)\b/gi, subEventType: 'Looting/property destruction' },
  { pattern: /\b(?:kill(?:ed|ing|s)?|shot|murder(?:ed)?|assassinat(?:ed|ion|ions)|executed|attack(?:ed|s)?|slain)\b/gi, subEventType: 'Attack' },
];
