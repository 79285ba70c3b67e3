// Where and when a claim is set, and the event it belongs to: read once per article, looked up per sentence in constant time.
import { layer, type Article } from '../../article/article.ts';
import type { DateValue, PlaceValue } from '../../article/layer-values.ts';
import type { Span } from '../../article/span.ts';

export interface ClaimPlace {
  /** The place as resolved ("Sadr City"). */
  readonly place: string;
  /** Its province, else its country ("Baghdad"): what like claims are compared on. */
  readonly area: string | null;
}

export interface SentenceContext {
  /** `places` spans labelled 'place' inside the sentence, in order. */
  readonly places: readonly Span[];
  /** The first `dates` span inside the sentence with a resolved start. */
  readonly date: string | null;
  /** Index into `article.events` of the event told in this sentence, or null. */
  readonly eventIndex: number | null;
}

/** What a place value says for a claim: its name and the area claims are compared on. */
export function claimPlaceOf(v: PlaceValue): ClaimPlace {
  const area = v.featureCode === 'country' ? v.country : v.admin1 ?? v.country;
  return { place: v.name, area: area ?? v.name };
}

/**
 * Per sentence (by index), its places, first dated expression and event. One sweep over each
 * layer, which are ordered by position, so the whole article costs time linear in its spans.
 */
export function sentenceContexts(article: Article, sentences: readonly Span[]): SentenceContext[] {
  const places = layer(article, 'places').filter((s) => s.label === 'place');
  const dates = layer(article, 'dates');
  const eventBySentenceStart = new Map<number, number>();
  article.events.forEach((event, index) => {
    for (const e of event.evidence) if (!eventBySentenceStart.has(e.start)) eventBySentenceStart.set(e.start, index);
  });
  let p = 0;
  let d = 0;
  return sentences.map((s) => {
    while (p < places.length && places[p]!.start < s.start) p++;
    const inside: Span[] = [];
    for (let i = p; i < places.length && places[i]!.end <= s.end; i++) inside.push(places[i]!);
    while (d < dates.length && dates[d]!.start < s.start) d++;
    let date: string | null = null;
    for (let i = d; i < dates.length && dates[i]!.end <= s.end && date === null; i++) date = (dates[i]!.value as unknown as DateValue).start;
    return { places: inside, date, eventIndex: eventBySentenceStart.get(s.start) ?? null };
  });
}

/**
 * The place a count at `at` is about: the first place after it in its sentence (the clause it
 * heads usually names it: "killed 12 in Kirkuk"), else the last one before it; null when the
 * sentence names none.
 */
export function placeNear(places: readonly Span[], at: number, text?: string): ClaimPlace | null {
  // "a woman visiting from Canada": where someone comes from is not where it happened.
  const where = text === undefined ? places : places.filter((s) => !/\bfrom\s+(?:the\s+)?$/i.test(text.slice(Math.max(0, s.start - 10), s.start)));
  const pool = where.length ? where : places;
  const span = pool.find((s) => s.start >= at) ?? pool.at(-1);
  return span ? claimPlaceOf(span.value as unknown as PlaceValue) : null;
}

/**
 * Where an article is set when a sentence names no place: the country most of its places lie in,
 * when one country holds more than half of them; null otherwise.
 */
export function articleCountry(article: Article): string | null {
  const counts = new Map<string, number>();
  let total = 0;
  for (const s of layer(article, 'places')) {
    if (s.label !== 'place') continue;
    const country = (s.value as unknown as PlaceValue).country;
    if (!country) continue;
    counts.set(country, (counts.get(country) ?? 0) + 1);
    total++;
  }
  const [best] = [...counts.entries()].sort((a, b) => b[1] - a[1]);
  return best && best[1] * 2 > total ? best[0] : null;
}
