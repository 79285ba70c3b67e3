// Whether a sentence goes on telling what the sentence before it attributed ("…, police sources said. Eight policemen were killed …").
import type { Article } from '../../article/article.ts';
import type { Span } from '../../article/span.ts';

/** Openings that move to another matter or another time: what follows is no longer the previous speaker's account. */
const SHIFT_OPENING = /^\s*(?:Meanwhile|Elsewhere|Separately|More than \d+ (?:miles|kilomet(?:er|re)s|km) (?:away|to the)|In (?:a )?separate|In other|Also on|Earlier|Previously|Last|Since|This (?:year|month|week)|In (?:January|February|March|April|May|June|July|August|September|October|November|December|\d{4})|On (?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday))\b/;
/** Time expressions that set a sentence in the background (another day, month or year). */
const BACKGROUND_TIME = /\b(?:(?:in|since|during|until|by|early|late|last|this|next|earlier in|later in)\s+(?:January|February|March|April|May|June|July|August|September|October|November|December|year|month|week|summer|winter|spring|autumn|fall)|(?:January|February|March|April|May|June|July|August|September|October|November|December)\s+\d{1,2}|since(?!\s+been)|so far|to date|(?:a|one|two|three|several|\d+)\s+(?:days?|weeks?|months?|years?)\s+(?:after|before|earlier|later)|(?:days|weeks|months|years)\s+(?:after|before|earlier|later)|last\s+(?:night|week|month|year)|(?:19|20)\d\d|ago|previously|last (?:year|month|week)|on (?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday))\b/gi;
/** A sentence that relays what someone reported without naming them: "21 fighters were reported to have attacked", "is said to", "reportedly". */
const RELAYED = /\b(?:(?:were|was|is|are|been)\s+(?:reported|said|believed|understood|thought)\s+to\b|reportedly|allegedly)\b/i;
/** Photo captions and credits are never anyone's account: "Photo: …", "(REUTERS/…", "[Nabil al-Jurani/AP]", "©". */
export const CAPTION_OR_CREDIT = /\b(?:Photo|Image|Picture|Credit|File photo)s?\s*(?::|by\b)|\((?:REUTERS|Reuters|AFP|AP|EPA|Getty(?: Images)?)\s*\/|[[(][^\][()]{2,60}\/\s*(?:AP|AFP|Reuters|REUTERS|EPA|Getty Images|Getty|Anadolu(?: Agency)?|Xinhua|AA|Shutterstock)\s*[\])]|©/;
/** Reading is bounded per sentence so the check stays linear whatever the input. */
const MAX_SENTENCE = 2000;

/**
 * Whether sentence `i` continues the account of sentence i-1 (so a claim in it with no speaker of
 * its own is the previous speaker's): it follows directly in the same paragraph (or, relaying an
 * unnamed report, opens the next one), does not open on a shift ("Meanwhile",
 * "In July"), sets nothing in a time the previous sentence did not give ("last month", "in 2014",
 * "on Thursday"), and neither sentence is a caption.
 */
export function mayCarryOver(article: Article, sentences: readonly Span[], i: number): boolean {
  if (i <= 0 || i >= sentences.length) return false;
  const text = article.text.slice(sentences[i]!.start, sentences[i]!.end).slice(0, MAX_SENTENCE);
  // Attribution carries within a paragraph, not across one, unless the sentence says it is relaying a report ("were reported to", "reportedly").
  if (article.text.slice(sentences[i - 1]!.end, sentences[i]!.start).includes('\n') && !RELAYED.test(text)) return false;
  const previous = article.text.slice(sentences[i - 1]!.start, sentences[i - 1]!.end).slice(0, MAX_SENTENCE);
  if (CAPTION_OR_CREDIT.test(text) || CAPTION_OR_CREDIT.test(previous)) return false;
  if (SHIFT_OPENING.test(text)) return false;
  // A time the previous sentence also gave ("on Monday" twice) is the same account; a new one is not.
  const earlier = previous.toLowerCase();
  for (const m of text.matchAll(BACKGROUND_TIME)) if (!earlier.includes(m[0].toLowerCase())) return false;
  return true;
}
