// `sitrep serve` against hostile hosts: DNS rebinding (Host header), loopback decided on the bound address, busy ports and bad names.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { request } from 'node:http';
import { createServer, type AddressInfo } from 'node:net';
import { runCli } from '../../src/cli/run-cli.ts';
import type { CliIO } from '../../src/cli/cli-io.ts';
import { readsNeedToken } from '../../src/http/auth.ts';
import { runSitrep } from '../helpers.ts';
import { recordFigures } from './figures.ts';

interface Running {
  readonly port: number;
  readonly stop: () => Promise<number>;
}

/** `sitrep serve` in this process on a free loopback port (an in-memory store); stop() ends it and gives its exit code. */
async function startServe(args: readonly string[], env: NodeJS.ProcessEnv = {}): Promise<Running> {
  const controller = new AbortController();
  let announce!: (port: number) => void;
  const listening = new Promise<number>((resolve) => { announce = resolve; });
  const io: CliIO = {
    stdout: (t) => { const m = /:(\d+)\/ /.exec(t); if (m) announce(Number(m[1])); },
    stderr: () => {}, stderrIsTTY: false, env, now: () => new Date('2026-01-01T00:00:00Z'), stopSignal: controller.signal,
  };
  const exit = runCli(['serve', '--port', '0', '--db', ':memory:', ...args], io);
  const port = await Promise.race([listening, exit.then((code) => { throw new Error(`serve exited with ${code}`); })]);
  return { port, stop: async () => { controller.abort(); return exit; } };
}

/** GET `path` from 127.0.0.1:port with the given Host header (node:http lets a test set it, as a rebinding page effectively does). */
function getWithHost(port: number, path: string, host: string): Promise<{ status: number; body: string }> {
  return new Promise((resolve, reject) => {
    const req = request({ host: '127.0.0.1', port, path, headers: { Host: host } }, (res) => {
      let body = '';
      res.setEncoding('utf8');
      res.on('data', (c: string) => { body += c; });
      res.on('end', () => resolve({ status: res.statusCode ?? 0, body }));
    });
    req.on('error', reject);
    req.end();
  });
}

test('DNS rebinding: a loopback server refuses a request whose Host names another site, and answers its own names', async () => {
  const server = await startServe([]);
  try {
    const refused = [];
    for (const host of [`attacker.example:${server.port}`, 'attacker.example', `127.0.0.1.attacker.example:${server.port}`, `localhost.attacker.example:${server.port}`]) {
      const res = await getWithHost(server.port, '/api/events', host);
      assert.equal(res.status, 421, `${host}: ${res.body}`);
      assert.match(res.body, /"code":"invalid_request"/);
      assert.doesNotMatch(res.body, /"items"/, 'no event data leaks');
      refused.push(host);
    }
    for (const host of [`127.0.0.1:${server.port}`, `localhost:${server.port}`, `[::1]:${server.port}`, 'LOCALHOST']) {
      assert.equal((await getWithHost(server.port, '/api/stats', host)).status, 200, host);
    }
    recordFigures('serve-host', { rebinding_hosts_refused: refused.length, own_names_answered: 4 });
  } finally {
    assert.equal(await server.stop(), 0);
  }
});

test('server names from SITREP_SERVER_NAMES are answered; others still refused', async () => {
  const server = await startServe([], { SITREP_SERVER_NAMES: 'sitrep.lan, proxy.example' });
  try {
    assert.equal((await getWithHost(server.port, '/api/stats', 'sitrep.lan')).status, 200);
    assert.equal((await getWithHost(server.port, '/api/stats', `proxy.example:443`)).status, 200);
    assert.equal((await getWithHost(server.port, '/api/stats', 'other.example')).status, 421);
  } finally {
    await server.stop();
  }
});

test('loopback is decided on the bound address, never on how --host is spelled', () => {
  for (const name of ['127.probe.test', '127.0.0.1.nip.io', '127.attacker.example']) assert.equal(readsNeedToken('auto', name), true, name);
  assert.equal(readsNeedToken('auto', '::ffff:127.0.0.1'), false);
});

test('a --host that starts like a loopback address but does not resolve stops serve with one line, not a stack trace', () => {
  const run = runSitrep(['serve', '--host', '127.probe.test', '--port', '0', '--db', ':memory:']);
  assert.equal(run.code, 2, run.stderr);
  assert.match(run.stderr, /^sitrep: --host 127\.probe\.test does not resolve/);
  assert.equal(run.stderr.trim().split('\n').length, 1, run.stderr);
});

test('a port already in use stops serve with one line naming the port, not a stack trace', async () => {
  const blocker = createServer();
  await new Promise<void>((resolve) => blocker.listen(0, '127.0.0.1', resolve));
  const port = (blocker.address() as AddressInfo).port;
  try {
    const run = runSitrep(['serve', '--host', '127.0.0.1', '--port', String(port), '--db', ':memory:']);
    assert.equal(run.code, 2, run.stderr);
    assert.equal(run.stderr.trim(), `sitrep: cannot listen on 127.0.0.1:${port}: the port is already in use (stop the other server or pick another --port)`);
  } finally {
    blocker.close();
  }
});

test('an address that is not on this machine stops serve with one line', () => {
  const run = runSitrep(['serve', '--host', '192.0.2.1', '--port', '0', '--db', ':memory:'], { SITREP_API_TOKEN: 't' });
  assert.equal(run.code, 2, run.stderr);
  assert.match(run.stderr, /^sitrep: cannot listen on 192\.0\.2\.1:0: no network interface of this machine has that address\n$/);
});
