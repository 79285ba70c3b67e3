// Runs the store contract suite against the SQLite store on a temporary file.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { storeContract } from '../store.contract.ts';
import { SqliteStore } from './sqlite-store.ts';

storeContract(
  'sqlite',
  async () => {
    const dir = await mkdtemp(join(tmpdir(), 'sitrep-sqlite-'));
    const store = new SqliteStore(join(dir, 'store.db'));
    await store.migrate();
    return { store, dispose: async () => { await store.close(); await rm(dir, { recursive: true, force: true }); } };
  }
);
