// The name matchers the news evaluation uses (loose rules + the project's gazetteer and actor aliases), and its per-text details.
import type { EventRecord } from '../../../article/records.ts';
import { projectActorDictionary } from '../../../stages/actors/actor-dictionary.ts';
import { foldedKey } from '../../../stages/places/fold-name.ts';
import { loadGazetteer } from '../../../stages/places/gazetteer.ts';
import { actorNamesMatch, countryNamesMatch, placeNamesMatch, sourcesMatch } from './loose-match.ts';
import type { GoldNewsText } from './news-gold.ts';
import { dateExact, matchClaims, matchEvents, type NameMatchers, type PredictedText } from './news-scoring.ts';

/**
 * Matchers backed by the project's data: two place names also agree when the gazetteer gives them
 * one entry (an alternate name: "Ciudad de Mexico" / "Mexico City"); an actor name agrees with any
 * alias the actor dictionary lists for the predicted actor; a parenthesised country must agree.
 */
export function projectNameMatchers(): NameMatchers {
  const gazetteer = loadGazetteer();
  const entriesOf = (name: string): ReadonlySet<string> => new Set(gazetteer.named(foldedKey(name)).map((i) => gazetteer.entry(i).id));
  const isCountry = (name: string) => gazetteer.named(foldedKey(name)).some((i) => gazetteer.entry(i).kind === 'country');
  const aliasesByName = new Map<string, readonly string[]>();
  for (const actor of projectActorDictionary().actors) aliasesByName.set(foldedKey(actor.name), actor.aliases);
  return {
    place: (gold, predicted) => placeNamesMatch(gold, predicted, entriesOf),
    country: countryNamesMatch,
    actor: (gold, predicted) => actorNamesMatch(gold, predicted, { aliases: (name) => aliasesByName.get(foldedKey(name)) ?? [], isCountry }),
    source: sourcesMatch,
  };
}

function eventLine(e: EventRecord): string {
  const date = e.dateStart === e.dateEnd ? e.dateStart : `${e.dateStart}..${e.dateEnd}`;
  return `${e.subEventType} | ${date} p${e.timePrecision} | ${e.location ?? '-'} / ${e.admin1 ?? '-'} / ${e.country ?? '-'} | ${e.actor1?.name ?? '-'} → ${e.actor2?.name ?? '-'} | killed ${e.fatalities.best ?? 0}`;
}

/** One text's gold and predicted events side by side, with the fields that disagree, and its claims. */
export function describeText(text: GoldNewsText, predicted: PredictedText, names: NameMatchers): string {
  const pairs = matchEvents(text.events, predicted.events, names);
  const lines = [`## ${text.id} (${text.outlet ?? '?'}, ${text.published ?? 'undated'}): ${text.events.length} gold, ${predicted.events.length} predicted, ${pairs.length} matched`];
  for (const g of text.events) {
    const pair = pairs.find((p) => p.gold === g);
    lines.push(`  gold  ${g.sub_event_type} | ${g.date} p${g.time_precision} | ${g.location} / ${g.admin1} / ${g.country} | ${g.actor1} → ${g.actor2} | killed ${g.fatalities.best}`);
    if (!pair) {
      lines.push('        MISSED');
      continue;
    }
    const e = pair.predicted;
    const wrong = [
      e.subEventType !== g.sub_event_type && 'sub-type',
      !names.country(g.country, e.country) && 'country',
      g.admin1 !== null && !names.place(g.admin1, e.admin1) && 'admin1',
      !names.place(g.location, e.location) && 'location',
      !dateExact(g, e) && 'date',
      !names.actor(g.actor1, e.actor1) && 'actor1',
      !names.actor(g.actor2, e.actor2) && 'actor2',
      (e.fatalities.best ?? 0) !== g.fatalities.best && 'fatalities',
    ].filter(Boolean);
    lines.push(`  got   ${eventLine(e)}${wrong.length ? `   WRONG: ${wrong.join(', ')}` : ''}`);
  }
  for (const e of predicted.events) {
    if (!pairs.some((p) => p.predicted === e)) lines.push(`  extra ${eventLine(e)}  «${e.evidence[0]?.text.slice(0, 120) ?? ''}»`);
  }
  for (const m of matchClaims(text, predicted.claims, names)) {
    const c = m.gold;
    const found = m.predicted;
    const status = !found ? 'NOT FOUND' : `${m.sourceRight ? 'source ok' : `source "${found.attributedTo}"`}, ${m.kindRight ? 'kind ok' : `kind "${found.counted ?? found.subject}"`}`;
    lines.push(`  claim ${c.quantity} ${c.low}-${c.high ?? '…'} by ${c.attributed_to ?? '(outlet)'}: ${status}`);
    if (!found || !m.sourceRight || !m.kindRight) lines.push(`        «${c.evidence.slice(0, 200)}»${found && !found.evidence[0]?.text.includes(c.evidence) ? ` got from «${found.evidence[0]?.text.slice(0, 160) ?? ''}»` : ''}`);
  }
  return lines.join('\n');
}
