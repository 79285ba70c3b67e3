// The news benchmark's gold file (../shared/bench/news): real page texts with hand-coded events and claims.
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { SitrepError } from '../../../errors/catalogue.ts';

export interface GoldNewsEvent {
  readonly event_type: string;
  readonly sub_event_type: string;
  readonly actor1: string | null;
  readonly actor2: string | null;
  readonly date: string;
  readonly time_precision: 1 | 2 | 3;
  readonly country: string | null;
  readonly admin1: string | null;
  readonly location: string | null;
  readonly geo_precision: 1 | 2 | 3;
  readonly fatalities: { readonly best: number; readonly low: number; readonly high: number };
  readonly evidence: string;
  readonly story?: string | null;
}

export interface GoldNewsClaim {
  readonly quantity: string;
  readonly low: number;
  readonly high: number | null;
  readonly unit: string | null;
  readonly attributed_to: string | null;
  readonly evidence: string;
}

export interface GoldNewsText {
  readonly id: string;
  readonly url: string | null;
  readonly outlet: string | null;
  readonly published: string | null;
  readonly events: readonly GoldNewsEvent[];
  readonly claims: readonly GoldNewsClaim[];
  /** The page text as scraped (texts/<id>.txt). */
  readonly text: string;
}

/**
 * Read gold.jsonl and every texts/<id>.txt under `dir`, in the file's order; `only` keeps the ids
 * starting with it ("A" for A01-A30). Throws SitrepError('usage') when the folder is not the set.
 */
export async function readNewsGold(dir: string, only?: string): Promise<GoldNewsText[]> {
  let lines: string[];
  try {
    lines = (await readFile(join(dir, 'gold.jsonl'), 'utf8')).split('\n').filter((l) => l.trim());
  } catch {
    throw new SitrepError('usage', `cannot read ${join(dir, 'gold.jsonl')}: --data must be the news benchmark folder`);
  }
  const out: GoldNewsText[] = [];
  for (const line of lines) {
    const row = JSON.parse(line) as Omit<GoldNewsText, 'text'>;
    if (only && !row.id.startsWith(only)) continue;
    let text: string;
    try {
      text = await readFile(join(dir, 'texts', `${row.id}.txt`), 'utf8');
    } catch {
      throw new SitrepError('usage', `gold row ${row.id} has no texts/${row.id}.txt in ${dir}`);
    }
    out.push({ ...row, text });
  }
  if (out.length === 0) throw new SitrepError('usage', `no texts${only ? ` whose id starts with ${only}` : ''} in ${dir}`);
  return out;
}
