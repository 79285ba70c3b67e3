// Admin hierarchy in the text: "Shirqat district, Salahuddin province", "Kuriga town in Chikun LGA of Kaduna State", "Paktika's Barmal district".
import type { GazetteerEntry } from './gazetteer.ts';
import type { Mention } from './resolve.ts';
import { distanceKm } from '../../util/geo-distance.ts';

/** Kind words that type a place name ("Narin village", "the town of Kheret"). Lower case. */
export const PLACE_KIND_WORDS = [
  'village', 'villages', 'town', 'city', 'hamlet', 'settlement', 'district', 'sub-district', 'subdistrict', 'neighborhood', 'neighbourhood',
  'quarter', 'suburb', 'area', 'camp', 'market', 'square', 'township', 'lga', 'local government area', 'woreda', 'locality', 'commune',
  'county', 'province', 'governorate', 'state', 'region', 'department', 'municipality', 'prefecture', 'territory',
] as const;

const KIND_ALTERNATION = [...PLACE_KIND_WORDS].sort((a, b) => b.length - a.length).map((k) => k.replace(/[ -]/g, '[ -]')).join('|');
const DIRECTION = '(?:(?:central|northern|southern|eastern|western|north|south|east|west|north-?eastern|north-?western|south-?eastern|south-?western)\\s+)?';

/** Text between a place and the area that contains it: ", in", " in the", " town in", " shopping area of", ", located in", " of". */
export const CHILD_THEN_CONTAINER = new RegExp(
  `^(?:(?:\\s+[a-z]+){0,2}\\s+(?:${KIND_ALTERNATION}))?(?:\\s*,\\s*(?:(?:located|situated|which is)\\s+)?(?:(?:in|near)\\s+)?|\\s+(?:in|of|near|inside)\\s+)(?:the\\s+)?${DIRECTION}$`,
  'i',
);
/** Text between an area and a place inside it: "Paktika's Barmal district", "Baghdad’s Karrada", "Baghdad’s popular shopping district of Karradah". */
const CONTAINER_POSSESSIVE = new RegExp(
  `^[’']s\\s+(?:(?:central|northern|southern|eastern|western|restive|volatile)\\s+|(?:[a-z]+\\s+){0,3}(?:${KIND_ALTERNATION})\\s+of\\s+(?:the\\s+)?)?$`,
  'i',
);

export interface ContainerLink {
  /** Index of the containing mention. */
  readonly container: number;
  /** Only a comma between them ("Baghdad, Kirkuk" may be a list): holds only when the container is an area. */
  readonly loose: boolean;
}

/**
 * For each mention, the mention the text names as its container, or null. A mention is contained
 * by the next mention when the text between them reads like "X, in Y" / "X town in Y" / "X of Y",
 * and by the previous one for "Y's X". The link stays within 40 characters.
 */
export function containerLinks(text: string, mentions: readonly Mention[]): Array<ContainerLink | null> {
  const links: Array<ContainerLink | null> = mentions.map(() => null);
  for (let i = 0; i + 1 < mentions.length; i++) {
    const gap = text.slice(mentions[i]!.end, mentions[i + 1]!.start);
    if (gap.length > 40 || /[\n.;:!?()]/.test(gap)) continue;
    if (CHILD_THEN_CONTAINER.test(gap)) links[i] = { container: i + 1, loose: /^\s*,\s*$/.test(gap) };
    else if (CONTAINER_POSSESSIVE.test(gap)) links[i + 1] = { container: i, loose: false };
  }
  return links;
}

/** How far a town may lie from a town named as its surroundings ("X, near Y"; "the Sadr City neighborhood of Baghdad"). */
const NEAR_TOWN_KM = 60;

/**
 * Whether `inner` lies inside `outer` by the gazetteer's codes (country, admin1, admin2) or, for a
 * town or feature named as the container, within 60 km of it.
 */
export function liesWithin(inner: GazetteerEntry, outer: GazetteerEntry): boolean {
  if (inner.index === outer.index) return false;
  if (!outer.countryCode || inner.countryCode !== outer.countryCode) return false;
  switch (outer.kind) {
    case 'country': return true;
    case 'admin1': return inner.admin1Code === outer.admin1Code;
    case 'admin2': return inner.admin1Code === outer.admin1Code && (inner.admin2Code === outer.admin2Code || inner.kind === 'place' && !inner.admin2Code);
    case 'region': return distanceKm(inner.lat, inner.lon, outer.lat, outer.lon) <= 400;
    default: return distanceKm(inner.lat, inner.lon, outer.lat, outer.lon) <= NEAR_TOWN_KM;
  }
}
