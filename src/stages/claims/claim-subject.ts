// What a claim is about, normalised: who is counted ("IS fighters", "police"), and the readable label derived from the fields.
import type { ClaimCounted } from '../../article/records.ts';

/** Spellings of one actor folded into one name so claims about it group together. */
const ALIASES: ReadonlyArray<readonly [RegExp, string]> = [
  [/\b(?:Daesh|ISIS|ISIL|Islamic State|IS)(?: group)?\b/g, 'IS'],
  [/\bU\.S\.(?!\w)|\bUnited States\b|\bAmerican\b/g, 'US'],
  [/\bUS (?:forces|soldiers|service members|military personnel)\b/g, 'US troops'],
];

/** Fold actor spellings and spacing in a subject. */
export function normaliseSubject(subject: string): string {
  let s = subject.replace(/\s+/g, ' ').trim();
  for (const [pattern, name] of ALIASES) s = s.replace(pattern, name);
  return s
    .replace(/\s*\([A-Z]{2,6}\)/g, '')
    .replace(/\b(?:the|so-called|self-proclaimed|self-styled)\s+/gi, '')
    .replace(/['’]s?\b(?=\s|$)/g, '')
    .replace(/^(?:some|about|around|over|nearly|almost|roughly)\s+/i, '')
    .trim();
}

/** Heads folded so one group has one name: "policemen", "police officers" → "police"; "persons" → "people". */
const HEAD_FOLDS: ReadonlyArray<readonly [RegExp, string]> = [
  [/\b(?:police ?m[ae]n|police officers?|policewom[ae]n|police personnel|cops?)$/i, 'police'],
  [/\b(?:persons?|individuals?|people)$/i, 'people'],
  [/\b(?:militants?|jihadists?|insurgents?|fighters?)$/i, 'fighters'],
  [/\b(?:service ?members?|servicem[ae]n)$/i, 'troops'],
];
const IRREGULAR_PLURALS: Readonly<Record<string, string>> = { man: 'men', woman: 'women', child: 'children', person: 'people', policeman: 'policemen', gunman: 'gunmen', fisherman: 'fishermen', wife: 'wives' };
/** Words that qualify a count without naming a group: "other", "suspected", "more". */
const HEDGE_WORDS = /\b(?:other|others|more|further|additional|suspected|alleged|reported|purported|so-called|unarmed|innocent|local|\d+-year-old|middle-aged|young|elderly)\s+/gi;

/** The plural of a group noun ("officer" → "officers", "woman" → "women"); plurals come back unchanged. */
function plural(word: string): string {
  const lower = word.toLowerCase();
  if (IRREGULAR_PLURALS[lower]) return IRREGULAR_PLURALS[lower]!;
  if (/(?:s|people|police|men|children|personnel|staff|crew)$/i.test(word)) return word;
  return /[^aeiou]y$/i.test(word) ? `${word.slice(0, -1)}ies` : `${word}s`;
}

/**
 * The group a count counts, normalised for comparison: hedges dropped ("suspected", "other"),
 * singulars made plural, heads folded (police, people, fighters, troops) and actor spellings
 * folded; `side` (an actor the text resolved a bare noun to, e.g. "IS") is prefixed when the phrase
 * names no group of its own. Null or pronoun-like nouns ("others") give `fallback`.
 */
export function ofWhomOf(noun: string | null, side: string | null, fallback: string): string {
  if (!noun || /^(?:others?|another|killed|wounded|injured|dead|missing|them|those|these)$/i.test(noun.trim())) return fallback;
  let phrase = normaliseSubject(noun).replace(HEDGE_WORDS, '').trim();
  const words = phrase.split(/\s+/);
  words[words.length - 1] = plural(words[words.length - 1]!);
  phrase = words.join(' ');
  for (const [pattern, folded] of HEAD_FOLDS) phrase = phrase.replace(pattern, folded);
  if (side && !/[A-Z]/.test(phrase) && !phrase.includes(side)) phrase = `${side} ${phrase}`;
  return phrase || fallback;
}

/** The past participle each counted thing is labelled with ("police killed"). Others are labelled by the group alone. */
const PARTICIPLE: Partial<Record<ClaimCounted, string>> = {
  killed: 'killed', wounded: 'wounded', abducted: 'abducted', arrested: 'arrested', displaced: 'displaced', destroyed: 'destroyed',
};

/**
 * The readable label of a claim, which is also the key claims are grouped by: the group, what
 * happened to it, a qualifier ("who crossed from Syria") and the area ("police killed in Kirkuk",
 * "IS fighters in Iraq", "attacks in Diyala").
 */
export function claimLabel(fields: { counted: ClaimCounted; ofWhom: string; qualifier?: string | null; area: string | null }): string {
  const participle = PARTICIPLE[fields.counted];
  // "refugees", "kidnappings", "arrests": the noun already says what happened.
  const already = participle && new RegExp(`\\b${participle}$|^(?:refugees|idps|displaced|kidnappings|abductions|arrests|detentions|killings|displacements|incidents)\\b`, 'i').test(fields.ofWhom);
  const parts = [fields.ofWhom, participle && !already ? participle : '', fields.qualifier ?? '', fields.area ? `in ${fields.area}` : ''];
  return parts.filter(Boolean).join(' ');
}

const MOVEMENT = /^\s*,?\s*(?:who\s+|that\s+)?(?:(?:have|has|had|are|were)\s+)?(crossed|moved|moving|returned|entered|slipped|slipping)\s+((?:\w+\s+){0,3}?(?:from|into|to|across)\s+(?:the\s+)?[A-Z][\w-]+|(?:the\s+)?(?:[\w,]+\s+){0,3}?border)/;
const PAST: Record<string, string> = { moving: 'moved', slipping: 'slipped' };
const PLACE_PHRASE = /\b(?:in|inside|across|within)\s+(?:(?:the|northern|southern|eastern|western|central)\s+)*(?!(?:January|February|March|April|May|June|July|August|September|October|November|December|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b)[A-Z][\w-]+(?:\s+[A-Z][\w-]+)*/;
const CONTROL_PHRASE = /^\s*(?:living\s+)?under\s+(?:its|their|IS|the group's)\s+control/;

/** What says which ones a count of a force is, from the rest of its clause: a movement ("who crossed from Syria") or control. */
export function countQualifier(after: string): string | null {
  const clause = (after.split(/[;:]|,\s+(?:according|said|officials|but|and)\b/)[0] ?? '').slice(0, 200);
  const moved = MOVEMENT.exec(clause);
  if (moved) return `who ${PAST[moved[1]!] ?? moved[1]} ${moved[2]!.replace(/,/g, '').replace(/\bthe\s+/g, '')}`;
  return CONTROL_PHRASE.exec(clause)?.[0].trim() ?? null;
}

/** The place named in the rest of a count's clause ("… in northern Iraq" → "Iraq"), for articles with no `places` layer. */
export function placePhraseIn(after: string): string | null {
  const clause = (after.split(/[;:]|,\s+(?:according|said|officials|but|and)\b/)[0] ?? '').slice(0, 200);
  const m = PLACE_PHRASE.exec(clause);
  return m ? m[0].replace(/^\S+\s+(?:(?:the|northern|southern|eastern|western|central)\s+)*/, '') : null;
}

/**
 * The subject of a count read from text alone (no `places` layer): its noun as written, plus a
 * movement ("who crossed from Syria"), else a place ("in Iraq"), else control ("under its control")
 * from the rest of the clause. Normalised.
 */
export function countSubject(noun: string, after: string): string {
  const qualifier = countQualifier(after);
  if (qualifier) return normaliseSubject(`${noun} ${qualifier}`);
  const clause = (after.split(/[;:]|,\s+(?:according|said|officials|but|and)\b/)[0] ?? '').slice(0, 200);
  return normaliseSubject(`${noun} ${PLACE_PHRASE.exec(clause)?.[0] ?? ''}`);
}
