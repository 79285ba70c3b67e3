// Classifies the lines of a plain-text page: body, headline, bullet, "Posted on" line, teaser heading or debris.
import { debrisLineReason } from '../debris-lines.ts';

export const LINE_KINDS = ['body', 'headline', 'byline', 'bullet', 'posted', 'teaser-heading', 'debris'] as const;
export type LineKind = (typeof LINE_KINDS)[number];

export interface ClassifiedLine {
  readonly text: string;
  readonly kind: LineKind;
  /** Why a debris line is debris. */
  readonly reason?: string;
}

/** Headings that announce a block of other stories ("Related Article", "ALSO READ"). */
const TEASER_HEADING = /^(related( articles?| stories| posts| news| content)?|also read|read also|read more|more stories|more news|more from [^.]{2,40}|you (may|might) also like|recommended( for you| stories)?|latest( news| stories)?|top stories|trending( now)?|in other news|see also)\s*[:!]?$/i;
/** "Posted on: Wednesday, September 4, 2019 | By: desk" — the date line of a listed story. */
const POSTED_LINE = /^(posted|published|updated)\s*(on|at)?\s*:?\s*\S.{0,80}?(\|\s*by\s*:?.{0,80})?$/i;
const BULLET = /^[-•*·▪►]\s+\S/;
const HEADLINE_MAX_LENGTH = 150;
const HEADLINE_MAX_WORDS = 14;

/** Classify one tidied, non-empty line on its own (neighbours are the splitter's business). */
export function classifyLine(text: string): ClassifiedLine {
  if (TEASER_HEADING.test(text)) return { text, kind: 'teaser-heading' };
  if (text.length <= 200 && POSTED_LINE.test(text) && /\d{4}|\bby\b/i.test(text)) return { text, kind: 'posted' };
  const reason = debrisLineReason(text);
  if (reason === 'byline') return { text, kind: 'byline' };
  if (reason) return { text, kind: 'debris', reason };
  if (BULLET.test(text)) return { text, kind: 'bullet' };
  if (isHeadlineLike(text)) return { text, kind: 'headline' };
  return { text, kind: 'body' };
}

/** Short, starts like a title, and does not end like a sentence. */
export function isHeadlineLike(text: string): boolean {
  if (text.length > HEADLINE_MAX_LENGTH) return false;
  if (text.split(/\s+/).length > HEADLINE_MAX_WORDS) return false;
  if (!/^[\p{Lu}\p{N}"“‘'(\[]/u.test(text)) return false;
  return !/[.!:;,…]["”’)\]]*$/u.test(text);
}
