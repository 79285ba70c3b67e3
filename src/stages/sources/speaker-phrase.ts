// Reading a speaker mention: the name (or anonymous description), the role in apposition, and the organisation.

/** A speaker as parsed from text: offsets are absolute; role and organisation as written. */
export interface SpeakerMention {
  readonly start: number;
  readonly end: number;
  readonly name: string;
  readonly role: string | null;
  readonly organisation: string | null;
  readonly anonymous: boolean;
}

/** A stretch of text with its absolute start offset. */
export interface Piece {
  readonly text: string;
  readonly start: number;
}

const CAPITAL = /^[\p{Lu}]/u;
const CONNECTOR = /^(?:of|the|al|el|bin|ibn|de|van|von|for|and)$/;
const DETERMINER = /^(?:a|an|one|two|three|four|five|six|several|some|many|the|another|other|senior|local|unnamed|anonymous|\d+)$/i;
/** A lone sentence-initial plural such as "Observers" or "Officials" is a description, not a name. */
const COMMON_PLURAL = /^[\p{Lu}][\p{Ll}]+(?:ers|ists|ials|ents|ans|ors|ves)$/u;
/** Common nouns that open a sentence with a capital ("Police said"): descriptions, not names. */
const COMMON_SPEAKERS = new Set(['police', 'officials', 'authorities', 'witnesses', 'residents', 'sources', 'investigators', 'experts', 'critics', 'doctors', 'prosecutors', 'activists', 'medics', 'rescuers', 'troops', 'soldiers']);
const ORG_WORD = /\b(?:Council|Committee|Project|Group|Party|Forces?|Ministry|Foundation|Institute|Observatory|Service|Agency|Cell|Corps|Brigade|Army|Police|Government|Office|Organi[sz]ation|Nations|Department|Command|Coalition|Center|Centre|University|Commission|Bureau)\b/;

/** Trim a piece of surrounding spaces and punctuation, keeping offsets right. */
export function trimPiece(piece: Piece): Piece {
  const lead = /^[\s,;:—–\-"“”'‘’(]+/.exec(piece.text)?.[0].length ?? 0;
  let body = piece.text.slice(lead).replace(/[\s,;:—–\-"“”'‘’)]+$/, '');
  // "the Palestinian Prisoners Society (PPS)": a closing bracket that closes an opening one stays.
  if (/\([^()]*$/.test(body) && piece.text.slice(lead + body.length).trimStart().startsWith(')')) body += ')';
  return { text: body, start: piece.start + lead };
}

function words(text: string): string[] {
  return text.split(/\s+/).filter(Boolean);
}

/** True when `text` reads like a personal or organisation name: every word capitalised or a name connector. */
export function looksLikeName(text: string): boolean {
  const ws = words(text);
  return ws.length > 0 && ws.length <= 8 && CAPITAL.test(ws[0]!) && ws.every((w) => CAPITAL.test(w) || CONNECTOR.test(w.replace(/[-’']$/, '')));
}

/**
 * Split "Heritage Foundation Middle East analyst Jim Phillips" into a role prefix and the trailing
 * capitalised name; returns null when the phrase does not end in a name of two or more words.
 */
function splitTrailingName(piece: Piece): { role: Piece | null; name: Piece } | null {
  const ws = [...piece.text.matchAll(/\S+/g)];
  let i = ws.length;
  while (i > 0 && (CAPITAL.test(ws[i - 1]![0]) || (i < ws.length && CONNECTOR.test(ws[i - 1]![0])))) i--;
  while (i < ws.length && CONNECTOR.test(ws[i]![0])) i++;
  if (i === 0 || ws.length - i < 2) return null;
  if (ws.slice(0, i).every((w) => /^(?:the|a|an)$/i.test(w[0]))) return null;
  // "a field report from the Homs Governorate": a name after a preposition completes the description, it is not the speaker.
  const lead = ws.slice(0, i).map((w) => w[0]).filter((w, k, all) => !(k === all.length - 1 && /^(?:the|a|an)$/i.test(w)));
  if (/^(?:from|of|by|at|in|for|with|to|on)$/i.test(lead.at(-1) ?? '')) return null;
  // "the country's Interior Ministry": a possessive before a name belongs to it.
  if (/['’]s$/i.test(lead.at(-1) ?? '')) return null;
  const functionWordsOnly = ws.slice(0, i).every((w) => /^(?:the|a|an|with|of|for|at|to|from|by|and|in|on)$/i.test(w[0]));
  const cut = ws[i]!.index;
  const role = functionWordsOnly ? null : trimPiece({ text: piece.text.slice(0, cut), start: piece.start });
  return { role, name: { text: piece.text.slice(cut), start: piece.start + cut } };
}

/** Offices inside a capitalised run, before the person's own name ("Islamabad Inspector General of Police Syed Ali Nasir Rizvi"); military ranks stay part of the name ("General William Seely"). */
const TITLE_WORD = /^(?:Minister|Inspector|Commissioner|Spokes(?:man|woman|person)|Governor|President|Director|Chief|Commander|Secretary|Ambassador|Mayor|Police|Chairman|Chairperson|Head|Officer|Superintendent|Senator|Deputy|Army|Prosecutor|Attorney|Envoy|Coordinator|Administrator)$/;
const NAME_PARTICLE = /^(?:al|el|bin|ibn|de|van|von|da|dos)$/;

/**
 * Split a capitalised run at its last title word when two or more name words follow it:
 * "Interior Minister Mohsin Naqvi" → role "Interior Minister", name "Mohsin Naqvi". Null when no
 * title is followed by a plain name ("General Seely", "Minister of Defence").
 */
function splitTitledName(piece: Piece): { role: Piece; name: Piece } | null {
  const ws = [...piece.text.matchAll(/\S+/g)];
  let last = -1;
  ws.forEach((w, k) => { if (TITLE_WORD.test(w[0].replace(/[,.]$/, ''))) last = k; });
  const rest = ws.slice(last + 1);
  if (last < 0 || rest.length < 2) return null;
  if (!rest.every((w) => (CAPITAL.test(w[0]) && !ORG_WORD.test(w[0])) || NAME_PARTICLE.test(w[0].replace(/-$/, '')))) return null;
  const cut = rest[0]!.index;
  return { role: trimPiece({ text: piece.text.slice(0, cut), start: piece.start }), name: { text: piece.text.slice(cut), start: piece.start + cut } };
}

type ActorSpan = { readonly start: number; readonly end: number; readonly text: string };
/** An article's actor spans in order of start (positions into the list), built once per list. */
const actorsByStart = new WeakMap<readonly ActorSpan[], Int32Array>();

/**
 * The actor spans inside [start, end), in list order, found by binary search (looking through every actor of
 * the article for each speaker made a long text quadratic).
 */
function actorsWithin(actorSpans: readonly ActorSpan[], start: number, end: number): ActorSpan[] {
  if (actorSpans.length < 16) return actorSpans.filter((a) => a.start >= start && a.end <= end);
  let order = actorsByStart.get(actorSpans);
  if (!order) actorsByStart.set(actorSpans, (order = Int32Array.from(actorSpans.keys()).sort((a, b) => actorSpans[a]!.start - actorSpans[b]!.start || a - b)));
  let lo = 0;
  let hi = order.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (actorSpans[order[mid]!]!.start < start) lo = mid + 1;
    else hi = mid;
  }
  const found: number[] = [];
  for (let i = lo; i < order.length && actorSpans[order[i]!]!.start <= end; i++) if (actorSpans[order[i]!]!.end <= end) found.push(order[i]!);
  return found.sort((a, b) => a - b).map((i) => actorSpans[i]!);
}

/** The organisation named in a role or description: the earliest actor span or capitalised organisation name in it. */
export function organisationIn(piece: Piece | null, actorSpans: readonly { start: number; end: number; text: string }[]): string | null {
  if (!piece) return null;
  const end = piece.start + piece.text.length;
  const candidates: { start: number; text: string }[] = [];
  for (const a of actorsWithin(actorSpans, piece.start, end)) candidates.push({ start: a.start, text: a.text });
  for (const m of piece.text.matchAll(/[\p{Lu}][\p{L}\p{N}'’.-]*(?:\s+(?:(?:of|for|and|the)\s+)*[\p{Lu}][\p{L}\p{N}'’.-]*)+/gu)) {
    const capitalised = words(m[0]).filter((w) => CAPITAL.test(w)).length;
    if (capitalised >= 2 && (ORG_WORD.test(m[0]) || capitalised >= 3)) candidates.push({ start: piece.start + m.index, text: m[0] });
  }
  candidates.sort((a, b) => a.start - b.start);
  return candidates[0]?.text.replace(/^(?:The|A|An)\s+(?:[\p{L}-]+-based\s+)?/u, '') ?? null;
}

/**
 * Parse a speaker phrase and an optional role in apposition. The name is the trailing capitalised
 * run when a lowercase role precedes it ("former lawmaker … Jaber Al-Jaberi"); a phrase whose head
 * word is lowercase ("three Iraqi intelligence officials") is an anonymous source.
 */
export function parseSpeaker(
  phrase: Piece, appositive: Piece | null, actorSpans: readonly { start: number; end: number; text: string }[],
): SpeakerMention | null {
  let name = trimPiece(phrase);
  let role = appositive ? trimPiece(appositive) : null;
  if (!name.text) return null;
  const split = splitTrailingName(name);
  if (split && !looksLikeName(name.text)) {
    role = role ?? split.role;
    name = split.name;
  } else {
    const titled = splitTitledName(name);
    if (titled) {
      role = role ?? titled.role;
      name = titled.name;
    }
  }
  // "Graham Gibson of the Toronto police": the name, then where the speaker is from.
  const postModifier = /^((?:[\p{Lu}][\p{L}.'’-]*\s+){1,3}[\p{Lu}][\p{L}'’-]*)\s+(?:of|from|with|at)\s+\S/u.exec(name.text);
  if (postModifier && looksLikeName(postModifier[1]!)) {
    role = role ?? { text: name.text.slice(postModifier[1]!.length).trim(), start: name.start + postModifier[1]!.length + 1 };
    name = { text: postModifier[1]!, start: name.start };
  }
  // "a relieved Lavallee": an adjective before a name is not part of it.
  const described = /^(?:a|an|the)\s+(?:[a-z]+\s+){1,2}([\p{Lu}][\p{L}'’-]+)$/u.exec(name.text);
  if (described && !/\s(?:of|from|in|at|with|for|on|to|by)\s/.test(name.text)) {
    name = { text: described[1]!, start: name.start + name.text.length - described[1]!.length };
  }
  const ws = words(name.text);
  const head = ws[ws.length - 1]!.replace(/^(?:al|el|bin|ibn|de)-/, '');
  const anonymous = !CAPITAL.test(head) || (DETERMINER.test(ws[0]!) && !looksLikeName(ws.slice(1).join(' ')))
    || (ws.length === 1 && (COMMON_PLURAL.test(head) || COMMON_SPEAKERS.has(head.toLowerCase())));
  const nameIsOrganisation = anonymous || ORG_WORD.test(name.text);
  const organisation = organisationIn(role, actorSpans) ?? (nameIsOrganisation ? organisationIn(name, actorSpans) : null);
  const roleText = role && !/^who\b/i.test(role.text) ? role.text.replace(/^(?:(?:of|from|with|at)\s+)?(?:the|a|an)\s+/i, '') : null;
  return { start: name.start, end: name.start + name.text.length, name: name.text, role: roleText || null, organisation, anonymous };
}
