// Qualitative claims: statements of responsibility (claimed or denied) and of victory or defeat.
import { layer, type Article } from '../../article/article.ts';
import type { ClaimRecord } from '../../article/records.ts';
import { ArticleAttributions } from './attribution.ts';
import { CAPTION_OR_CREDIT } from './carry-over.ts';
import { normaliseSubject } from './claim-subject.ts';

interface Pattern {
  readonly regex: RegExp;
  /** The normalised subject from the match. */
  readonly subject: (m: RegExpExecArray) => string;
}

/** A capitalised word of at most 41 characters. */
const NAME_WORD = "[A-Z][\\w'’-]{0,40}";
/**
 * A name of up to eight words, starting at a word's start: both bounds keep the search linear in the
 * sentence's length (unbounded, a long capitalised token or run took quadratic time).
 */
const ENTITY = `(?<![\\w'’-])((?:\\d{1,3}% of )?(?:the )?(?:self-proclaimed )?${NAME_WORD}(?:\\s+(?:\\([A-Z]{1,12}\\)|${NAME_WORD})){0,7})`;

const PATTERNS: readonly Pattern[] = [
  { regex: /\bclaim(?:ed|s)? responsibility for (?:the )?([^,.;"”]{3,80})/i, subject: (m) => `responsibility for ${m[1]!.trim()}` },
  { regex: /\bdenied (?:any )?(?:involvement|responsibility|role) in (?:the )?([^,.;"”]{3,80})/i, subject: (m) => `responsibility for ${m[1]!.trim()}` },
  { regex: new RegExp(`${ENTITY} (?:has|have) been (?:completely |totally )?defeated`), subject: (m) => `defeat of ${m[1]!.replace(/^\d+% of /, '')}` },
  { regex: new RegExp(`\\bvictory (?:over|against) ${ENTITY}`), subject: (m) => `defeat of ${m[1]}` },
  { regex: new RegExp(`${ENTITY} (?:is|are) (?:now )?free\\b`), subject: (m) => `liberation of ${m[1]}` },
  { regex: new RegExp(`\\b(?:liberated|freed) (?:the )?(last (?:bastion|stronghold|pocket) of ${ENTITY})`), subject: (m) => `defeat of ${m[2]}` },
];

/** "No group immediately claimed responsibility", "has not yet claimed": nobody claimed anything. */
const NEGATED = /\b(?:no|not|never|nobody|none|yet to|neither|nor)\b[^,;]*$/i;

/** Patterns read this much of a sentence: any statement fits, and the bound keeps them linear on any input. */
const MAX_SENTENCE = 2000;

/**
 * Claims of responsibility and of victory or defeat, one per matching statement in each sentence.
 * The statement itself is the claim's text; the subject names what is claimed ("defeat of IS",
 * "liberation of Baghouz"); low/high/best and what is counted stay null. A denial of
 * responsibility is kept, marked denied, with the denier.
 */
export function qualitativeClaims(article: Article, producedBy: string): ClaimRecord[] {
  const text = article.text;
  const sentences = layer(article, 'sentences');
  const sources = new ArticleAttributions(article, sentences);
  const claims: ClaimRecord[] = [];
  sentences.forEach((s, i) => {
    const sentence = text.slice(s.start, s.end);
    const head = sentence.slice(0, MAX_SENTENCE);
    if (CAPTION_OR_CREDIT.test(head)) return;
    for (const p of PATTERNS) {
      const m = p.regex.exec(head);
      if (!m || NEGATED.test(head.slice(Math.max(0, m.index - 40), m.index))) continue;
      const start = s.start + m.index;
      const end = start + m[0].length;
      const who = sources.sourceOf(i, start);
      const denial = /^denied\b/i.test(m[0]);
      claims.push({
        kind: 'claim',
        subject: normaliseSubject(p.subject(m)),
        low: null,
        high: null,
        best: null,
        unit: null,
        text: m[0],
        attributedTo: who.attributedTo,
        cue: who.cue,
        date: article.meta.published?.slice(0, 10) ?? null,
        evidence: [{ start: s.start, end: s.end, text: sentence }, { start, end, text: m[0] }, ...(who.evidence ? [who.evidence] : [])],
        confidence: who.cue ? 0.6 : 0.4,
        producedBy,
        counted: null,
        ofWhom: null,
        place: null,
        area: null,
        eventIndex: null,
        denied: denial || who.denied,
        deniedBy: denial ? who.attributedTo : who.deniedBy,
        sourceKind: who.sourceKind,
      });
    }
  });
  return claims;
}
