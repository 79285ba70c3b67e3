// The 30 labels of CASE 2021 task 2: ACLED's 25 sub-event types under short codes, plus 5 non-ACLED report kinds.
import type { SubEventType } from '../acled-taxonomy.ts';

/** CASE code → ACLED sub-event type, for the 25 labels ACLED defines. */
export const ACLED_CASE_LABELS = {
  ARMED_CLASH: 'Armed clash',
  GOV_REGAINS_TERIT: 'Government regains territory',
  NON_STATE_ACTOR_OVERTAKES_TER: 'Non-state actor overtakes territory',
  CHEM_WEAP: 'Chemical weapon',
  AIR_STRIKE: 'Air/drone strike',
  SUIC_BOMB: 'Suicide bomb',
  ART_MISS_ATTACK: 'Shelling/artillery/missile attack',
  REM_EXPLOS: 'Remote explosive/landmine/IED',
  GRENADE: 'Grenade',
  SEX_VIOL: 'Sexual violence',
  ATTACK: 'Attack',
  ABDUCT_DISSAP: 'Abduction/forced disappearance',
  PEACE_PROTEST: 'Peaceful protest',
  PROTEST_WITH_INTER: 'Protest with intervention',
  FORCE_AGAINST_PROTEST: 'Excessive force against protesters',
  VIOL_DEMONSTR: 'Violent demonstration',
  MOB_VIOL: 'Mob violence',
  AGREEMENT: 'Agreement',
  ARREST: 'Arrests',
  CHANGE_TO_GROUP_ACT: 'Change to group/activity',
  DISR_WEAP: 'Disrupted weapons use',
  HQ_ESTABLISHED: 'Headquarters or base established',
  PROPERTY_DISTRUCT: 'Looting/property destruction',
  NON_VIOL_TERRIT_TRANSFER: 'Non-violent transfer of territory',
  OTHER: 'Other',
} as const satisfies Record<string, SubEventType>;

/** Reports that are not ACLED conflict events: recognised so they are never forced into a type. */
export const NON_ACLED_LABELS = {
  ORG_CRIME: 'Organised crime',
  NATURAL_DISASTER: 'Natural disaster',
  MAN_MADE_DISASTER: 'Man-made disaster',
  DIPLO: 'Diplomacy',
  ATTRIB: 'Claim or denial of responsibility',
} as const;

export type AcledCaseLabel = keyof typeof ACLED_CASE_LABELS;
export type NonAcledLabel = keyof typeof NON_ACLED_LABELS;
export type CaseLabel = AcledCaseLabel | NonAcledLabel;

export const CASE_LABELS = [
  ...Object.keys(ACLED_CASE_LABELS),
  ...Object.keys(NON_ACLED_LABELS),
] as readonly CaseLabel[];

export function isCaseLabel(code: string): code is CaseLabel {
  return (CASE_LABELS as readonly string[]).includes(code);
}

export function isAcledLabel(code: CaseLabel): code is AcledCaseLabel {
  return code in ACLED_CASE_LABELS;
}

/** The ACLED sub-event type of a label, or null for the non-ACLED report kinds. */
export function subEventTypeOf(code: CaseLabel): SubEventType | null {
  return isAcledLabel(code) ? ACLED_CASE_LABELS[code] : null;
}
