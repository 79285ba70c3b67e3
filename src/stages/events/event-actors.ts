// actor1 (initiator) and actor2 (target) of one mention, read from the `actors` spans of its clause by syntax cues.
import { layer, type Article } from '../../article/article.ts';
import type { ActorType, ActorValue } from '../../article/layer-values.ts';
import type { Span } from '../../article/span.ts';
import type { EventMention } from './detect-mentions.ts';

/** An actor as found in the text, before ACLED naming: the dictionary's id, name, category and country. */
export interface FoundActor {
  readonly id: string | null;
  readonly name: string;
  readonly type: ActorType | null;
  readonly country: string | null;
  readonly text: string;
  /** True for a generic mention linked to the article's main actor ("the militants"). */
  readonly inferred: boolean;
}

const within = (s: Span, start: number, end: number): boolean => s.start >= start && s.end <= end;
const valueOf = (s: Span): ActorValue => s.value as unknown as ActorValue;
const CROWD_LABELS = new Set(['PEACE_PROTEST', 'PROTEST_WITH_INTER', 'FORCE_AGAINST_PROTEST', 'VIOL_DEMONSTR', 'MOB_VIOL']);
const CIVILIAN_LABELS = new Set(['ATTACK', 'ABDUCT_DISSAP', 'SEX_VIOL']);
/** Explosions whose victims are named as people or civilians target civilians in ACLED's coding. */
const EXPLOSION_LABELS = new Set(['SUIC_BOMB', 'REM_EXPLOS', 'AIR_STRIKE', 'ART_MISS_ATTACK', 'GRENADE', 'CHEM_WEAP']);
const PEOPLE_KILLED = /\b(?:people|civilians?|residents|shoppers|worshipp?ers|pilgrims|passengers|children|women|villagers|students|mourners|bystanders|passers-by)\b/i;
const CIVILIAN_TARGET = /\b(civilians?|villagers?|residents?|worshipp?ers?|farmers?|traders?|students?|children|women|families|(?:truffle )?hunters|passengers|pilgrims|shepherds?|herders|informants?|mukhtars|man|men|woman|boys?|girls?|people|person|brothers|shoppers|family)\b/i;
/** A clause whose subject points back ("They shot…", "The militants then…") takes its initiator from the previous sentence. */
const ANAPHORIC_SUBJECT = /^\s*(?:they|he|she|it|the (?:group|militants|gunmen|attackers|fighters|assailants))\b/i;
/** "Y was ambushed by X": the words between the trigger and the "by" phrase. */
const PASSIVE_BY = /^\s+(?:[\w-]+\s+){0,4}?by\s+(?:the\s+|a\s+|suspected\s+|alleged\s+)*$/i;
const PASSIVE_BEFORE = /\b(?:was|were|been|being|is|are|got)\s+(?:\w+ly\s+)?$/i;

export function foundActor(article: Article, span: Span): FoundActor {
  const v = valueOf(span);
  const text = article.text.slice(span.start, span.end);
  return { id: v.id ?? null, name: v.name ?? text, type: v.type ?? null, country: v.country ?? null, text, inferred: v.inferred === true };
}

/**
 * actor1 and actor2 of a mention. Passive voice ("Y was ambushed by X") puts the "by" phrase first;
 * otherwise the clause's first actor before the trigger is actor1 and the first after it actor2
 * ("X attacked Y", "killing X"). With no actor after the trigger of a violence-against-civilians
 * label, civilian words there ("12 truffle hunters") make actor2 civilians. A pronoun subject ("They
 * shot him") takes actor1 from the previous sentence of the paragraph. A civilian actor1 outside
 * demonstrations and riots becomes actor2 (civilians never initiate political violence in ACLED).
 */
export function mentionActors(article: Article, m: EventMention): { actor1: FoundActor | null; actor2: FoundActor | null } {
  const text = article.text;
  const spans = layer(article, 'actors').filter((s) => within(s, m.clauseStart, m.clauseEnd));
  const before = spans.filter((s) => s.end <= m.triggerStart);
  const after = spans.filter((s) => s.start >= m.triggerEnd);
  const passiveBy = after.find((s) => PASSIVE_BY.test(text.slice(m.triggerEnd, s.start)));
  const passive = PASSIVE_BEFORE.test(text.slice(m.clauseStart, m.triggerStart));
  let actor1: Span | undefined;
  let actor2: Span | undefined;
  if (passiveBy || passive) {
    actor1 = passiveBy;
    actor2 = before[before.length - 1];
  } else {
    actor1 = before[0];
    actor2 = after.find((s) => valueOf(s).id !== (actor1 && valueOf(actor1).id));
  }
  if (actor1 && valueOf(actor1).type === 'civilians' && !CROWD_LABELS.has(m.label)) {
    actor2 ??= actor1;
    actor1 = undefined;
  }
  if (!actor1 && !passive && !passiveBy && ANAPHORIC_SUBJECT.test(text.slice(m.clauseStart, m.triggerStart))) {
    actor1 = layer(article, 'actors').filter((s) => within(s, m.contextStart, m.sentenceStart))[0];
  }
  let target: FoundActor | null = actor2 ? foundActor(article, actor2) : null;
  if (!target && CIVILIAN_LABELS.has(m.label)) {
    const civ = CIVILIAN_TARGET.exec(text.slice(m.triggerEnd, m.clauseEnd)) ?? (passive ? CIVILIAN_TARGET.exec(text.slice(m.clauseStart, m.triggerStart)) : null);
    if (civ) target = { id: 'civilians', name: 'Civilians', type: 'civilians', country: null, text: civ[0], inferred: false };
  } else if (!target && EXPLOSION_LABELS.has(m.label)) {
    const victims = PEOPLE_KILLED.exec(text.slice(m.clauseStart, m.clauseEnd));
    if (victims) target = { id: 'civilians', name: 'Civilians', type: 'civilians', country: null, text: victims[0], inferred: false };
  }
  return { actor1: actor1 ? foundActor(article, actor1) : null, actor2: target };
}
