// The curated actor dictionary (data/actors.json) and its blocklist, loaded, checked and compiled into one phrase matcher.
import { readFileSync } from 'node:fs';
import { ACTOR_TYPES, type ActorType } from '../../article/layer-values.ts';
import { PhraseMatcher } from './phrase-matcher.ts';
import { genericForceEntries } from './generic-forces.ts';

export interface ActorEntry {
  readonly id: string;
  readonly name: string;
  readonly type: ActorType;
  readonly country: string | null;
  readonly aliases: readonly string[];
  readonly source: string;
}

/** What a dictionary phrase stands for: a named actor, a generic mention to link, or a name that is not an actor. */
export type ActorPhrase =
  | { readonly kind: 'actor'; readonly actor: ActorEntry }
  | { readonly kind: 'generic' }
  | { readonly kind: 'blocked' };

/** Generic mentions of armed groups ("the militants"): linked to the article's main named actor when it has one. */
export const GENERIC_MENTIONS = [
  'militants', 'gunmen', 'jihadists', 'extremists', 'insurgents', 'terrorists', 'fighters', 'militant fighters',
  'Islamist militants', 'jihadist fighters', 'the group', 'the terror group', 'the terrorist group',
  'the extremist group', 'the militant group', 'the jihadist group', 'the militant organisation', 'cells',
  'sleeper cells', 'sleeping cells', 'terrorist cells', 'militant cells', 'assailants', 'attackers', 'bandits', 'gunman',
] as const;

const DATA_DIR = new URL('../../../data/', import.meta.url);

/** Parse and check actor rows. Throws Error naming the first bad row. */
export function parseActorRows(json: string): ActorEntry[] {
  const rows = JSON.parse(json) as ActorEntry[];
  const ids = new Set<string>();
  for (const row of rows) {
    if (!row.id || ids.has(row.id)) throw new Error(`actor row with missing or duplicate id: ${JSON.stringify(row.id)}`);
    ids.add(row.id);
    if (!(ACTOR_TYPES as readonly string[]).includes(row.type)) throw new Error(`actor ${row.id}: unknown type ${row.type}`);
    if (row.country !== null && !/^[A-Z]{2}$/.test(row.country)) throw new Error(`actor ${row.id}: bad country ${row.country}`);
    if (!row.source || !Array.isArray(row.aliases) || row.aliases.length === 0) throw new Error(`actor ${row.id}: needs aliases and a source`);
  }
  return rows;
}

/**
 * Build the matcher from actor rows, blocked phrases and the generic mentions. `forces` (state forces
 * named by demonym or bare noun, see generic-forces.ts) come after the rows, so a curated row wins
 * a phrase both define.
 */
export function compileActorMatcher(actors: readonly ActorEntry[], blocked: readonly string[], forces: readonly ActorEntry[] = []): PhraseMatcher<ActorPhrase> {
  const matcher = new PhraseMatcher<ActorPhrase>();
  for (const phrase of blocked) matcher.add(phrase, { kind: 'blocked' });
  for (const phrase of GENERIC_MENTIONS) matcher.add(phrase, { kind: 'generic' });
  for (const actor of [...actors, ...forces]) {
    const payload: ActorPhrase = { kind: 'actor', actor };
    for (const alias of new Set([actor.name, ...actor.aliases])) matcher.add(alias, payload);
  }
  return matcher;
}

let cached: { actors: ActorEntry[]; matcher: PhraseMatcher<ActorPhrase> } | null = null;

/** The project's dictionary from data/, read once per process. Throws when the files are missing or malformed. */
export function projectActorDictionary(): { actors: ActorEntry[]; matcher: PhraseMatcher<ActorPhrase> } {
  if (!cached) {
    const actors = parseActorRows(readFileSync(new URL('actors.json', DATA_DIR), 'utf8'));
    const blocked = (JSON.parse(readFileSync(new URL('actors.blocklist.json', DATA_DIR), 'utf8')) as { phrase: string }[]).map((b) => b.phrase);
    cached = { actors, matcher: compileActorMatcher(actors, blocked, genericForceEntries()) };
  }
  return cached;
}
