// Every setting is documented: the README's settings table lists each one with its variable and default.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { SETTINGS, setting } from './settings.ts';

const readme = readFileSync(new URL('../../README.md', import.meta.url), 'utf8');

test('the README documents every setting with its environment variable and default', () => {
  for (const s of SETTINGS) {
    const row = readme.split('\n').find((line) => line.startsWith(`| ${s.name} |`));
    assert.ok(row, `README has no row for setting "${s.name}"`);
    assert.ok(row.includes(`\`${s.env}\``), `README row for "${s.name}" names ${s.env}`);
    assert.ok(row.includes(s.default), `README row for "${s.name}" gives the default ${s.default}`);
  }
});

test('a setting comes from its environment variable, else its default', () => {
  assert.equal(setting('port', {}), '8080');
  assert.equal(setting('port', { SITREP_PORT: '9000' }), '9000');
  assert.equal(setting('port', { SITREP_PORT: '' }), '8080');
});
