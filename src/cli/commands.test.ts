// The command table: every entry loads its command, under its own name and with the same summary.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { COMMANDS } from './commands.ts';

test('each command entry loads the command it names, with the summary --help shows', async () => {
  assert.ok(COMMANDS.length >= 10);
  for (const entry of COMMANDS) {
    const command = await entry.load();
    assert.equal(command.name, entry.name);
    assert.equal(command.summary, entry.summary, `summary of ${entry.name}`);
  }
});
