// End-to-end in a real browser: Debian's Chromium driven by playwright-core against `sitrep serve` on a free loopback port.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdir, mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { REPO_ROOT } from '../helpers.ts';
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
  browser = await launchChromium();
});

after(async () => {
  await browser?.close();
  server?.process.kill('SIGTERM');
});

async function openPage(path: string): Promise<{ page: Page; errors: string[] }> {
  const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  const errors: string[] = [];
  page.on('console', (m) => { if (m.type() === 'error') errors.push(m.text()); });
  page.on('pageerror', (e) => errors.push(String(e)));
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
