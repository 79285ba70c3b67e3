// Turns a resolution into the `places` layer value (PlaceValue) with ACLED's precision code.
import type { PlaceValue } from '../../article/layer-values.ts';
import type { Gazetteer, GazetteerEntry } from './gazetteer.ts';
import type { Resolution } from './resolve.ts';
import { KEPT_IN_NAME } from './typed-mentions.ts';

/** Words before a mention that make a town only the neighbourhood of the event ("near X", "outskirts of X"). */
const NEAR_CUE = /\b(?:mount|mt\.|jabal|jebel|near|nearby|outside|outskirts\s+of|around|close\s+to|vicinity\s+of|(?:north|south|east|west|northeast|northwest|southeast|southwest)(?:ern)?\s+of|\d+\s*(?:km|kilometres|kilometers|miles)\s+(?:\w+\s+)?(?:of|from))\s+(?:the\s+)?$/i;

/** A mention of the area around a town ("the Badush region", "Haditha district"). */
const AREA_AROUND = /\s(?:region|district|area|valley|outskirts|countryside)$/i;
/** Kind words after a town's name that make it the area around the town ("the Kirkuk area"). */
const AREA_KIND = new Set(['area', 'district', 'region']);

/**
 * ACLED geo-precision: 3 for a country, province or wider region; 2 for a district, a natural
 * feature, a partial name, or a town the text places the event near; 1 for a town or village. A
 * curated alias may raise it (a valley known only by its province is 3).
 */
export function acledPrecision(r: Resolution, textBefore: string): 1 | 2 | 3 {
  const e = r.entry;
  let precision: 1 | 2 | 3 = e.kind === 'country' || e.kind === 'admin1' || e.kind === 'region' ? 3
    : e.kind === 'admin2' || e.kind === 'feature' || r.candidate.match === 'partial' ? 2
    : 1;
  if (precision === 1 && (NEAR_CUE.test(textBefore) || AREA_AROUND.test(r.mention.phrase) || AREA_KIND.has(r.mention.kind ?? ''))) precision = 2;
  if (r.candidate.precision && r.candidate.precision > precision) precision = r.candidate.precision;
  return precision;
}

const PROVINCE_WORD = /\s+(?:province|governorate|state)$/i;

/**
 * The province the text names, when the gazetteer holds it as a second-level area: "Sima, in Yatenga
 * province" (Burkina Faso's provinces are GeoNames admin2, under regions). ACLED-style coding reports
 * the province the text names as admin1, so that name wins over the region above it.
 */
function namedProvince(r: Resolution): string | null {
  const typedProvince = (m: Resolution['mention']) => PROVINCE_WORD.test(m.phrase) || ['province', 'governorate', 'state'].includes(m.kind ?? '');
  const bare = (m: Resolution['mention']) => m.phrase.replace(PROVINCE_WORD, '');
  if (r.container && r.container.entry.kind === 'admin2' && typedProvince(r.container.mention)) return bare(r.container.mention);
  if (!r.unlisted && r.entry.kind === 'admin2' && typedProvince(r.mention)) return bare(r.mention);
  return null;
}

function nameOf(g: Gazetteer, index: number | undefined): string | null {
  return index === undefined ? null : g.entry(index).name;
}

/** The PlaceValue for a resolved mention: names of its country, admin1 and admin2 looked up by code. */
export function placeValue(g: Gazetteer, r: Resolution, textBefore: string): PlaceValue {
  if (r.unlisted) return unlistedValue(g, r);
  const e: GazetteerEntry = r.entry;
  const cc = e.countryCode || null;
  const admin1 = e.kind === 'admin1' ? e.name : e.admin1Code && cc ? nameOf(g, g.adminByCode.get(`${cc}.${e.admin1Code}`)) : null;
  const admin2 = e.kind === 'admin2' ? e.name
    : e.admin2Code && e.admin1Code && cc ? nameOf(g, g.adminByCode.get(`${cc}.${e.admin1Code}.${e.admin2Code}`)) : null;
  return {
    id: e.id,
    name: e.name,
    countryCode: cc,
    country: cc ? nameOf(g, g.countryByCode.get(cc)) : null,
    admin1: e.kind === 'country' ? null : namedProvince(r) ?? admin1,
    admin2: e.kind === 'country' || e.kind === 'admin1' ? null : admin2,
    lat: e.lat,
    lon: e.lon,
    precision: acledPrecision(r, textBefore),
    featureCode: e.kind === 'place' ? e.featureCode : e.kind === 'feature' ? `feature:${e.featureCode}` : e.kind,
    approximate: false,
  };
}

/** Kinds of unlisted place that are districts: they fill admin2 of the places inside them. */
const DISTRICT_KINDS = new Set(['district', 'sub-district', 'subdistrict', 'area', 'township', 'lga', 'woreda', 'commune', 'locality']);
const WITHIN_TOWN_KINDS = new Set(['square', 'market', 'neighborhood', 'neighbourhood', 'quarter', 'suburb']);
/** Kinds that name a settlement: a village the gazetteer lacks is still the most precise place named. */
const SETTLEMENT_KINDS = new Set(['village', 'town', 'hamlet', 'settlement']);
const PROVINCE_KINDS = new Set(['province', 'governorate', 'state', 'region', 'department', 'prefecture', 'territory', 'county', 'municipality']);

/**
 * The value of a place the gazetteer lacks: its name as written, the country and admin names of the
 * listed area that contains it (`approximate`: the point is that area's), and precision 2 (ACLED's
 * code for a place located by the known area around it), 3 for a province-like kind.
 */
function unlistedValue(g: Gazetteer, r: Resolution): PlaceValue {
  const { name, kind, via } = r.unlisted!;
  const e = r.entry;
  const cc = e.countryCode || null;
  const admin1 = namedProvince(r) ?? (e.kind === 'admin1' ? e.name : e.admin1Code && cc && e.kind !== 'country' ? nameOf(g, g.adminByCode.get(`${cc}.${e.admin1Code}`)) : null);
  const admin2 = e.kind === 'admin2' ? e.name
    : via.find((m) => m.kind && DISTRICT_KINDS.has(m.kind))?.phrase
      ?? (e.admin2Code && e.admin1Code && cc ? nameOf(g, g.adminByCode.get(`${cc}.${e.admin1Code}.${e.admin2Code}`)) : null);
  return {
    id: `unlisted:${cc ?? ''}:${name.toLowerCase().replace(/\s+/g, '-')}`,
    name: kind && KEPT_IN_NAME.has(kind) && !name.toLowerCase().endsWith(kind) ? `${name} ${kind}` : name,
    countryCode: cc,
    country: cc ? nameOf(g, g.countryByCode.get(cc)) : null,
    admin1,
    admin2,
    lat: e.lat,
    lon: e.lon,
    // A square, market, neighbourhood or district of a listed town ("Baghdad's shopping district of
    // Karradah"), or a name the text puts in it with no kind word, is in that town (precision 1, like the town); a village or town the text names as such is a place of precision 1 too (the location
    // is the most precise place named), only its point is approximate; other unlisted names 2.
    precision: (e.kind === 'place' && (!kind || WITHIN_TOWN_KINDS.has(kind) || kind === 'district' || kind === 'area')) || (kind && SETTLEMENT_KINDS.has(kind)) ? 1 : kind && PROVINCE_KINDS.has(kind) ? 3 : 2,
    featureCode: kind ? `unlisted:${kind}` : 'unlisted',
    approximate: true,
    within: e.id,
  } as PlaceValue;
}
