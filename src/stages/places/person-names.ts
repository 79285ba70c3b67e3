// People named in the text: a name that ends a person's name ("John Bolton said", "Gen. Logan") is not a place when it stands alone later.
import type { Mention } from './resolve.ts';
import { capitalisedRuns, TITLE_BEFORE } from './recognize.ts';

/** First words of a place's name, never of a person's ("Mount Makhmour, said …"). */
const PLACE_HEAD = /^(?:Mount|Mt\.?|Lake|Jabal|Jebel|Wadi|Fort|Ft\.?|Port|Cape|North|South|East|West|New|Upper|Lower|Greater|San|Santa|Saint|St\.?)$/;

/** Words after a name that make it a speaker ("Bolton said", "Palma told"). */
const SPEECH_AFTER = /^\s+(?:said|says|told|added|wrote|explained|asked|noted|stated|recalled|continued|testified|tweeted|reported|news\s+agency)\b/;
/** Words before a name that make it a speaker ("said Logan"). */
const SPEECH_BEFORE = /\b(?:said|says)\s+$/;
/** "resident of Tabriz told": a name after a place cue speaks for the place. */
const CUE_BEFORE = /\b(?:in|of|from|at|near)\s+$/;

/** An age before or after a name marks a person: "Nine-year-old Georgia Stevens", "82-year-old Geneva Morgan", "Burton, 39,". */
const AGE_BEFORE = /\byear-old\s+$/i;
const AGE_AFTER = /^,\s+\d{1,3},/;

/** The people a text names: surnames of speakers and titled people, and every word of names given an age. */
export interface PeopleNamed {
  /** Last words of two- or three-word names followed by a verb of speech ("John Bolton said") or after a title ("Ambassador John Bolton"). */
  readonly surnames: ReadonlySet<string>;
  /** Every word of the names the text gives an age ("Georgia", "Stevens"). */
  readonly aged: ReadonlySet<string>;
}

/** One pass over the text's capitalised runs. */
export function peopleNamed(text: string): PeopleNamed {
  const surnames = new Set<string>();
  const aged = new Set<string>();
  for (const run of capitalisedRuns(text)) {
    const trimmed = run[0].replace(/[.,;:!?]+$/u, '');
    let words = trimmed.split(/\s+/);
    const end = run.index + trimmed.length;
    // "Nine-year-old Georgia Stevens": the age starts the capitalised run.
    const agedInRun = /year-old$/i.test(words[0]!);
    if (agedInRun) words = words.slice(1);
    if (words.length < 2 || words.length > 3) continue;
    const bare = (w: string) => w.replace(/[’']s$/u, '');
    if (agedInRun || AGE_BEFORE.test(text.slice(Math.max(0, run.index - 12), run.index)) || AGE_AFTER.test(text.slice(end, end + 8))) {
      for (const w of words) aged.add(bare(w));
    }
    if (PLACE_HEAD.test(words[0]!)) continue;
    if (/^\s+(?:said|says|told|added)\b/.test(text.slice(end, end + 20)) || TITLE_BEFORE.test(text.slice(Math.max(0, run.index - 40), run.index))) {
      surnames.add(bare(words[words.length - 1]!));
    }
  }
  return { surnames, aged };
}

/**
 * Drops one-word mentions that name a person: a surname the text gives a person, or a word that
 * speaks ("Palma said", "said Logan"), and any word of a name the text gives an age ("Georgia" after
 * "Nine-year-old Georgia Stevens"). `strong(phrase)` keeps countries and provinces that speak ("Iraq said").
 */
export function withoutPeople(text: string, mentions: readonly Mention[], strong: (phrase: string) => boolean, people = peopleNamed(text)): Mention[] {
  const { surnames, aged } = people;
  return mentions.filter((m) => {
    // "Jordan, 12, and his sister", "Salah al-Din, 29, a suspected militant": a name given an age there is a person there.
    if (AGE_AFTER.test(text.slice(m.end, m.end + 8))) return false;
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
