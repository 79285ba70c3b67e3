// Language of an article's text via tinyld (small, fast, no dependencies), as an ISO 639-1 code.
import { detect } from 'tinyld';

/** Shorter texts are too little evidence for a trigram detector. */
const MIN_LENGTH = 40;
/** Enough text to decide; detection time grows with length. */
const SAMPLE_LENGTH = 2000;

/** ISO 639-1 code of the text's language ("en", "ar"), or null when the text is too short or unclear. */
export function detectLanguage(text: string): string | null {
  if (text.length < MIN_LENGTH) return null;
  const code = detect(text.slice(0, SAMPLE_LENGTH));
  return code ? code : null;
}

/** The primary subtag of a declared language ("en-US" → "en", "pt_BR" → "pt"), lower-cased. */
export function primaryLanguage(tag: string): string | null {
  const primary = tag.trim().split(/[-_]/)[0]?.toLowerCase() ?? '';
  return /^[a-z]{2,3}$/.test(primary) ? primary : null;
}
