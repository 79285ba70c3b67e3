// Every view in a real browser at 1400, 768 and 390 px (screenshots in test-artifacts/), and what issue 15 asked of each:
// flags, actors and dates shown as known; the map's clusters, fanned points and place names; the timeline's axes; no overflow.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdir, mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { REPO_ROOT, runSitrep } from '../helpers.ts';
import { launchChromium, skipWithoutChromium, startServer, type RunningServer } from './server-fixture.ts';

const ARTIFACTS = join(REPO_ROOT, 'test-artifacts');
const skip = skipWithoutChromium();
const WIDTHS = [1400, 768, 390] as const;

let server: RunningServer;
let browser: Browser;
let page: Page;
const errors: string[] = [];

before(async () => {
  if (skip) return;
  await mkdir(ARTIFACTS, { recursive: true });
  const db = join(await mkdtemp(join(tmpdir(), 'sitrep-views-')), 'views.db');
  server = await startServer(['--sample', '--db', db]);
  const fixtures = runSitrep(['ingest', join(REPO_ROOT, 'test/fixtures/ui'), '--db', db]);
  assert.equal(fixtures.code, 0, fixtures.stderr);
  browser = await launchChromium();
  page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
  page.on('console', (m) => { if (m.type() === 'error') errors.push(m.text()); });
  page.on('pageerror', (e) => errors.push(String(e)));
  page.on('response', (r) => { if (r.url().includes('/api/') && r.status() >= 400) errors.push(`${r.status()} ${r.url()}`); });
});

after(async () => {
  await browser?.close();
  server?.process.kill('SIGTERM');
});

/** Go to `hash` in the one page (a hash change, as a user's click makes) and wait for the view to be ready. */
async function visit(hash: string): Promise<void> {
  await page.evaluate(() => { delete document.body.dataset.ready; });
  if (page.url().startsWith(server.url)) await page.evaluate((h) => { location.hash = h; }, hash);
  else await page.goto(`${server.url}/${hash}`);
  await page.waitForSelector('body[data-ready]', { timeout: 30_000 });
  assert.notEqual(await page.evaluate(() => document.body.dataset.ready), 'error', `${hash}: ${await page.locator('main').textContent()}`);
}

async function apiJSON(path: string): Promise<any> {
  return (await fetch(`${server.url}${path}`)).json();
}

test('every view at 1400, 768 and 390 px: no sideways overflow, no console error after navigating and resizing', { skip }, async () => {
  const event = (await apiJSON('/api/events?q=truffle&limit=1')).items[0];
  const incident = (await apiJSON('/api/incidents?sort=-sources&limit=1')).items[0];
  const subject = (await apiJSON('/api/claims/subjects?limit=1')).items[0].subject;
  const views: [string, string][] = [
    ['overview', '#/'], ['overview-flagged', '#/?include_flagged=true'], ['event', `#/events/${encodeURIComponent(event.id)}`],
    ['incidents', '#/incidents'], ['incident', `#/incidents/${encodeURIComponent(incident.id)}`],
    ['claim-subjects', '#/claims'], ['claims', `#/claims?subject=${encodeURIComponent(subject)}`],
  ];
  for (const width of WIDTHS) {
    await page.setViewportSize({ width, height: 900 }); // resizing with a map on screen, then navigating away and back
    for (const [name, hash] of views) {
      await visit(hash);
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      await page.screenshot({ path: join(ARTIFACTS, `${name}-${width}.png`), fullPage: true });
      assert.ok(overflow <= 0, `${name} at ${width} px overflows by ${overflow} px`);
    }
  }
  assert.deepEqual(errors, []);
});

test('flagged events are hidden by default and, when shown, are marked in the table, hollow on the map and noted on their page', { skip }, async () => {
  await page.setViewportSize({ width: 1400, height: 900 });
  await visit('#/');
  assert.equal(await page.locator('.events-table tr.flagged').count(), 0);
  const hidden = page.locator('.status a.hidden-flagged');
  await hidden.waitFor();
  assert.match((await hidden.textContent()) ?? '', /^\d+ flagged reports? \(negated, hypothetical or historical\) hidden: show them$/);
  assert.equal(await page.locator('#map').getAttribute('data-flagged-drawn'), '0');
  await visit('#/?include_flagged=true');
  const flaggedRows = page.locator('.events-table tbody tr.flagged');
  assert.ok((await flaggedRows.count()) > 0, 'flagged rows are marked');
  assert.match((await flaggedRows.first().locator('td[data-label=Flags]').textContent()) ?? '', /negated|hypothetical|historical/);
  const located = (await apiJSON('/api/events?flags=negated&limit=100')).items.find((e: any) => e.latitude !== null);
  await visit(`#/?include_flagged=true&map=${located.latitude},${located.longitude},13`);
  await page.waitForFunction(() => Number(document.querySelector<HTMLElement>('#map')!.dataset.flaggedDrawn) > 0);
  await page.screenshot({ path: join(ARTIFACTS, 'map-flagged-hollow.png') });
  await page.locator('.events-table tbody tr.flagged').first().locator('a').click();
  await page.waitForFunction(() => document.body.dataset.ready === 'events');
  assert.match((await page.locator('.flag-notice').textContent()) ?? '', /^Flagged (negated|hypothetical|historical)/);
  assert.match((await page.locator('.incident-link').textContent()) ?? '', /Not in any incident/);
  assert.deepEqual(errors, []);
});

test('dates say only what is known, with the interval on hover; the table has actors; undated events are counted', { skip }, async () => {
  await visit('#/?q=Hawija');
  const cell = page.locator('.events-table tbody td.date a').first();
  assert.equal(await cell.textContent(), 'Jan 2019');
  assert.equal(await cell.getAttribute('title'), '2019-01-01 to 2019-01-31 (month or coarser precision)');
  await visit('#/?country=Iraq');
  const actors = await page.locator('.events-table tbody td[data-label=Actors]').allTextContents();
  assert.ok(actors.some((a) => /Islamic State/.test(a)), actors.join(' | '));
  assert.match((await page.locator('.undated-note').textContent()) ?? '', /^1 of \d+ events have no date and are not on the timeline/);
  const days = await page.locator('.events-table tbody td.date').evaluateAll((cells) => cells.map((c) => c.getBoundingClientRect().height));
  const lineHeight = await page.locator('.events-table tbody td.date').first().evaluate((c) => parseFloat(getComputedStyle(c).lineHeight));
  assert.ok(days.every((h) => h < lineHeight * 1.9), 'no date wraps onto two lines at 1400 px');
});

test('the type choice covers both levels of the taxonomy and sends the API its type parameter', { skip }, async () => {
  await visit('#/');
  await page.locator('select[name=type]').selectOption('Armed clash');
  await page.click('button[type=submit]');
  await page.waitForFunction(() => location.hash.includes('type=Armed+clash') && document.body.dataset.ready === 'overview');
  const types = await page.locator('.events-table tbody td[data-label=Type]').allTextContents();
  assert.ok(types.length > 0 && types.every((t) => t === 'Armed clash'), types.join(', '));
  assert.equal(await page.locator('select[name=type]').inputValue(), 'Armed clash');
});

test('the timeline has dated axes, bars stacked by type, fatalities as a line', { skip }, async () => {
  await visit('#/');
  const ticks = await page.locator('.timeline .date-axis').allTextContents();
  assert.ok(ticks.length >= 3, ticks.join(', '));
  assert.ok(ticks.some((t) => /20\d\d/.test(t)), 'the year is on the axis');
  const types = new Set(await page.locator('.timeline rect.bar').evaluateAll((bars) => bars.map((b) => b.getAttribute('data-type'))));
  assert.ok(types.size >= 3, `types stacked: ${[...types].join(', ')}`);
  assert.equal(await page.locator('.timeline polyline.deaths').count(), 1);
  assert.ok((await page.locator('.timeline .deaths-axis').textContent())! !== '0');
  const stacked = await page.locator('.timeline g.bin').evaluateAll((bins) => bins.some((b) => b.querySelectorAll('rect.bar').length > 1));
  assert.ok(stacked, 'some day holds more than one type');
});

test('the map: clusters show their mix of types, events at one point fan out, place names come from the gazetteer as you zoom', { skip }, async () => {
  await visit('#/?map=20,30,2');
  const rings = await page.locator('#map .cluster').evaluateAll((els) => els.map((e) => (e as HTMLElement).style.background));
  assert.ok(rings.length > 0 && rings.every((r) => r.includes('conic-gradient')), rings.join(' | '));
  assert.ok(rings.some((r) => new Set(r.match(/rgb\([^)]+\)/g)).size >= 2), 'a cluster of several types shows several colours');
  await page.waitForFunction(() => (document.querySelector<HTMLElement>('#map')!.dataset.labelNames ?? '').includes('|'), undefined, { timeout: 30_000 });
  const worldNames = (await page.locator('#map').getAttribute('data-label-names'))!.split('|');
  assert.ok(worldNames.includes('Iraq') || worldNames.includes('Nigeria'), worldNames.join(', '));
  // Kirkuk: two reports of the same attack share one point; zoomed in they spread around it, with the town's name.
  await visit('#/?map=35.4681,44.3922,13');
  await page.waitForFunction(() => Number(document.querySelector<HTMLElement>('#map')!.dataset.fanned) >= 2);
  await page.waitForFunction(() => (document.querySelector<HTMLElement>('#map')!.dataset.labelNames ?? '').split('|').includes('Kirkuk'), undefined, { timeout: 30_000 });
  await page.screenshot({ path: join(ARTIFACTS, 'map-kirkuk-zoom13.png') });
  await visit('#/?map=34.5,43.5,6');
  await page.waitForFunction(() => Number(document.querySelector<HTMLElement>('#map')!.dataset.labels) >= 5, undefined, { timeout: 30_000 });
  await page.screenshot({ path: join(ARTIFACTS, 'map-iraq-zoom6.png') });
  assert.deepEqual(errors, []);
});

test('an event in a long article opens scrolled to its evidence', { skip }, async () => {
  await page.setViewportSize({ width: 1400, height: 900 });
  const event = (await apiJSON('/api/events?q=Hawija&limit=1')).items[0];
  await visit(`#/events/${encodeURIComponent(event.id)}`);
  const box = await page.locator('mark.evidence').first().boundingBox();
  const height = await page.evaluate(() => innerHeight);
  assert.ok(box && box.y >= 0 && box.y + box.height <= height, `evidence at y=${box?.y} of a ${height} px window`);
  assert.ok(await page.evaluate(() => scrollY) > 1000, 'the page scrolled down to it');
});

test('incidents say who did it, sort by fatalities, date or sources on the server, and an event finds its incident through the API', { skip }, async () => {
  await visit('#/incidents');
  assert.equal(await page.locator('.incidents-table').getAttribute('data-sort'), '-date');
  await page.locator('.incidents-table th a', { hasText: 'Fatalities' }).click();
  await page.waitForFunction(() => location.hash === '#/incidents?sort=-fatalities' && document.body.dataset.ready === 'incidents');
  const fatalities = (await page.locator('.incidents-table tbody td[data-label=Fatalities]').allTextContents()).map((t) => (t ? parseInt(t, 10) : -1));
  assert.deepEqual(fatalities, [...fatalities].sort((a, b) => b - a));
  assert.equal(fatalities[0], 12); // Kirkuk (12 and 13 reported); al-Shabaab's 15, denied by the army, is a claim, not the toll
  await page.locator('.incidents-table th a', { hasText: 'Independent sources' }).click();
  await page.waitForFunction(() => location.hash === '#/incidents?sort=-sources' && document.body.dataset.ready === 'incidents');
  assert.match((await page.locator('.incidents-table tbody tr').first().textContent()) ?? '', /2 of 2/);
  await page.locator('.incidents-table tbody tr').first().locator('a').click();
  await page.waitForFunction(() => document.body.dataset.ready === 'incidents');
  const fields = Object.fromEntries(await page.locator('.incident-fields .field').evaluateAll((rows) => rows.map((r) => [r.querySelector('dt')!.textContent, r.querySelector('dd')!.textContent])));
  assert.equal(fields.Who, 'Islamic State vs Police Forces of Iraq');
  assert.equal(fields.Fatalities, '12 (reported 12–13)');
  assert.equal(fields.When, '1 Mar 2025');
  assert.match(fields.Where!, /Kirkuk, .*Iraq/);
  const requests: string[] = [];
  page.on('request', (r) => requests.push(r.url()));
  await page.locator('.sources a', { hasText: 'evidence' }).first().click();
  await page.waitForFunction(() => document.body.dataset.ready === 'events');
  await page.waitForFunction(() => !!document.querySelector('.incident-link a'));
  assert.ok(requests.some((u) => /\/api\/incidents\/inc-/.test(u)), 'the event names its incident (incident_id) and the view fetches it');
  assert.ok(!requests.some((u) => u.includes('/api/incidents?')), 'no scan of incident pages');
  assert.deepEqual(errors, []);
});
