// Counts said with an ordinal: "this is the third kidnapping in the village since 2019", "it was the fourth time this year that a bomb hit a market".
import type { ClaimCounted } from '../../article/records.ts';
import { VERB_SOURCE, kindOfNoun, kindOfVerb } from './counted-words.ts';

/** The first harm verb in a clause. */
const HARM_VERB = new RegExp(`\\b(${VERB_SOURCE})\\b`, 'i');

/** A count read from an ordinal: offsets relative to the sentence, the number, what it counts and the noun it counts. */
export interface OrdinalCount {
  readonly start: number;
  readonly end: number;
  readonly n: number;
  readonly counted: ClaimCounted;
  readonly noun: string;
}

const ORDINALS: Readonly<Record<string, number>> = {
  second: 2, third: 3, fourth: 4, fifth: 5, sixth: 6, seventh: 7, eighth: 8, ninth: 9, tenth: 10,
  eleventh: 11, twelfth: 12, thirteenth: 13, fourteenth: 14, fifteenth: 15, twentieth: 20,
};

/**
 * An ordinal predicated of the event ("is the third kidnapping", "was the fourth such attack", "marks
 * the second time"): a running count of such events. A bare ordinal that only refers ("in the second
 * attack, …") is no count, nor is "first".
 */
const PREDICATED = /\b(?:is|was|were|are|marks?|marked|became|becomes|been)\s+(?:(?:the|its|their|at least the)\s+)(second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|thirteenth|fourteenth|fifteenth|twentieth|(\d{1,3})(?:nd|rd|th))\s+(?:(?:such|major|deadly|deadliest|suicide|bomb|car bomb|[a-z]+-scale)\s+){0,2}([a-z]+)\b/gi;
/** Events an ordinal may count. */
const EVENT_NOUN = /^(?:attacks?|bombings?|blasts?|explosions?|strikes?|airstrikes?|raids?|kidnappings?|abductions?|massacres?|killings?|ambush(?:es)?|incidents?|assaults?|shootings?|clashes|clash)$/i;
/** After "the third time": the clause saying what happened that many times. */
const WHAT_HAPPENED = /^[^.;:!?]{0,80}?\b(?:that|when|in which)\s+([^.;:!?]{0,100})/i;
const ATTACK_WORD = /\b(?:bombs?|attack\w*|struck|hit|explo\w+|blasts?|shell\w*|raid\w*|ambush\w*|stormed)\b/i;

/** What "the Nth time" counts, by what happened: kidnappings, arrests, attacks… */
const EVENTS_OF: Partial<Record<ClaimCounted, string>> = { attacks: 'attacks', abducted: 'kidnappings', arrested: 'arrests', displaced: 'displacements', destroyed: 'incidents of destruction' };

function plural(noun: string): string {
  return /(?:s|sh|ch)$/.test(noun) ? (/(?:sh|ch)$/.test(noun) ? `${noun}es` : noun) : `${noun}s`;
}

/** How much of the sentence after "the Nth time" is read (characters): the clause fits, and the bound keeps the reading linear. */
const REST = 200;

/** Ordinal counts in a sentence. */
export function ordinalCounts(sentence: string): OrdinalCount[] {
  const out: OrdinalCount[] = [];
  for (const m of sentence.matchAll(PREDICATED)) {
    const n = m[2] ? Number(m[2]) : ORDINALS[m[1]!.toLowerCase()]!;
    if (!(n >= 2)) continue;
    const noun = m[3]!;
    const start = m.index + m[0].toLowerCase().indexOf(` ${m[1]!.toLowerCase()} `) + 1;
    const end = start + m[1]!.length;
    if (EVENT_NOUN.test(noun)) {
      out.push({ start, end, n, counted: kindOfNoun(noun) ?? 'attacks', noun: plural(noun.toLowerCase()) });
      continue;
    }
    if (!/^times?$/i.test(noun)) continue;
    // "the third time this year that a bomb hit a market", "the second time gunmen have kidnapped pupils here".
    const rest = sentence.slice(m.index + m[0].length, m.index + m[0].length + REST);
    const clause = WHAT_HAPPENED.exec(rest)?.[1] ?? rest.slice(0, 100);
    const harm = HARM_VERB.exec(clause)?.[1];
    const kind = harm ? kindOfVerb(harm) : null;
    const counted: ClaimCounted | null = kind && kind !== 'munitions' ? (kind === 'killed' || kind === 'wounded' ? 'attacks' : kind) : ATTACK_WORD.test(clause) ? 'attacks' : null;
    if (counted) out.push({ start, end, n, counted, noun: EVENTS_OF[counted] ?? 'incidents' });
  }
  return out;
}
