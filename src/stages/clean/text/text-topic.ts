// Topic overlap between two passages: shared content words, to tell a section heading from a new story.

/** Words too common to say anything about a topic. */
const STOPWORDS = new Set(
  ('that this with from have has had were was been being they their them there then than which who whom whose what when where ' +
    'while will would could should said says also into about after before over under more most some such only other others ' +
    'just very because between against during without within these those your ours here each many much even still since ' +
    'where upon like well back made make first last year years month months week weeks today told according')
    .split(' '),
);

/** Content words of a text: lower-cased letter runs of four or more, stopwords left out. */
export function contentWords(text: string): Set<string> {
  const words = new Set<string>();
  for (const match of text.toLowerCase().matchAll(/\p{L}{4,}/gu)) if (!STOPWORDS.has(match[0])) words.add(match[0]);
  return words;
}

/** Overlap coefficient of two texts' content words: |A∩B| / min(|A|, |B|), 0 when either is empty. */
export function topicOverlap(a: string, b: string): number {
  const left = contentWords(a);
  const right = contentWords(b);
  if (left.size === 0 || right.size === 0) return 0;
  let shared = 0;
  for (const word of left) if (right.has(word)) shared++;
  return shared / Math.min(left.size, right.size);
}
