// ACLED CSV rows: quoting of awkward text, ACLED conventions (fatalities 0, disorder type, numeric ISO), sitrep's extra columns.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parse } from 'csv-parse/sync';
import { ACLED_CSV_HEADER, acledRow, csvLine } from './acled-csv.ts';
import { seededRandom, syntheticEvent } from '../../test/support/synthetic-events.ts';
import type { StoredEvent } from '../storage/store.ts';

function storedEvent(text: string, overrides: Partial<StoredEvent> = {}): StoredEvent {
  return {
    ...syntheticEvent(seededRandom(4), text),
    id: 'a-0:e0', articleId: 'a-0', sourceUrl: 'https://example.org/x', outlet: 'Example, "The" News',
    published: '2024-01-02', articleTitle: null, synthetic: false, updatedAt: '2024-01-03T00:00:00.000Z', ...overrides,
  };
}

test('quotes commas, double quotes and newlines so the row parses back intact', () => {
  const text = 'He said, "they came at night"\nand left.';
  const line = csvLine(acledRow(storedEvent(text)));
  const [cells] = parse(line) as string[][];
  const row = Object.fromEntries(ACLED_CSV_HEADER.map((h, i) => [h, cells![i]]));
  assert.equal(cells!.length, ACLED_CSV_HEADER.length);
  assert.equal(row.source, 'Example, "The" News');
  assert.equal(row.notes, 'He said, "they came at night" and left.');
  assert.equal(row.evidence, `[0-${text.length}] He said, "they came at night" and left.`);
  assert.equal(row.timestamp, String(Date.parse('2024-01-03T00:00:00Z') / 1000));
});

test('text cells a spreadsheet would run as a formula are neutralised; numbers, negative ones included, are not', () => {
  const formulas = ["=cmd|' /C calc'!A0", '+1+2', '-2+3', '@SUM(A1)', '\t=1+1', '\r=1+1', '=HYPERLINK("http://x.example")'];
  for (const formula of formulas) {
    const e = storedEvent(`${formula} gunmen killed two.`, { outlet: formula, sourceUrl: formula, location: formula, country: 'Syria', longitude: -3.5, latitude: -12.25 });
    const [cells] = parse(csvLine(acledRow(e)), { relax_quotes: true }) as string[][];
    const row = Object.fromEntries(ACLED_CSV_HEADER.map((h, i) => [h, cells![i]!]));
    for (const column of ['source', 'source_urls', 'location', 'notes'] as const) {
      assert.ok(row[column]!.startsWith("'"), `${column} ${JSON.stringify(row[column])}`);
      assert.equal(row[column]!.slice(1, 3), column === 'notes' ? formula.trim().slice(0, 2) : formula.slice(0, 2));
    }
    assert.equal(row.longitude, '-3.5');
    assert.equal(row.latitude, '-12.25');
    assert.equal(row.country, 'Syria');
  }
});

test('writes 0 fatalities when unknown, as ACLED does, keeping the range columns empty', () => {
  const e = storedEvent('x', { fatalities: { best: null, low: null, high: null }, country: 'Syria', eventType: 'Protests', flags: ['negated', 'historical'] });
  const row = Object.fromEntries(ACLED_CSV_HEADER.map((h, i) => [h, acledRow(e)[i]]));
  assert.equal(row.fatalities, 0);
  assert.equal(row.fatalities_low, '');
  assert.equal(row.iso, 760);
  assert.equal(row.disorder_type, 'Demonstrations');
  assert.equal(row.flags, 'negated;historical');
});

test('an export whose store fails mid-way rejects instead of hanging', async () => {
  const { exportEvents } = await import('./export-service.ts');
  let calls = 0;
  const failing = {
    listEvents: async () => {
      if (calls++ === 0) return { items: [storedEvent('first')], nextCursor: 'next' };
      throw new Error('disk went away');
    },
  } as unknown as import('../storage/store.ts').Store;
  await assert.rejects(async () => { for await (const _ of exportEvents(failing, 'acled-csv')) { /* drain */ } }, /disk went away/);
});

test('writes the ACLED coding the events stage made: inter codes, interaction, civilian targeting, region, source scale, the 15th for a month', () => {
  const e = storedEvent('x', {
    eventType: 'Violence against civilians', subEventType: 'Attack', country: 'Iraq', dateStart: '2019-01-01', dateEnd: '2019-01-31', timePrecision: 3,
    eventDate: '2019-01-15', inter1: 2, inter2: 7, interaction: '27', civilianTargeting: true, region: 'Middle East', sourceScale: 'International',
  });
  const row = Object.fromEntries(ACLED_CSV_HEADER.map((h, i) => [h, acledRow(e)[i]]));
  assert.deepEqual([row.event_date, row.year, row.inter1, row.inter2, row.interaction, row.civilian_targeting, row.region, row.source_scale],
    ['2019-01-15', 2019, 2, 7, '27', 'Civilian targeting', 'Middle East', 'International']);
  const older = storedEvent('x', { country: 'Nigeria', eventType: 'Battles' });
  const oldRow = Object.fromEntries(ACLED_CSV_HEADER.map((h, i) => [h, acledRow(older)[i]]));
  assert.deepEqual([oldRow.region, oldRow.inter1, oldRow.civilian_targeting], ['Western Africa', '', '']);
});
