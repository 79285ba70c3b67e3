// Per-host politeness: concurrency cap per host, spacing between starts, hosts independent.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { HostScheduler } from './politeness.ts';

test('never runs more than the per-host limit at once, while other hosts proceed', async () => {
  const scheduler = new HostScheduler({ perHostConcurrency: 2, perHostDelayMs: 0, sleep: async () => undefined });
  const active = new Map<string, number>();
  const peak = new Map<string, number>();
  const job = (host: string) => scheduler.run(host, async () => {
    active.set(host, (active.get(host) ?? 0) + 1);
    peak.set(host, Math.max(peak.get(host) ?? 0, active.get(host)!));
    await new Promise((r) => setTimeout(r, 10));
    active.set(host, active.get(host)! - 1);
  });
  await Promise.all([...Array(6)].map(() => job('a.example')).concat([...Array(3)].map(() => job('b.example'))));
  assert.equal(peak.get('a.example'), 2);
  assert.equal(peak.get('b.example'), 2);
});

test('spaces request starts to one host by the delay, and a longer crawl delay wins', async () => {
  let clock = 0;
  const waits: number[] = [];
  const scheduler = new HostScheduler({
    perHostConcurrency: 1, perHostDelayMs: 1000, now: () => clock,
    sleep: async (ms) => { waits.push(ms); clock += ms; },
  });
  await scheduler.run('a.example', async () => undefined);
  await scheduler.run('a.example', async () => undefined);
  scheduler.setHostDelay('a.example', 5000);
  await scheduler.run('a.example', async () => undefined);
  await scheduler.run('a.example', async () => undefined);
  assert.deepEqual(waits, [1000, 1000, 5000]);
});
