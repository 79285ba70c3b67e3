// Why each place resolved as it did: the readings considered, their scores and the parts of each score (for `sitrep explain`).
import type { Article } from '../../article/article.ts';
import type { GazetteerEntry } from './gazetteer.ts';
import { resolveArticlePlaces } from './index.ts';
import { mentionLabel, outletRanges } from './mention-roles.ts';

function describe(e: GazetteerEntry): string {
  const where = [e.admin1Code && e.kind !== 'country' && e.kind !== 'admin1' ? `${e.countryCode}.${e.admin1Code}` : '', e.countryCode].filter(Boolean)[0] ?? '-';
  return `${e.name} (${e.kind === 'place' ? e.featureCode : e.kind}, ${where}, ${e.id})`;
}

/**
 * One block per place mention: what it resolved to and with which label, then up to five readings
 * considered, best first, each with its score and the reasons that made it. Unlisted places say
 * which listed area locates them; mentions dropped as part of an outlet's name say so.
 */
export function explainPlaces(article: Article): string[] {
  const text = article.text;
  const outlets = outletRanges(text, article.meta.outlet);
  const lines: string[] = [];
  for (const r of resolveArticlePlaces(text, article.meta.dateline ?? null, true)) {
    const label = mentionLabel(text, r, outlets) ?? 'not a place (outlet name)';
    const chosen = r.unlisted ? `unlisted ${r.unlisted.kind ?? 'place'} "${r.unlisted.name}" inside ${describe(r.entry)}` : describe(r.entry);
    lines.push(`"${r.mention.phrase}" @${r.mention.start}: ${label} → ${chosen}${r.unlisted ? '' : ` score ${r.score.toFixed(1)}, margin ${r.margin.toFixed(2)}`}`);
    if (r.unlisted) lines.push(r.considered?.length ? `    no listed reading lies inside it or in the article's countries` : `    the gazetteer has no reading of this name`);
    for (const c of r.considered ?? []) lines.push(`    ${c.score.toFixed(1).padStart(5)}  ${describe(c.entry)}: ${c.why.join(', ')}`);
  }
  return lines;
}
