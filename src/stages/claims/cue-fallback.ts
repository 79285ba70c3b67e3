// Who said a sentence when no stage assigned `sources`: a small cue-pattern reading ("according to X", "…, said X", "X said").
import type { Evidence } from '../../article/records.ts';

export interface CueAttribution {
  /** The speaker as written ("Brig. Gen. Yahya Rasoul, the Iraqi army spokesman"). */
  readonly attributedTo: string;
  readonly cue: string;
  readonly evidence: Evidence;
}

const NAME = "(?:[A-Z][\\w.'’-]*\\.?\\s+){0,5}[A-Z][\\w.'’-]+";
const ACCORDING_TO = /according to ((?:the |a |an |one |two |three |several )?[^,.;]{3,90}?)(?=[,.;]|$)/;
const SAID_AFTER = new RegExp(`[,”"]\\s*(?:said|says|told|tweeted|added|warned|estimated|claimed)\\s+((?:the |a |an |one )?${NAME}(?:,[^,.;]{3,60})?)`);
const ROLE = "(?:[Aa]n? |[Tt]he )?(?:[a-z][\\w-]* ){0,2}(?:spokes\\w+|commander|official|minister|head|chief|general|analyst|adviser|leader)(?: (?:for|of) [^,.;]{3,60})?, ";
const BODY = "(?:[A-Z][\\w'’-]*\\s+){1,4}(?:government|army|military|ministry|forces|officials?|spokes\\w+)";
const SAID_BEFORE = new RegExp(`((?:${ROLE})?(?:the |a |an |one )?(?:${BODY}|${NAME})(?:,[^,.;]{3,60},)?),?\\s+(said|says|told|tweeted|declared|announced|claimed|warned|estimated)\\b`);
const LEADING_CONNECTIVE = /^(?:Although|Though|While|But|And|However|Meanwhile|Still)\s+/;
/** The patterns read sentences, and only this much of one: enough for any attribution, and bounded so they stay linear. */
const MAX_SENTENCE = 2000;

/** The cue-pattern reading of one sentence starting at `offset`: "according to X", "…, said X", "X said/declared that…". Null when none matches. */
export function attributionFromCues(sentence: string, offset: number): CueAttribution | null {
  const text = sentence.slice(0, MAX_SENTENCE);
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
