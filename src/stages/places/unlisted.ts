// Places the gazetteer lacks in the article's context ("Narin village", "Pa Zi Gyi Village in Kanbalu Township"): kept by name, located by their container.
import type { Gazetteer, GazetteerEntry } from './gazetteer.ts';
import type { ContainerLink } from './hierarchy.ts';
import { liesWithin } from './hierarchy.ts';
import { type ArticleContext } from './candidate-features.ts';
import { distanceKm } from '../../util/geo-distance.ts';
import { containerEntry, type Mention, type Resolution } from './resolve.ts';

/** Kind words that name a part of a town. */
const TOWN_PART_KINDS = new Set(['square', 'market', 'neighborhood', 'neighbourhood', 'quarter', 'suburb']);

/** Kind words that name an area, not a spot: an unlisted one is only kept when the text places it. */
const AREA_KINDS = new Set(['province', 'governorate', 'state', 'region', 'department', 'prefecture', 'territory', 'county', 'municipality']);

function unlisted(mention: Mention, entry: GazetteerEntry, via: readonly Mention[]): Resolution {
  return {
    mention,
    candidate: { entry: entry.index, match: 'unlisted', label: 'place', precision: null },
    entry,
    score: 0,
    margin: 1,
    unlisted: { name: mention.phrase, kind: mention.kind ?? null, via },
  };
}

/**
 * Final pass. A mention the text puts inside an area ("Sima, in Yatenga province") keeps its reading
 * only when that reading lies inside; otherwise, and for a typed name ("Narin village") whose
 * readings all lie outside the article's countries, it becomes an unlisted place inside its
 * container: the linked area, else the nearest resolved place of the main country in the same
 * paragraph, else that country. Works from the last mention back, so chains ("X town in Y LGA of
 * Z State") resolve outward first.
 */
export function unlistedResolutions(
  g: Gazetteer, text: string, mentions: readonly Mention[], resolved: ReadonlyArray<Resolution | null>,
  links: ReadonlyArray<ContainerLink | null>, contextOf: (m: Mention) => ArticleContext, vouched = false,
): Resolution[] {
  const out = [...resolved];
  const whole = contextOf({ start: 0, end: 0, phrase: '' });
  const mainCountry = [...whole.countries].filter(([, w]) => w >= 1).sort((a, b) => b[1] - a[1])[0]?.[0];
  for (let i = mentions.length - 1; i >= 0; i--) {
    const mention = mentions[i]!;
    const r = out[i] ?? null;
    const link = links[i] ?? null;
    const container = containerEntry(link, out);
    const viaOuter = link && out[link.container]?.unlisted ? [mentions[link.container]!, ...out[link.container]!.unlisted!.via] : [];
    if (container) {
      const within = { mention: mentions[link!.container]!, entry: container };
      // A country or province is never inside the area after it ("Iraq, US officials said").
      if (r && (r.entry.kind === 'country' || r.entry.kind === 'admin1' || r.entry.kind === 'region')) continue;
      if (r && liesWithin(r.entry, container)) {
        out[i] = { ...r, container: within };
        continue;
      }
      const inContext = r && (contextOf(mention).countries.get(r.entry.countryCode) ?? 0) >= 1;
      // "Baghdad's Karradah", "X of Y", "X, in Y": a named container outranks a reading far from it.
      if (!r || mention.kind || !inContext || !link!.loose) out[i] = { ...unlisted(mention, container, viaOuter), container: within };
      continue;
    }
    if (!mention.kind && ((!r && vouched) || (r && r.candidate.match === 'partial' && !nearTheArticle(r.entry, contextOf(mention))))) {
      // A place the gazetteer lacks (when the caller vouches for it), or knows only by a word of it far
      // from the story ("St. Michael's Hospital" is not Saint Michael, Barbados): a building, street or
      // quarter of the article's own place, which is nearest in the paragraph, else the place the
      // article names most.
      const around = nearestInParagraph(text, mentions, out, i, null) ?? storyPlace(out);
      if (around) out[i] = unlisted(mention, around, []);
      continue;
    }
    if (!mention.kind || AREA_KINDS.has(mention.kind) || !mainCountry) continue;
    if (r && (r.candidate.label !== 'place' || (contextOf(mention).countries.get(r.entry.countryCode) ?? 0) >= 1)) continue;
    const around = nearestInCountry(g, text, mentions, out, i, mainCountry, whole);
    if (around) out[i] = unlisted(mention, around, []);
  }
  return out.filter((r): r is Resolution => r !== null);
}

/** The resolved place of `country` nearest to mention i in its paragraph (earlier ones first), else for a square or market the town the article names most there, else the article's leading province there, else the country. */
function nearestInCountry(
  g: Gazetteer, text: string, mentions: readonly Mention[], out: ReadonlyArray<Resolution | null>, i: number, country: string, whole: ArticleContext,
): GazetteerEntry | null {
  const neighbour = nearestInParagraph(text, mentions, out, i, country);
  if (neighbour) return neighbour;
  // A square, market or quarter is in a town: the town the article names most there.
  const kind = mentions[i]!.kind;
  const town = kind && TOWN_PART_KINDS.has(kind) ? storyPlace(out, country) : null;
  if (town) return town;
  // No neighbour in the paragraph: the province the article is about, when one clearly leads.
  const provinces = [...whole.admin1].filter(([code]) => code.startsWith(`${country}.`)).sort((a, b) => b[1] - a[1]);
  const [lead, next] = provinces;
  const province = lead && lead[1] >= 1 && lead[1] >= 1.5 * (next?.[1] ?? 0) ? g.adminByCode.get(lead[0]) : undefined;
  if (province !== undefined) return g.entry(province);
  const countryIndex = g.countryByCode.get(country);
  return countryIndex === undefined ? null : g.entry(countryIndex);
}

/** Whether a reading lies within 200 km of another of the article's places, or in a province the article names. */
function nearTheArticle(e: GazetteerEntry, context: ArticleContext): boolean {
  if ((context.admin1.get(`${e.countryCode}.${e.admin1Code}`) ?? 0) >= 1) return true;
  return context.points.some(([lat, lon]) => distanceKm(lat, lon, e.lat, e.lon) <= 200);
}

/** The town (or district) the article names most often, the earliest on a tie; null when it names none. */
function storyPlace(out: ReadonlyArray<Resolution | null>, country: string | null = null): GazetteerEntry | null {
  const counts = new Map<number, number>();
  let best: GazetteerEntry | null = null;
  for (const r of out) {
    if (!r || r.unlisted || r.candidate.label !== 'place' || r.candidate.match === 'partial') continue;
    if ((r.entry.kind !== 'place' && r.entry.kind !== 'admin2') || (country && r.entry.countryCode !== country)) continue;
    const n = (counts.get(r.entry.index) ?? 0) + 1;
    counts.set(r.entry.index, n);
    if (!best || n > counts.get(best.index)!) best = r.entry;
  }
  return best;
}

/** The resolved town nearest to mention i in its paragraph (earlier ones count half the distance), in `country` when given. */
function nearestInParagraph(
  text: string, mentions: readonly Mention[], out: ReadonlyArray<Resolution | null>, i: number, country: string | null,
): GazetteerEntry | null {
  const at = mentions[i]!.start;
  const paragraphStart = text.lastIndexOf('\n', at) + 1;
  const paragraphEndAt = text.indexOf('\n', at);
  const paragraphEnd = paragraphEndAt < 0 ? text.length : paragraphEndAt;
  let best: { entry: GazetteerEntry; distance: number } | null = null;
  out.forEach((r, j) => {
    if (!r || j === i || r.unlisted || r.candidate.label !== 'place' || r.entry.kind === 'country') return;
    if (country ? r.entry.countryCode !== country : (r.candidate.match === 'partial' || (r.entry.kind !== 'place' && r.entry.kind !== 'admin2'))) return;
    const m = mentions[j]!;
    if (m.start < paragraphStart || m.end > paragraphEnd) return;
    const distance = m.start < at ? at - m.start : 2 * (m.start - at);
    if (!best || distance < best.distance) best = { entry: r.entry, distance };
  });
  return best ? (best as { entry: GazetteerEntry }).entry : null;
}
