// Linking a speaker mention to who it refers to: pronouns to the previous speaker, surnames to a full name given earlier.
import type { Attribution } from './find-attributions.ts';
import { IMPERSONAL_PRONOUN, PERSONAL_PRONOUN } from './attribution-cues.ts';

/** "the report", "the source", "the command": a description that points back to a speaker named earlier. */
const DEFINITE_DESCRIPTION = /^(?:the|this|that)\s+(report|statement|source|official|command|ministry|spokes(?:man|woman|person)|agency|observatory|monitor|commission|council|cell|committee|office|department|service|group)$/i;

/** How many earlier attributions a pronoun or surname is resolved against. */
const RECENT = 24;
/** How far back (characters) a surname's full form is looked for in the text. */
const LOOK_BACK = 3000;
/** Speakers that are institutions or groups ("the army", "Amaq news agency", "SOHR", "the statement"). */
const ORGANISATION_LIKE = /\b(?:army|military|ministry|police|government|agency|office|command|forces|group|observatory|monitor|council|committee|commission|cell|service|department|statement|report|media|authorities|officials|sources|news|coalition|organi[sz]ation)\b|^(?:the|a|an)\s|^[A-Z]{2,}$/i;

/** Speakers "he" or "she" cannot be: institutions, documents and groups. */
const NOT_A_PERSON = /\b(?:figures|data|report|statement|ministry|army|military|police|government|agency|office|command|forces|group|observatory|monitor|council|committee|commission|cell|service|department|media|authorities|officials|sources|news|coalition|organi[sz]ation|statistics|survey|study)\b|^[A-Z]{2,}$/i;

/**
 * Resolve "he"/"she" to the latest singular speaker of the last three sentences, "it"/"they" to the
 * latest institution or group of sources of the last three (null when there is none), "the report"
 * to the speaker named with that word before, and a bare surname to an earlier speaker's full name (keeping their role and organisation)
 * or else to the latest full name mentioned before it. Other speakers come back unchanged.
 */
export function resolveSpeaker(text: string, a: Attribution, earlier: readonly Attribution[]): Attribution | null {
  const name = a.speaker.name;
  // Only the latest speakers are candidates: antecedents are near, and the bound keeps resolution linear.
  const recent = earlier.slice(-RECENT).reverse();
  const as = (e: Attribution): Attribution => ({ ...a, speaker: { ...e.speaker, start: a.speaker.start, end: a.speaker.end } });
  if (PERSONAL_PRONOUN.test(name)) {
    const antecedent = recent.find((e) => a.sentence - e.sentence <= 3 && !/s$/.test(e.speaker.name) && !IMPERSONAL_PRONOUN.test(e.speaker.name) && !NOT_A_PERSON.test(e.speaker.name));
    // A person the text introduced after the last speaker is nearer ("Governor Uba Sani visited …. He said").
    const person = personIntroducedBefore(text, a.speaker.start);
    if (person && (!antecedent || person.at > antecedent.speaker.end)) {
      return { ...a, speaker: { ...a.speaker, name: person.name, role: person.role, organisation: null, anonymous: false } };
    }
    return antecedent ? as(antecedent) : null;
  }
  if (IMPERSONAL_PRONOUN.test(name)) {
    // "It said" is an institution's, "they said" a group's: never a named person's.
    const plural = /^they$/i.test(name);
    const antecedent = recent.find((e) => a.sentence - e.sentence <= 3 && (e.speaker.anonymous || ORGANISATION_LIKE.test(e.speaker.name)) && /s$/.test(e.speaker.name) === plural);
    return antecedent ? as(antecedent) : null;
  }
  const definite = DEFINITE_DESCRIPTION.exec(name);
  if (definite) {
    const head = definite[1]!.toLowerCase();
    const antecedent = recent.find((e) => e.speaker.name.toLowerCase().includes(head) && e.speaker.name !== name);
    if (antecedent) return as(antecedent);
  }
  // "The head teacher explained …" after "the Head Teacher, Sani Abdullahi": the person the text gave that role.
  const role = ROLE_DESCRIPTION.exec(name);
  if (role) {
    const holder = roleHolderBefore(text, a.speaker.start, role[1]!);
    if (holder) return { ...a, speaker: { ...a.speaker, name: holder, role: role[1]!.toLowerCase(), organisation: a.speaker.organisation, anonymous: false } };
  }
  if (definite) return a;
  if (/^[\p{Lu}][\p{Ll}][\p{L}'’-]*$/u.test(name)) {
    const full = recent.find((e) => !e.speaker.anonymous && e.speaker.name.split(/\s+/).length > 1 && e.speaker.name.split(/\s+/).pop() === name);
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
  const floor = Math.max(0, before - LOOK_BACK);
  for (let at = text.lastIndexOf(surname, before - 1); at > floor; at = text.lastIndexOf(surname, at - 1)) {
    if (/[\p{L}]/u.test(text[at + surname.length] ?? '')) continue;
    const run = /(?:[\p{Lu}][\p{L}.'’-]*\s+){1,3}$/u.exec(text.slice(Math.max(0, at - 60), at));
    // A run that crosses a sentence end ("Kefteen. The") or starts with an article is not a name.
    if (run && !/\p{Ll}{4,}\.\s|^(?:The|A|An)\s/u.test(run[0])) return run[0] + surname;
  }
  return null;
}

/** Role nouns a person is introduced with ("the head teacher, Sani Abdullahi"; "Jonas Zawadi, president of …"). */
const ROLE_WORDS = 'spokes\\w+|head(?:\\s+teacher)?|chief|commander|governor|principal|headmaster|headmistress|teacher|official|minister|resident|witness|leader|president|director|chairman|chairperson|secretary|doctor|officer|survivor|father|mother|member|councillor|lawmaker|activist|journalist|analyst|researcher|elder|farmer|student|mayor|administrator|coordinator|imam|priest|pastor|bishop';
/** A speaker that is a singular definite role: "The head teacher", "the district commissioner". */
const ROLE_DESCRIPTION = new RegExp(`^(?:the|this)\\s+((?:[\\p{L}-]+\\s+){0,2}?(?:${ROLE_WORDS}))$`, 'iu');
/** A personal name: two to four capitalised words. */
const PERSON_NAME = "(?:[\\p{Lu}][\\p{L}'’-]+\\s+){1,3}[\\p{Lu}][\\p{L}'’-]+";

/**
 * The person the text named with `role` before `before`: "the Head Teacher, Sani Abdullahi",
 * "Sani Abdullahi, the head teacher", "Head Teacher Sani Abdullahi"; the latest such, or null.
 */
function roleHolderBefore(text: string, before: number, role: string): string | null {
  const from = Math.max(0, before - LOOK_BACK);
  const window = text.slice(from, before);
  // Case-folded by hand: a regex's i flag would let \p{Lu} match lower-case letters too.
  const r = role.split(/\s+/).map((w) => [...w].map((c) => (/\p{L}/u.test(c) ? `[${c.toLowerCase()}${c.toUpperCase()}]` : `\\${c}`)).join('')).join('\\s+');
  const after = new RegExp(`\\b${r},?\\s+(${PERSON_NAME})(?=[,.;:\\s])`, 'gu');
  const beforeRole = new RegExp(`(${PERSON_NAME}),\\s+(?:(?:[Tt]he|[Aa]n?)\\s+)?(?:[\\p{L}-]+\\s+){0,3}?${r}\\b`, 'gu');
  let best: { at: number; name: string } | null = null;
  for (const m of window.matchAll(after)) if (!best || m.index > best.at) best = { at: m.index, name: m[1]! };
  for (const m of window.matchAll(beforeRole)) if (!best || m.index > best.at) best = { at: m.index, name: m[1]! };
  return best?.name ?? null;
}

/** How far back (characters) a pronoun looks for a person introduced without a cue: about three sentences. */
const PERSON_LOOK_BACK = 600;
const TITLED_NAME = /\b((?:Mr|Mrs|Ms|Dr|Gen|Col|Maj|Capt|Lt|Sgt|Brig|Gov|Governor|President|Minister|Commissioner|Chief|Sheikh|Senator|Imam|Father|Bishop|Mayor|Superintendent|Inspector)\.?)\s+((?:[\p{Lu}][\p{L}'’-]+\s+){0,2}[\p{Lu}][\p{L}'’-]+)/gu;
const NAME_WITH_ROLE = /((?:[\p{Lu}][\p{L}'’-]+\s+){1,2}[\p{Lu}][\p{L}'’-]+),\s+((?:(?:a|an|the)\s+(?:[\p{L}-]+\s+){0,4}?|(?=[\p{Ll}]))(?:spokes\w+|head|chief|commander|governor|principal|headmaster|headmistress|teacher|official|minister|resident|witness|leader|president|director|chairman|secretary|doctor|officer|survivor|father|mother|member|councillor|lawmaker|activist|journalist|analyst|researcher|elder|farmer|student)\b)/gu;

/** Words that continue an office rather than start a name. */
const OFFICE_WORD = /^(?:General|Minister|Secretary|Commissioner|Director|Inspector|Police|Chief|Governor|President|Officer|Commander)\b/;

/**
 * The latest person the text introduced by title ("Governor Uba Sani") or with a role in apposition
 * ("Sani Abdullahi, the head teacher,") in the PERSON_LOOK_BACK characters before `before`, with the
 * offset of the mention; null when none.
 */
function personIntroducedBefore(text: string, before: number): { at: number; name: string; role: string | null } | null {
  const from = Math.max(0, before - PERSON_LOOK_BACK);
  const window = text.slice(from, before);
  let best: { at: number; name: string; role: string | null } | null = null;
  for (const m of window.matchAll(TITLED_NAME)) {
    // "Inspector General of Police …": a title after a title is part of the office, not a name.
    if (OFFICE_WORD.test(m[2]!)) continue;
    if (!best || m.index > best.at) best = { at: m.index, name: `${m[1]} ${m[2]}`, role: null };
  }
  for (const m of window.matchAll(NAME_WITH_ROLE)) if (!best || m.index > best.at) best = { at: m.index, name: m[1]!, role: m[2]!.replace(/^(?:a|an|the)\s+/i, '') };
  return best && { at: from + best.at, name: best.name, role: best.role };
}
