// When reads need the token: only off loopback under 'auto', always under 'token', never under 'open'.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readsNeedToken } from './auth.ts';

test('auto protects reads only when the server is bound to a loopback address', () => {
  for (const address of ['127.0.0.1', '127.0.0.53', '::1', '[::1]', '::ffff:127.0.0.1']) assert.equal(readsNeedToken('auto', address), false, address);
  for (const address of ['0.0.0.0', '::', '192.168.1.20', '::ffff:10.0.0.1']) assert.equal(readsNeedToken('auto', address), true, address);
});

test('a name is never taken for loopback by its spelling: the decision is on the bound address', () => {
  for (const name of ['127.probe.test', '127.0.0.1.nip.io', 'localhost', '::1.example']) assert.equal(readsNeedToken('auto', name), true, name);
});

test('token and open override the address', () => {
  assert.equal(readsNeedToken('token', '127.0.0.1'), true);
  assert.equal(readsNeedToken('open', '0.0.0.0'), false);
});
