// The UI and API under hostile article text: script tags, handlers, javascript: links and SVG payloads render as text.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { runSitrep } from '../helpers.ts';
import { launchChromium, skipWithoutChromium, startServer, type RunningServer } from '../browser/server-fixture.ts';
import { recordFigures } from './figures.ts';

const PAYLOADS = [
  '<script>window.__pwned = "script"</script>',
  '<img src=x onerror="window.__pwned = \'img\'">',
  '<svg onload="window.__pwned = \'svg\'"><circle r=5 /></svg>',
  '<a href="javascript:window.__pwned=\'link\'">click</a>',
  '"><iframe src="javascript:parent.__pwned=\'iframe\'"></iframe>',
  '<details open ontoggle="window.__pwned=\'details\'">x</details>',
];
const skip = skipWithoutChromium();
let server: RunningServer;
let browser: Browser;

before(async () => {
  if (skip) return;
  const dir = await mkdtemp(join(tmpdir(), 'sitrep-xss-'));
  const records = PAYLOADS.map((p, i) => JSON.stringify({
    title: `Attack ${i} ${p}`,
    outlet: `Outlet ${p}`,
    url: i % 2 ? 'javascript:window.__pwned="url"' : `https://example.org/${i}`,
    // The payload follows the event's words: an odd number of quote marks before a trigger makes it a quotation, not an event.
    // The event is placed (Tikrit): one with no location at all is not coded.
    text: `Militants attacked a checkpoint near Tikrit on Sunday, killing ${i + 2} people ${p}. ${p}`,
  }));
  await writeFile(join(dir, 'hostile.jsonl'), `${records.join('\n')}\n`);
  const db = join(dir, 'xss.db');
  const ingest = runSitrep(['ingest', join(dir, 'hostile.jsonl'), '--db', db]);
  assert.equal(ingest.code, 0, ingest.stderr);
  server = await startServer(['--db', db]);
  browser = await launchChromium();
});

after(async () => {
  await browser?.close();
  server?.process.kill('SIGTERM');
});

test('hostile article text shows as text in the overview and the event view, and never runs', { skip }, async () => {
  const page = await browser.newPage();
  const dialogs: string[] = [];
  page.on('dialog', (d) => { dialogs.push(d.message()); void d.dismiss(); });
  await page.goto(`${server.url}/#/`);
  await page.waitForSelector('body[data-ready]');
  const rows = page.locator('.events-table tbody a');
  const count = await rows.count();
  assert.ok(count >= PAYLOADS.length);
  let views = 1;
  for (let i = 0; i < Math.min(count, PAYLOADS.length); i++) {
    await page.goto(`${server.url}/#/`);
    await page.waitForSelector('body[data-ready="overview"]');
    await page.locator('.events-table tbody a').nth(i).click();
    await page.waitForFunction(() => document.body.dataset.ready === 'events');
    views++;
    const text = await page.locator('.article-text').textContent();
    assert.ok(PAYLOADS.some((p) => text!.includes(p)), 'the payload is shown literally');
  }
  const state = await page.evaluate(() => ({
    pwned: (window as unknown as { __pwned?: string }).__pwned ?? null,
    scripts: document.querySelectorAll('main script, main iframe, main svg circle').length,
    jsLinks: [...document.querySelectorAll('a')].filter((a) => a.getAttribute('href')?.trim().toLowerCase().startsWith('javascript:')).length,
    handlers: [...document.querySelectorAll('main *')].filter((el) => [...el.attributes].some((a) => a.name.startsWith('on'))).length,
  }));
  assert.deepEqual(state, { pwned: null, scripts: 0, jsLinks: 0, handlers: 0 });
  assert.deepEqual(dialogs, []);
  recordFigures('xss-ui', { payloads: PAYLOADS.length, views_checked: views, executed: 0 });
  await page.close();
});
