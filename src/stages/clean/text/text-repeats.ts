// Marks repeated lines on a page: the same headline or paragraph twice, or a lede repeated inside a longer paragraph.
import type { ClassifiedLine } from './text-lines.ts';

/** Paragraphs shorter than this many words are not checked for containment (short phrases recur legitimately). */
const MIN_CONTAINED_WORDS = 8;
const MAX_CONTAINMENT_LINES = 2000;

/**
 * Turn repeats into debris: a line equal (ignoring case, spacing and punctuation) to an earlier kept
 * line, and a body line of at least MIN_CONTAINED_WORDS words that a longer body line contains.
 */
export function markRepeats(lines: readonly ClassifiedLine[]): ClassifiedLine[] {
  const keys = lines.map((line) => comparable(line.text));
  const seen = new Set<string>();
  const marked = lines.map((line, i): ClassifiedLine => {
    if (line.kind === 'debris') return line;
    const key = keys[i]!;
    if (key && seen.has(key)) return { text: line.text, kind: 'debris', reason: line.kind === 'headline' ? 'repeated headline' : 'repeated paragraph' };
    seen.add(key);
    return line;
  });
  const bodies = marked.map((line, i) => (line.kind === 'body' ? keys[i]! : ''));
  // Containment compares every pair of paragraphs; past this many the page is no article, skip it.
  if (bodies.filter(Boolean).length > MAX_CONTAINMENT_LINES) return marked;
  return marked.map((line, i) => {
    if (line.kind !== 'body' || bodies[i]!.split(' ').length < MIN_CONTAINED_WORDS) return line;
    const containedIn = bodies.findIndex((other, j) => j !== i && other.length > bodies[i]!.length && other.includes(bodies[i]!));
    return containedIn >= 0 ? { text: line.text, kind: 'debris', reason: 'repeated paragraph (also inside a longer paragraph)' } : line;
  });
}

/** Lower-cased letters and digits separated by single spaces. */
function comparable(text: string): string {
  return text.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
}
