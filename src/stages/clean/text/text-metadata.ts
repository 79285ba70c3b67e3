// Metadata written into a story's text: datelines ("BAGHDAD:", "ERBIL (Kurdistan24) –"), outlets, bylines.

export interface Dateline {
  /** The place as written ("BAGHDAD"), or null for an outlet-only opener like "(Baonghean.vn) -". */
  readonly place: string | null;
  /** The outlet in parentheses ("Kurdistan24"), when given. */
  readonly outlet: string | null;
  /** Characters of the line the dateline takes, separator included. */
  readonly length: number;
}

// An upper-case place (optionally ", STATE"), an optional "(Outlet)", then ":" or a dash.
const PLACE_DATELINE = /^(\p{Lu}[\p{Lu}.'’ -]{1,40}?\p{Lu}\.?)((?:,\s*[\p{L}. ]{2,30})?)\s*(?:\(([^)]{2,40})\))?\s*[:–—-]+\s+/u;
// "(Baonghean.vn) -" or "(Reuters) —" at the start of a story.
const OUTLET_OPENER = /^\(([^)]{2,40})\)\s*[:–—-]+\s+/u;

/** The dateline that opens a story's first paragraph, or null when it has none. */
export function findDateline(line: string): Dateline | null {
  const placed = PLACE_DATELINE.exec(line);
  if (placed) {
    const place = `${placed[1]}${placed[2] ?? ''}`.trim();
    // "IS:" or "US —" are words, not places: demand a name of at least four letters.
    if (place.replace(/[^\p{L}]/gu, '').length >= 4) return { place, outlet: placed[3]?.trim() ?? null, length: placed[0].length };
  }
  const outlet = OUTLET_OPENER.exec(line);
  if (outlet) return { place: null, outlet: outlet[1]!.trim(), length: outlet[0].length };
  return null;
}

/** Whether a short line is a byline: "By Paul Takahashi", or a bare name of two to four capitalised words. */
export function bylineName(line: string): string | null {
  const explicit = /^by:?\s+/i.test(line.trim());
  const text = line.trim().replace(/^by:?\s+/i, '');
  if (text.length > 60 || /\d/.test(text)) return null;
  const words = text.split(/\s+/);
  const nameWord = /^(\p{Lu}[\p{Ll}'’.-]*\p{Ll}?|\p{Lu}\.|(de|da|van|von|al|el|bin|ibn|la|le)(-\p{Lu}[\p{Ll}]+)?)$/u;
  const looksLikeName = words.length >= 2 && words.length <= 4 && words.every((w) => nameWord.test(w));
  if (looksLikeName || (explicit && words.length <= 6)) return text;
  return null;
}

/** Outlet of a URL: its host without "www.", or null for something that is not a URL. */
export function outletFromUrl(url: string): string | null {
  try {
    const host = new URL(url).hostname.replace(/^www\./, '');
    return host || null;
  } catch {
    return null;
  }
}
