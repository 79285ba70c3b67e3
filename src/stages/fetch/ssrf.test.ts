// SSRF: every blocked address form is refused before a connection is made; the allow setting lets exactly what it names through.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { createFetcher } from './fetcher.ts';
import type { Resolver } from './safe-dispatcher.ts';
import { startLoopbackServer, type LoopbackServer } from './testing/loopback-server.ts';
import { fetchOptionsForTests } from './testing/test-fetcher.ts';

const ok = (_req: unknown, res: import('node:http').ServerResponse): void => {
  res.writeHead(200, { 'content-type': 'text/html' }).end('<p>hello</p>');
};

/** A resolver that answers from a table (each entry a queue: rebinding names answer differently each time). */
function tableResolver(table: Record<string, string[]>): Resolver & { calls: string[] } {
  const calls: string[] = [];
  const resolve = async (hostname: string) => {
    calls.push(hostname);
    const queue = table[hostname];
    if (!queue?.length) throw Object.assign(new Error(`getaddrinfo ENOTFOUND ${hostname}`), { code: 'ENOTFOUND' });
    const address = queue.length > 1 ? queue.shift()! : queue[0]!;
    return [{ address, family: address.includes(':') ? 6 : 4 }];
  };
  return Object.assign(resolve, { calls });
}

describe('safe fetch refuses internal addresses', () => {
  let v4: LoopbackServer;
  let v6: LoopbackServer | null = null;
  before(async () => {
    v4 = await startLoopbackServer(ok);
    v6 = await startLoopbackServer(ok, '::1', v4.port).catch(() => null);
  });
  after(async () => {
    await v4.close();
    await v6?.close();
  });

  const patterns: [string, (p: number) => string][] = [
    ['dotted loopback', (p) => `http://127.0.0.1:${p}/`],
    ['localhost by name', (p) => `http://localhost:${p}/`],
    ['decimal integer', (p) => `http://2130706433:${p}/`],
    ['hex integer', (p) => `http://0x7f000001:${p}/`],
    ['short form 127.1', (p) => `http://127.1:${p}/`],
    ['octal dotted', (p) => `http://0177.0.0.1:${p}/`],
    ['hex dotted', (p) => `http://0x7f.0x0.0x0.0x1:${p}/`],
    ['zero-padded dotted', (p) => `http://127.000.000.001:${p}/`],
    ['other loopback 127.5.6.7', (p) => `http://127.5.6.7:${p}/`],
    ['unspecified 0.0.0.0', (p) => `http://0.0.0.0:${p}/`],
    ['unspecified as 0', (p) => `http://0:${p}/`],
    ['IPv6 loopback', (p) => `http://[::1]:${p}/`],
    ['IPv6 unspecified', (p) => `http://[::]:${p}/`],
    ['IPv4-mapped dotted', (p) => `http://[::ffff:127.0.0.1]:${p}/`],
    ['IPv4-mapped hex', (p) => `http://[::ffff:7f00:1]:${p}/`],
    ['IPv4-mapped long form', (p) => `http://[0:0:0:0:0:ffff:127.0.0.1]:${p}/`],
    ['IPv4-compatible loopback', (p) => `http://[::7f00:1]:${p}/`],
    ['IPv4-compatible dotted loopback', (p) => `http://[::127.0.0.1]:${p}/`],
    ['IPv4-compatible link-local metadata', () => 'http://[::a9fe:a9fe]/latest/meta-data/'],
    ['NAT64 embedding loopback', (p) => `http://[64:ff9b::7f00:1]:${p}/`],
    ['6to4 embedding loopback', (p) => `http://[2002:7f00:1::1]:${p}/`],
    ['private 10/8', (p) => `http://10.0.0.1:${p}/`],
    ['private 172.16/12', (p) => `http://172.16.5.4:${p}/`],
    ['private 192.168/16', (p) => `http://192.168.1.1:${p}/`],
    ['link-local metadata', () => 'http://169.254.169.254/latest/meta-data/'],
    ['CGNAT 100.64/10', (p) => `http://100.64.0.1:${p}/`],
    ['unique-local fd00::/8', (p) => `http://[fd00::1]:${p}/`],
    ['IPv6 link-local', (p) => `http://[fe80::1]:${p}/`],
    ['IPv4-mapped private', (p) => `http://[::ffff:10.0.0.1]:${p}/`],
    ['multicast', (p) => `http://224.0.0.1:${p}/`],
    ['broadcast', (p) => `http://255.255.255.255:${p}/`],
    ['name resolving to loopback', (p) => `http://internal.example:${p}/`],
    ['name resolving to link-local', (p) => `http://metadata.example:${p}/`],
    ['name resolving to mapped loopback', (p) => `http://mapped.example:${p}/`],
    ['https to loopback', (p) => `https://127.0.0.1:${p}/`],
    ['https to a name resolving to loopback', (p) => `https://internal.example:${p}/`],
    ['userinfo trick', (p) => `http://public.example@127.0.0.1:${p}/`],
  ];

  for (const [name, makeUrl] of patterns) {
    test(`refuses ${name} and the server sees no connection`, async () => {
      const resolver = tableResolver({
        localhost: ['127.0.0.1'],
        'internal.example': ['127.0.0.1'],
        'metadata.example': ['169.254.169.254'],
        'mapped.example': ['::ffff:127.0.0.1'],
      });
      // robots.txt on: its fetch goes through the same checks and must not leak a connection either.
      const fetcher = createFetcher(fetchOptionsForTests('', { resolver, obeyRobots: true }));
      const before4 = v4.connections();
      const before6 = v6?.connections() ?? 0;
      try {
        const outcome = await fetcher.fetch(makeUrl(v4.port));
        assert.equal(outcome.ok, false);
        assert.match(!outcome.ok ? outcome.error : '', /^refused: /);
      } finally {
        await fetcher.close();
      }
      assert.equal(v4.connections(), before4, 'IPv4 loopback server saw a connection');
      assert.equal(v6?.connections() ?? 0, before6, 'IPv6 loopback server saw a connection');
    });
  }

  test('refuses localhost through the real system resolver too', async () => {
    const fetcher = createFetcher(fetchOptionsForTests());
    const before = v4.connections() + (v6?.connections() ?? 0);
    const outcome = await fetcher.fetch(`http://localhost:${v4.port}/`);
    await fetcher.close();
    assert.match(!outcome.ok ? outcome.error : '', /^refused: localhost resolves to address (127\.0\.0\.1|::1) is a loopback address/);
    assert.equal(v4.connections() + (v6?.connections() ?? 0), before);
  });

  test('refuses non-HTTP schemes', async () => {
    const fetcher = createFetcher(fetchOptionsForTests());
    for (const url of ['file:///etc/passwd', 'ftp://example.com/', 'gopher://127.0.0.1:70/']) {
      const outcome = await fetcher.fetch(url);
      assert.equal(outcome.ok, false);
      assert.match(!outcome.ok ? outcome.error : '', /only http and https/);
    }
    await fetcher.close();
  });
});

describe('the allow-hosts setting', () => {
  let allowed: LoopbackServer;
  let blocked: LoopbackServer | null;
  const needsSecondLoopback = (t: import('node:test').TestContext): boolean => {
    if (blocked) return true;
    t.skip('127.0.0.2 cannot be bound on this machine (loopback is not 127/8 here)');
    return false;
  };
  before(async () => {
    allowed = await startLoopbackServer((req, res) => {
      if (req.url === '/to-blocked') res.writeHead(302, { location: `http://127.0.0.2:${allowed.port}/` }).end();
      else if (req.url === '/to-blocked-numeric') res.writeHead(301, { location: `http://2130706434:${allowed.port}/` }).end();
      else ok(req, res);
    });
    // Same port on another loopback address, so a rebinding name reaches it with the same URL.
    blocked = await startLoopbackServer(ok, '127.0.0.2', allowed.port).catch(() => null);
  });
  after(async () => {
    await allowed.close();
    await blocked?.close();
  });

  test('an allowed CIDR range lets its own server through', async () => {
    const fetcher = createFetcher(fetchOptionsForTests('127.0.0.1/32'));
    const outcome = await fetcher.fetch(`${allowed.origin}/page`);
    await fetcher.close();
    assert.equal(outcome.ok, true);
    assert.equal(new TextDecoder().decode(outcome.ok ? outcome.bytes : undefined), '<p>hello</p>');
    assert.ok(allowed.connections() >= 1);
  });

  test('an allowed host name lets that name through, and only it', async () => {
    const resolver = tableResolver({ 'feeds.local': ['127.0.0.1'], 'other.local': ['127.0.0.1'] });
    const fetcher = createFetcher(fetchOptionsForTests('feeds.local', { resolver }));
    const before = allowed.connections();
    const yes = await fetcher.fetch(`http://feeds.local:${allowed.port}/`);
    assert.equal(yes.ok, true);
    const afterAllowed = allowed.connections();
    assert.equal(afterAllowed, before + 1);
    const no = await fetcher.fetch(`http://other.local:${allowed.port}/`);
    await fetcher.close();
    assert.match(!no.ok ? no.error : '', /^refused: other\.local resolves to address 127\.0\.0\.1 is a loopback address/);
    assert.equal(allowed.connections(), afterAllowed);
  });

  test('allowing 127.0.0.1 does not allow 127.0.0.2', async (t) => {
    if (!needsSecondLoopback(t)) return;
    const fetcher = createFetcher(fetchOptionsForTests('127.0.0.1'));
    const outcome = await fetcher.fetch(`${blocked!.origin}/`);
    await fetcher.close();
    assert.equal(outcome.ok, false);
    assert.equal(blocked!.connections(), 0);
  });

  test('a redirect from an allowed host to a blocked one is refused at the hop', async (t) => {
    if (!needsSecondLoopback(t)) return;
    const fetcher = createFetcher(fetchOptionsForTests('127.0.0.1/32'));
    for (const path of ['/to-blocked', '/to-blocked-numeric']) {
      const outcome = await fetcher.fetch(`${allowed.origin}${path}`);
      assert.match(!outcome.ok ? outcome.error : '', /^refused: address 127\.0\.0\.2 is a loopback address/);
    }
    await fetcher.close();
    assert.equal(blocked!.connections(), 0);
  });

  test('a rebinding name (allowed address, then a blocked one) is refused on the second connection', async (t) => {
    if (!needsSecondLoopback(t)) return;
    const resolver = tableResolver({ 'rebind.example': ['127.0.0.1', '127.0.0.2'] });
    // A fresh fetcher per request forces a new connection, so the name is resolved again.
    const first = createFetcher(fetchOptionsForTests('127.0.0.1/32', { resolver }));
    const one = await first.fetch(`http://rebind.example:${allowed.port}/`);
    await first.close();
    assert.equal(one.ok, true);
    const second = createFetcher(fetchOptionsForTests('127.0.0.1/32', { resolver }));
    const two = await second.fetch(`http://rebind.example:${allowed.port}/`);
    await second.close();
    assert.match(!two.ok ? two.error : '', /^refused: rebind\.example resolves to address 127\.0\.0\.2/);
    assert.deepEqual(resolver.calls, ['rebind.example', 'rebind.example']);
    assert.equal(blocked!.connections(), 0);
  });
});
