// People named in the text: a name that ends a person's name ("John Bolton said", "Gen. Logan") is not a place when it stands alone later.
import type { Mention } from './resolve.ts';
import { CAPITALISED_RUN, TITLE_BEFORE } from './recognize.ts';

/** First words of a place's name, never of a person's ("Mount Makhmour, said …"). */
const PLACE_HEAD = /^(?:Mount|Mt\.?|Lake|Jabal|Jebel|Wadi|Fort|Ft\.?|Port|Cape|North|South|East|West|New|Upper|Lower|Greater|San|Santa|Saint|St\.?)$/;

/** Words after a name that make it a speaker ("Bolton said", "Palma told"). */
const SPEECH_AFTER = /^\s+(?:said|says|told|added|wrote|explained|asked|noted|stated|recalled|continued|testified|tweeted|reported|news\s+agency)\b/;
/** Words before a name that make it a speaker ("said Logan"). */
const SPEECH_BEFORE = /\b(?:said|says)\s+$/;
/** "resident of Tabriz told": a name after a place cue speaks for the place. */
const CUE_BEFORE = /\b(?:in|of|from|at|near)\s+$/;

/**
 * Last words of two- or three-word capitalised runs that the text uses as a person's name: followed
 * by a verb of speech ("John Bolton said") or preceded by a title ("Ambassador John Bolton").
 */
export function personSurnames(text: string): Set<string> {
  const surnames = new Set<string>();
  for (const run of text.matchAll(CAPITALISED_RUN)) {
    const words = run[0].replace(/[.,;:!?]+$/u, '').split(/\s+/);
    if (words.length < 2 || words.length > 3 || PLACE_HEAD.test(words[0]!)) continue;
    const end = run.index + run[0].replace(/[.,;:!?]+$/u, '').length;
    if (/^\s+(?:said|says|told|added)\b/.test(text.slice(end, end + 20)) || TITLE_BEFORE.test(text.slice(Math.max(0, run.index - 40), run.index))) {
      surnames.add(words[words.length - 1]!.replace(/[’']s$/u, ''));
    }
  }
  return surnames;
}

/** An age before or after a name marks a person: "Nine-year-old Georgia Stevens", "82-year-old Geneva Morgan", "Burton, 39,". */
const AGE_BEFORE = /\byear-old\s+$/i;
const AGE_AFTER = /^,\s+\d{1,3},/;

/** Every word of the two- or three-word names the text marks with an age: the people it is about. */
export function agedPeople(text: string): Set<string> {
  const names = new Set<string>();
  for (const run of text.matchAll(CAPITALISED_RUN)) {
    let words = run[0].replace(/[.,;:!?]+$/u, '').split(/\s+/);
    const end = run.index + run[0].replace(/[.,;:!?]+$/u, '').length;
    // "Nine-year-old Georgia Stevens": the age starts the capitalised run.
    const agedInRun = /year-old$/i.test(words[0]!);
    if (agedInRun) words = words.slice(1);
    if (words.length < 2 || words.length > 3) continue;
    if (agedInRun || AGE_BEFORE.test(text.slice(Math.max(0, run.index - 12), run.index)) || AGE_AFTER.test(text.slice(end, end + 8))) {
      for (const w of words) names.add(w.replace(/[’']s$/u, ''));
    }
  }
  return names;
}

/**
 * Drops one-word mentions that name a person: a surname the text gives a person, or a word that
 * speaks ("Palma said", "said Logan"), and any word of a name the text gives an age ("Georgia" after
 * "Nine-year-old Georgia Stevens"). `strong(phrase)` keeps countries and provinces that speak ("Iraq said").
 */
export function withoutPeople(text: string, mentions: readonly Mention[], strong: (phrase: string) => boolean): Mention[] {
  const surnames = personSurnames(text);
  const aged = agedPeople(text);
  return mentions.filter((m) => {
    if (/\s/.test(m.phrase) || m.kind) return true;
    // A name the text gives a person with an age ("Nine-year-old Georgia Stevens") is that person throughout.
    if (aged.has(m.phrase)) return false;
    const before = text.slice(Math.max(0, m.start - 12), m.start);
    // "Palma said" (not "a resident of Tabriz told"), "said Logan." (not "said Montreal Mayor …").
    const speaks = (SPEECH_AFTER.test(text.slice(m.end, m.end + 20)) && !CUE_BEFORE.test(before))
      || (SPEECH_BEFORE.test(before) && /^[.,;]/.test(text.slice(m.end, m.end + 1)));
    return !(surnames.has(m.phrase) || speaks) || strong(m.phrase);
  });
}
