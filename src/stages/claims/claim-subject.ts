// What a claim counts, normalised: "Daesh fighters" + "in Iraq" → "IS fighters in Iraq"; "American forces" → "US troops".

/** Spellings of one actor folded into one name so claims about it group together. */
const ALIASES: ReadonlyArray<readonly [RegExp, string]> = [
  [/\b(?:Daesh|ISIS|ISIL|Islamic State(?: group)?|IS)\b/g, 'IS'],
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

const MOVEMENT = /^\s*,?\s*(?:who\s+|that\s+)?(?:(?:have|has|had|are|were)\s+)?(crossed|moved|moving|returned|entered|slipped|slipping)\s+((?:\w+\s+){0,3}?(?:from|into|to|across)\s+(?:the\s+)?[A-Z][\w-]+|(?:the\s+)?(?:[\w,]+\s+){0,3}?border)/;
const PAST: Record<string, string> = { moving: 'moved', slipping: 'slipped' };
const PLACE_PHRASE = /\b(?:in|inside|across|within)\s+(?:(?:the|northern|southern|eastern|western|central)\s+)*(?!(?:January|February|March|April|May|June|July|August|September|October|November|December|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b)[A-Z][\w-]+(?:\s+[A-Z][\w-]+)*/;
const CONTROL_PHRASE = /^\s*(?:living\s+)?under\s+(?:its|their|IS|the group's)\s+control/;

/**
 * The subject of a count: its noun as written, plus what says which or where, looked for in the
 * rest of the clause after the count (`after`): a movement ("who crossed from Syria"), else a place
 * ("in Iraq"), else control ("under its control"). Normalised.
 */
export function countSubject(noun: string, after: string): string {
  const clause = after.split(/[;:]|,\s+(?:according|said|officials|but|and)\b/)[0] ?? '';
  const moved = MOVEMENT.exec(clause);
  if (moved) return normaliseSubject(`${noun} who ${PAST[moved[1]!] ?? moved[1]} ${moved[2]!.replace(/,/g, '')}`);
  const tail = PLACE_PHRASE.exec(clause)?.[0] ?? CONTROL_PHRASE.exec(clause)?.[0] ?? '';
  return normaliseSubject(`${noun} ${tail.replace(/^\s*,?\s*/, '')}`);
}

/** The head noun of a counted phrase, used as the claim's unit ("IS fighters" → "fighters"). */
export function headNoun(noun: string): string {
  return noun.trim().split(/\s+/).at(-1)!.toLowerCase();
}
