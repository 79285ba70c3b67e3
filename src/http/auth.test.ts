// When reads need the token: only off loopback under 'auto', always under 'token', never under 'open'.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readsNeedToken } from './auth.ts';

test('auto protects reads only when the server listens off loopback', () => {
  for (const host of ['127.0.0.1', '127.0.0.53', '::1', 'localhost']) assert.equal(readsNeedToken('auto', host), false, host);
  for (const host of ['0.0.0.0', '::', '192.168.1.20']) assert.equal(readsNeedToken('auto', host), true, host);
});

test('token and open override the address', () => {
  assert.equal(readsNeedToken('token', '127.0.0.1'), true);
  assert.equal(readsNeedToken('open', '0.0.0.0'), false);
});
