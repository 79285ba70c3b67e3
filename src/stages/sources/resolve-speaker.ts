// Linking a speaker mention to who it refers to: pronouns to the previous speaker, surnames to a full name given earlier.
import type { Attribution } from './find-attributions.ts';
import { PERSONAL_PRONOUN } from './attribution-cues.ts';

/** "the report", "the source", "the command": a description that points back to a speaker named earlier. */
const DEFINITE_DESCRIPTION = /^(?:the|this|that)\s+(report|statement|source|official|command|ministry|spokes(?:man|woman|person)|agency|observatory|monitor|commission|council|cell|committee|office|department|service|group)$/i;

/**
 * Resolve "he"/"she" to the latest singular speaker of the last three sentences (null when there is
 * none), and a bare surname to an earlier speaker's full name (keeping their role and organisation)
 * or else to the latest full name mentioned before it. Other speakers come back unchanged.
 */
export function resolveSpeaker(text: string, a: Attribution, earlier: readonly Attribution[]): Attribution | null {
  const name = a.speaker.name;
  if (PERSONAL_PRONOUN.test(name)) {
    const antecedent = [...earlier].reverse().find((e) => a.sentence - e.sentence <= 3 && !/s$/.test(e.speaker.name));
    return antecedent ? { ...a, speaker: { ...antecedent.speaker, start: a.speaker.start, end: a.speaker.end } } : null;
  }
  const definite = DEFINITE_DESCRIPTION.exec(name);
  if (definite) {
    const head = definite[1]!.toLowerCase();
    const antecedent = [...earlier].reverse().find((e) => e.speaker.name.toLowerCase().includes(head) && e.speaker.name !== name);
    return antecedent ? { ...a, speaker: { ...antecedent.speaker, start: a.speaker.start, end: a.speaker.end } } : a;
  }
  if (/^[\p{Lu}][\p{Ll}][\p{L}'’-]*$/u.test(name)) {
    const full = [...earlier].reverse().find((e) => !e.speaker.anonymous && e.speaker.name.split(/\s+/).length > 1 && e.speaker.name.split(/\s+/).pop() === name);
    if (full) {
      return { ...a, speaker: { ...a.speaker, name: full.speaker.name, role: a.speaker.role ?? full.speaker.role, organisation: a.speaker.organisation ?? full.speaker.organisation } };
    }
    const mentioned = fullNameMentionedBefore(text, a.speaker.start, name);
    if (mentioned) return { ...a, speaker: { ...a.speaker, name: mentioned } };
  }
  return a;
}

/** "Foreign Minister Abbas Araghchi … Araghchi said": the latest earlier capitalised run ending in the surname. */
function fullNameMentionedBefore(text: string, before: number, surname: string): string | null {
  for (let at = text.lastIndexOf(surname, before - 1); at > 0; at = text.lastIndexOf(surname, at - 1)) {
    if (/[\p{L}]/u.test(text[at + surname.length] ?? '')) continue;
    const run = /(?:[\p{Lu}][\p{L}.'’-]*\s+){1,3}$/u.exec(text.slice(Math.max(0, at - 60), at));
    // A run that crosses a sentence end ("Kefteen. The") or starts with an article is not a name.
    if (run && !/\p{Ll}{4,}\.\s|^(?:The|A|An)\s/u.test(run[0])) return run[0] + surname;
  }
  return null;
}
