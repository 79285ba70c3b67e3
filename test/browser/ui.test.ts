// End-to-end in a real browser: Debian's Chromium driven by playwright-core against `sitrep serve` on a free loopback port.
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

let server: RunningServer;
let baseUrl = '';
let browser: Browser;

before(async () => {
  if (skip) return;
  await mkdir(ARTIFACTS, { recursive: true });
  const db = join(await mkdtemp(join(tmpdir(), 'sitrep-ui-')), 'ui.db');
  server = await startServer(['--sample', '--db', db]);
  baseUrl = server.url;
  // Two synthetic reports beside the sample: a long one whose event (dated "January 2019") sits at its end, and an undated one.
  const fixtures = runSitrep(['ingest', join(REPO_ROOT, 'test/fixtures/ui'), '--db', db]);
  assert.equal(fixtures.code, 0, fixtures.stderr);
  browser = await launchChromium();
});

after(async () => {
  await browser?.close();
  server?.process.kill('SIGTERM');
});

const LAPTOP = { width: 1280, height: 800 };
const TABLET = { width: 768, height: 1024 };

async function openPage(path: string, viewport = LAPTOP): Promise<{ page: Page; errors: string[] }> {
  const page = await browser.newPage({ viewport });
  const errors: string[] = [];
  page.on('console', (m) => { if (m.type() === 'error') errors.push(m.text()); });
  page.on('pageerror', (e) => errors.push(String(e)));
  page.on('response', (r) => { if (r.url().includes('/api/') && r.status() >= 400) errors.push(`${r.status()} ${r.url()}`); });
  await page.goto(`${baseUrl}${path}`);
  await page.waitForSelector('body[data-ready]', { timeout: 15_000 });
  return { page, errors };
}

test('the overview shows the sample banner, a timeline and a table of events, with no console errors', { skip }, async () => {
  const { page, errors } = await openPage('/#/');
  assert.equal(await page.isVisible('#banner'), true);
  const rows = await page.locator('.events-table tbody tr').count();
  assert.ok(rows > 10, `table rows: ${rows}`);
  assert.ok((await page.locator('.timeline .bar').count()) > 0);
  await page.screenshot({ path: join(ARTIFACTS, 'overview.png'), fullPage: true });
  assert.deepEqual(errors, []);
  await page.close();
});

test('a text filter narrows the table and lives in the URL', { skip }, async () => {
  const { page } = await openPage('/#/');
  const before = await page.locator('.events-table tbody tr').count();
  await page.fill('input[name=q]', 'Diyala');
  await page.click('button[type=submit]');
  await page.waitForFunction(() => location.hash.includes('q=Diyala') && document.body.dataset.ready === 'overview');
  const after = await page.locator('.events-table tbody tr').count();
  assert.ok(after > 0 && after < before, `${after} of ${before}`);
  const types = await page.locator('.events-table tbody td:nth-child(2)').allTextContents();
  assert.ok(types.every((t) => t === 'Remote explosive/landmine/IED'), types.join(', '));
  await page.close();
});

test('clicking an event opens its article with the evidence highlighted', { skip }, async () => {
  const { page, errors } = await openPage('/#/?q=truffle');
  await page.locator('.events-table tbody a').first().click();
  await page.waitForFunction(() => document.body.dataset.ready === 'events');
  const evidence = await page.locator('mark.evidence').allTextContents();
  assert.ok(evidence.join(' ').length > 20, 'evidence is highlighted');
  const text = await page.locator('.article-text').textContent();
  assert.ok(text!.includes(evidence[0]!), 'the highlighted words are the article text');
  await page.check('#layer-sources').catch(() => undefined);
  await page.screenshot({ path: join(ARTIFACTS, 'event.png'), fullPage: true });
  assert.deepEqual(errors, []);
  await page.close();
});

test('an article carrying markup shows it as text, never as HTML', { skip }, async () => {
  const { page } = await openPage('/#/');
  const injected = await page.evaluate(() => document.querySelectorAll('main script, main img[onerror], main iframe').length);
  assert.equal(injected, 0);
  await page.close();
});

/** What the map, the timeline and the table each say they show. */
async function overviewCounts(page: Page): Promise<{ map: number; timeline: number; table: number }> {
  return page.evaluate(() => ({
    map: Number(document.querySelector<HTMLElement>('#map')!.dataset.located),
    timeline: Number(document.querySelector('.timeline')?.getAttribute('data-total') ?? 0),
    table: Number(document.querySelector('.events-table')?.getAttribute('data-total') ?? 0),
  }));
}

test('the map shows markers for the sample events, on a laptop and a tablet', { skip }, async () => {
  for (const [name, viewport] of [['laptop', LAPTOP], ['tablet', TABLET]] as const) {
    const { page, errors } = await openPage('/#/', viewport);
    const drawn = await page.evaluate(() => Number(document.querySelector<HTMLElement>('#map')!.dataset.drawn));
    const shapes = await page.locator('#map .leaflet-marker-icon, #map canvas').count();
    assert.ok(drawn > 0 && shapes > 0, `markers drawn: ${drawn}, shapes: ${shapes}`);
    assert.ok((await overviewCounts(page)).map > 10, 'most sample events have coordinates');
    await page.screenshot({ path: join(ARTIFACTS, `overview-${name}.png`) });
    assert.deepEqual(errors, []);
    await page.close();
  }
});

test('a country filter narrows the map, the timeline and the table together', { skip }, async () => {
  const { page, errors } = await openPage('/#/');
  const before = await overviewCounts(page);
  await page.getByLabel('Country').fill('Iraq');
  await page.click('button[type=submit]');
  await page.waitForFunction(() => location.hash.includes('country=Iraq') && document.body.dataset.ready === 'overview');
  const after = await overviewCounts(page);
  assert.ok(after.map > 0 && after.map < before.map, `map ${after.map} of ${before.map}`);
  assert.ok(after.timeline > 0 && after.timeline < before.timeline, `timeline ${after.timeline} of ${before.timeline}`);
  assert.ok(after.table > 0 && after.table < before.table, `table ${after.table} of ${before.table}`);
  const places = await page.locator('.events-table tbody td:nth-child(3)').allTextContents();
  assert.ok(places.every((p) => p.endsWith('Iraq')), places.join(' | '));
  await page.screenshot({ path: join(ARTIFACTS, 'overview-iraq.png'), fullPage: true });
  assert.deepEqual(errors, []);
  await page.close();
});

test('flagged reports are hidden by default; the flags choice shows them or only one kind, with the API\'s own parameters', { skip }, async () => {
  const { page, errors } = await openPage('/#/');
  const unflagged = (await overviewCounts(page)).table;
  assert.equal(await page.getByLabel('Flags').inputValue(), '', 'hidden is the default choice');
  await page.getByLabel('Flags').selectOption('include');
  await page.click('button[type=submit]');
  await page.waitForFunction(() => location.hash.includes('include_flagged=true') && document.body.dataset.ready === 'overview');
  const all = (await overviewCounts(page)).table;
  assert.ok(unflagged > 0 && unflagged < all, `unflagged ${unflagged} of ${all}`);
  await page.getByLabel('Flags').selectOption('negated'); // the sample corpus flags only negated reports
  await page.click('button[type=submit]');
  await page.waitForFunction(() => location.hash.includes('flags=negated') && !location.hash.includes('include_flagged') && document.body.dataset.ready === 'overview');
  const negated = (await overviewCounts(page)).table;
  assert.ok(negated > 0 && negated + unflagged <= all, `negated ${negated}, unflagged ${unflagged}, all ${all}`);
  await page.goto(`${baseUrl}/#/?q=checkpoint&since=2025-01-01&until=2025-12-31&country=iraq&admin1=kirkuk&actor=police&event_type=Battles&min_fatalities=1&include_flagged=true`);
  await page.waitForFunction(() => document.body.dataset.ready === 'overview');
  assert.equal(await page.locator('.status.error').count(), 0, await page.locator('.status').textContent() ?? '');
  assert.deepEqual(errors, []);
  await page.close();
});

test('an incident shows both sides of the 12 vs 13 killed disagreement, with a source for each', { skip }, async () => {
  const { page, errors } = await openPage('/#/incidents', TABLET);
  await page.screenshot({ path: join(ARTIFACTS, 'incidents-tablet.png'), fullPage: true });
  const row = page.locator('.incidents-table tbody tr', { hasText: 'fatalities' }).first();
  await row.locator('a').click();
  await page.waitForFunction(() => location.hash.startsWith('#/incidents/') && document.body.dataset.ready === 'incidents');
  const sides = page.locator('.disagreement[aria-label="Disagreement on fatalities"] .side');
  assert.equal(await sides.count(), 2);
  const values = (await sides.locator('.value').allTextContents()).sort();
  assert.deepEqual(values, ['12', '13']);
  for (let i = 0; i < 2; i++) assert.ok((await sides.nth(i).locator('li a').count()) >= 1, 'each side names its source');
  await page.screenshot({ path: join(ARTIFACTS, 'incident.png'), fullPage: true });
  assert.deepEqual(errors, []);
  await page.close();
});

test('an event links to its incident', { skip }, async () => {
  const { page, errors } = await openPage('/#/incidents');
  const href = await page.locator('.incidents-table tbody tr', { hasText: 'fatalities' }).first().locator('a').getAttribute('href');
  await page.goto(`${baseUrl}/${href}`);
  await page.waitForFunction(() => document.body.dataset.ready === 'incidents');
  await page.locator('.sources a', { hasText: 'evidence' }).first().click();
  await page.waitForFunction(() => document.body.dataset.ready === 'events');
  assert.equal(await page.locator('.incident-link a').getAttribute('href'), href);
  assert.deepEqual(errors, []);
  await page.close();
});

test('the claims view lists subjects and charts one, conflicting estimates marked', { skip }, async () => {
  const { page, errors } = await openPage('/#/claims');
  await page.screenshot({ path: join(ARTIFACTS, 'claim-subjects.png') });
  const subjects = page.locator('.subjects-table tbody a');
  assert.ok((await subjects.count()) > 0, 'the sample corpus has claim subjects');
  await subjects.first().click();
  await page.waitForFunction(() => location.hash.includes('subject=') && document.body.dataset.ready === 'claims');
  const points = page.locator('.claims-chart .claim');
  assert.ok((await points.count()) > 0, 'the chart has points');
  const conflictRows = await page.locator('.claims-table tbody tr.conflict').count();
  assert.equal(await page.locator('.claims-chart .claim.conflict').count(), conflictRows, 'chart and table mark the same conflicts');
  assert.ok(conflictRows > 0, 'the first sample subject ("soldiers": 3, 2, 15 and 4 within two weeks) has conflicting estimates');
  await points.first().focus();
  await page.keyboard.press('Enter');
  assert.ok(((await page.locator('.claim-detail blockquote').textContent()) ?? '').length > 10, 'the sentence opens');
  await page.screenshot({ path: join(ARTIFACTS, 'claims.png'), fullPage: true });
  assert.deepEqual(errors, []);
  await page.close();
});

test('every form control has a label, and the table is reachable by keyboard', { skip }, async () => {
  const { page } = await openPage('/#/');
  const unlabeled = await page.evaluate(() => [...document.querySelectorAll('input, select, textarea')]
    .filter((el) => !(el as HTMLInputElement).labels?.length && !el.getAttribute('aria-label')).map((el) => el.outerHTML));
  assert.deepEqual(unlabeled, []);
  let reached = false;
  for (let i = 0; i < 60 && !reached; i++) {
    await page.keyboard.press('Tab');
    reached = await page.evaluate(() => !!document.activeElement?.closest('.events-table tbody'));
  }
  assert.ok(reached, 'Tab reaches the first event link');
  await page.keyboard.press('Enter');
  await page.waitForFunction(() => document.body.dataset.ready === 'events');
  await page.close();
});

test('a filter that matches nothing says so in the status line and the table, and a bad parameter shows an error', { skip }, async () => {
  const { page, errors } = await openPage('/#/?q=zzqxnothingmatches');
  assert.equal(await page.locator('.status').textContent(), 'No events match these filters.');
  assert.ok(await page.locator('.table-box .empty').isVisible());
  assert.deepEqual(errors, []);
  await page.goto(`${baseUrl}/#/?since=2025-13-45`);
  await page.waitForFunction(() => document.body.dataset.ready === 'error');
  assert.match((await page.locator('.status.error').textContent()) ?? '', /Could not load events: .*since/);
  await page.close();
});
