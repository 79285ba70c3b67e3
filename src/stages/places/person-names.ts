// People named in the text: a name that ends a person's name ("John Bolton said", "Gen. Logan") is not a place when it stands alone later.
import type { Mention } from './resolve.ts';
import { CAPITALISED_RUN, TITLE_BEFORE } from './recognize.ts';

/** First words of a place's name, never of a person's ("Mount Makhmour, said …"). */
const PLACE_HEAD = /^(?:Mount|Mt\.?|Lake|Jabal|Jebel|Wadi|Fort|Ft\.?|Port|Cape|North|South|East|West|New|Upper|Lower|Greater|San|Santa|Saint|St\.?)$/;

/** Words after a name that make it a speaker ("Bolton said", "Palma told"). */
const SPEECH_AFTER = /^\s+(?:said|says|told|added|wrote|explained|asked|noted|stated|recalled|continued|testified|tweeted)\b/;
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

/**
 * Drops one-word mentions that name a person: a surname the text gives a person, or a word that
 * speaks ("Palma said", "said Logan"). `strong(phrase)` keeps countries and provinces ("Iraq said").
 */
export function withoutPeople(text: string, mentions: readonly Mention[], strong: (phrase: string) => boolean): Mention[] {
  const surnames = personSurnames(text);
  return mentions.filter((m) => {
    if (/\s/.test(m.phrase) || m.kind) return true;
    const before = text.slice(Math.max(0, m.start - 12), m.start);
    // "Palma said" (not "a resident of Tabriz told"), "said Logan." (not "said Montreal Mayor …").
    const speaks = (SPEECH_AFTER.test(text.slice(m.end, m.end + 20)) && !CUE_BEFORE.test(before))
      || (SPEECH_BEFORE.test(before) && /^[.,;]/.test(text.slice(m.end, m.end + 1)));
    return !(surnames.has(m.phrase) || speaks) || strong(m.phrase);
  });
}
