// Who said a sentence: the `sources` span covering it, or, when no stage assigned `sources`, a small cue-pattern fallback.
import { layer, type Article } from '../../article/article.ts';
import type { AttributionValue } from '../../article/layer-values.ts';
import type { Evidence } from '../../article/records.ts';

export interface Attribution {
  /** The speaker as named, with role and organisation when known ("Brig. Gen. Yahya Rasoul, the Iraqi army spokesman"). */
  readonly attributedTo: string;
  readonly cue: string;
  readonly evidence: Evidence;
}

function describe(v: AttributionValue): string {
  const parts = [v.speaker];
  if (v.role && !v.speaker.includes(v.role)) parts.push(v.role);
  if (v.organisation && !parts.join(' ').includes(v.organisation)) parts.push(v.organisation);
  return parts.join(', ');
}

const NAME = "(?:[A-Z][\\w.'’-]*\\.?\\s+){0,5}[A-Z][\\w.'’-]+";
const ACCORDING_TO = /according to ((?:the |a |an |one |two |three |several )?[^,.;]{3,90}?)(?=[,.;]|$)/;
const SAID_AFTER = new RegExp(`[,”"]\\s*(?:said|says|told|tweeted|added|warned|estimated|claimed)\\s+((?:the |a |an |one )?${NAME}(?:,[^,.;]{3,60})?)`);
const ROLE = "(?:[Aa]n? |[Tt]he )?(?:[a-z][\\w-]* ){0,2}(?:spokes\\w+|commander|official|minister|head|chief|general|analyst|adviser|leader)(?: (?:for|of) [^,.;]{3,60})?, ";
const BODY = "(?:[A-Z][\\w'’-]*\\s+){1,4}(?:government|army|military|ministry|forces|officials?|spokes\\w+)";
const SAID_BEFORE = new RegExp(`((?:${ROLE})?(?:the |a |an |one )?(?:${BODY}|${NAME})(?:,[^,.;]{3,60},)?),?\\s+(said|says|told|tweeted|declared|announced|claimed|warned|estimated)\\b`);
const LEADING_CONNECTIVE = /^(?:Although|Though|While|But|And|However|Meanwhile|Still)\s+/;

/** The cue-pattern fallback: "according to X", "…, said X", "X said/declared that…". Null when none matches. */
export function attributionFromCues(text: string, offset: number): Attribution | null {
  const tries: Array<[RegExpExecArray | null, string]> = [
    [ACCORDING_TO.exec(text), 'according to'],
    [SAID_AFTER.exec(text), ''],
    [SAID_BEFORE.exec(text), ''],
  ];
  for (const [m, fixedCue] of tries) {
    if (!m) continue;
    const who = m[1]!.trim().replace(LEADING_CONNECTIVE, '').replace(/,$/, '');
    const at = m.index + m[0].indexOf(who);
    const cue = fixedCue || (m[2] ?? /said|says|told|tweeted|added|warned|estimated|claimed/.exec(m[0])?.[0] ?? 'said');
    return { attributedTo: who, cue, evidence: { start: offset + at, end: offset + at + who.length, text: who } };
  }
  return null;
}

/**
 * The attribution of the text at [start, end): the `sources` span whose covered range contains it
 * (the nearest one); when the article has no `sources` layer at all, the cue-pattern fallback on
 * the sentence [sentenceStart, sentenceEnd). Null when nobody is named.
 */
export function attributionFor(article: Article, start: number, end: number, sentenceStart: number, sentenceEnd: number): Attribution | null {
  if (article.layers.sources === undefined) {
    return attributionFromCues(article.text.slice(sentenceStart, sentenceEnd), sentenceStart);
  }
  const covering = layer(article, 'sources')
    .filter((s) => {
      const v = s.value as unknown as AttributionValue;
      return v.coversStart <= start && end <= v.coversEnd;
    })
    .sort((a, b) => Math.abs(a.start - start) - Math.abs(b.start - start));
  const span = covering[0];
  if (!span) return null;
  const v = span.value as unknown as AttributionValue;
  return { attributedTo: describe(v), cue: v.cue, evidence: { start: span.start, end: span.end, text: article.text.slice(span.start, span.end) } };
}
