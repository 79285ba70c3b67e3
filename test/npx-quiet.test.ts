// `npx sitrep` as a user types it prints only what the command prints: no npm engine warnings, whatever Node runs npm.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { REPO_ROOT } from './helpers.ts';

// The system's own npx (not node_modules/.bin), run by the system's Node: the setting in which npm warned.
const SYSTEM_PATH = '/usr/local/bin:/usr/bin:/bin';
const npx = ['/usr/local/bin/npx', '/usr/bin/npx'].find((p) => existsSync(p));

test('npx sitrep --version prints the version and no npm warnings', { skip: npx ? false : 'no system npx' }, () => {
  const result = spawnSync(npx!, ['sitrep', '--version'], { cwd: REPO_ROOT, encoding: 'utf8', env: { ...process.env, PATH: SYSTEM_PATH } });
  assert.equal(result.status, 0, result.stderr);
  assert.match(result.stdout, /^sitrep \d+\.\d+\.\d+ \(node 24\./, 'the pinned Node 24 runs the CLI');
  assert.doesNotMatch(result.stderr, /EBADENGINE|npm warn/i);
});
