// Workers on one host count each other through PostgreSQL and share its cores.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import { postgresForTests } from '../../storage/postgres/postgres-test-support.ts';
import { registerWorker, workerApplicationName, workerJobs } from './worker-registry.ts';

describe('worker jobs', () => {
  it('is the share of the cores, at least one, at most the documents in hand', () => {
    assert.equal(workerJobs(2, 1, 2), 2);
    assert.equal(workerJobs(2, 2, 2), 1);
    assert.equal(workerJobs(2, 3, 2), 1);
    assert.equal(workerJobs(8, 2, 2), 2, 'no more threads than documents in hand');
    assert.equal(workerJobs(8, 2, 8), 4);
    assert.equal(workerJobs(1, 1, 4), 1);
  });

  it('names a host in at most 63 bytes, apart from hosts sharing a long prefix', () => {
    const long = 'a'.repeat(80);
    assert.ok(workerApplicationName(long).length <= 63);
    assert.notEqual(workerApplicationName(`${long}1`), workerApplicationName(`${long}2`));
  });
});

const target = await postgresForTests();
describe('worker registry', { skip: 'skip' in target ? target.skip : false }, () => {
  it('counts the workers registered from one host while they run, not those of other hosts', async () => {
    const url = 'url' in target ? target.url : '';
    const host = `test-host-${randomBytes(4).toString('hex')}`;
    const a = await registerWorker(url, host);
    const b = await registerWorker(url, host);
    const elsewhere = await registerWorker(url, `${host}-other`);
    try {
      assert.equal(await a.workersOnHost(), 2);
      assert.equal(await elsewhere.workersOnHost(), 1);
      await b.close();
      assert.equal(await a.workersOnHost(), 1, 'a stopped worker counts no more');
    } finally {
      await Promise.all([a.close(), b.close(), elsewhere.close()]);
    }
  });

  it('counts itself alone when the database cannot be reached', async () => {
    const registration = await registerWorker('postgres://nobody@127.0.0.1:1/none');
    assert.equal(await registration.workersOnHost(), 1);
    await registration.close();
  });
});
