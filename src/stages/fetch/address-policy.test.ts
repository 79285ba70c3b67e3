// The address policy: what is refused, what the allow list lets through, and malformed allow lists.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { addressRefusal, hostIsAllowed, parseAllowList, DENY_ALL_PRIVATE } from './address-policy.ts';

test('public unicast addresses pass; internal ones are refused with their kind', () => {
  assert.equal(addressRefusal('93.184.216.34', DENY_ALL_PRIVATE), null);
  assert.equal(addressRefusal('2606:4700::1111', DENY_ALL_PRIVATE), null);
  assert.match(addressRefusal('100.100.1.1', DENY_ALL_PRIVATE) ?? '', /carrier-grade NAT/);
  assert.match(addressRefusal('::ffff:169.254.169.254', DENY_ALL_PRIVATE) ?? '', /169\.254\.169\.254 is a link-local address/);
  assert.match(addressRefusal('fc00::5', DENY_ALL_PRIVATE) ?? '', /unique-local/);
  assert.match(addressRefusal('198.18.0.1', DENY_ALL_PRIVATE) ?? '', /special-purpose address \(reserved\)/);
});

test('IPv4-compatible IPv6 addresses (::/96, deprecated) are refused whatever they embed', () => {
  for (const address of ['::7f00:1', '::a9fe:a9fe', '::a00:1', '::808:808', '0:0:0:0:0:0:7f00:1']) {
    assert.match(addressRefusal(address, DENY_ALL_PRIVATE) ?? '', /IPv4-compatible/, address);
  }
  assert.match(addressRefusal('::7f00:1', DENY_ALL_PRIVATE) ?? '', /embedding 127\.0\.0\.1/);
  // ipaddr.js reads the dotted spelling as IPv4-mapped; refused either way.
  assert.match(addressRefusal('::127.0.0.1', DENY_ALL_PRIVATE) ?? '', /127\.0\.0\.1 is a loopback address/);
  // The allow list lets one through only when it names the IPv6 form itself.
  assert.notEqual(addressRefusal('::7f00:1', parseAllowList('127.0.0.1')), null);
  assert.equal(addressRefusal('::7f00:1', parseAllowList('::7f00:1')), null);
});

test('ranges in the allow list let exactly their addresses through, mapped forms included', () => {
  const policy = parseAllowList('10.1.0.0/16, ::1 ,127.0.0.1');
  assert.equal(addressRefusal('10.1.200.3', policy), null);
  assert.notEqual(addressRefusal('10.2.0.1', policy), null);
  assert.equal(addressRefusal('::ffff:127.0.0.1', policy), null);
  assert.equal(addressRefusal('::1', policy), null);
  assert.notEqual(addressRefusal('127.0.0.2', policy), null);
});

test('host names match exactly or by "*." suffix, case-insensitively', () => {
  const policy = parseAllowList('Feeds.Lan *.corp.example');
  assert.equal(hostIsAllowed('feeds.lan', policy), true);
  assert.equal(hostIsAllowed('news.corp.example', policy), true);
  assert.equal(hostIsAllowed('corp.example', policy), false);
  assert.equal(hostIsAllowed('feeds.lan.evil.example', policy), false);
});

test('a malformed allow list is an error, not silently ignored', () => {
  assert.throws(() => parseAllowList('10.0.0.0/33'), /not a valid CIDR range/);
  assert.throws(() => parseAllowList("feeds lan!"), /neither a host name nor an address range/);
});
