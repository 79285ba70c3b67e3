// Worker-thread entry for exportInWorker: opens the store, streams the export to the parent, one chunk per "more".
import { parentPort, workerData } from 'node:worker_threads';
import { openStore } from '../storage/open-store.ts';
import { exportEvents, type ExportFormat } from './export-service.ts';
import type { EventFilter, Store } from '../storage/store.ts';

const CHUNK_CHARS = 64 * 1024;
const { db, format, filter } = workerData as { db: string; format: ExportFormat; filter: EventFilter };
const port = parentPort!;
let more: (() => void) | null = null;
port.on('message', () => more?.());

/** Send `text` (null: the end) and wait until the parent asks for more (backpressure across threads). */
async function send(text: string | null): Promise<void> {
  const asked = new Promise<void>((resolve) => { more = resolve; });
  port.postMessage(text);
  if (text !== null) await asked;
}

/** Whether the store accepts `filter`; a filter it rejects (bad date, point) is reported to the parent. */
async function filterAccepted(store: Store): Promise<boolean> {
  try {
    await store.listEvents({ ...filter, limit: 1 });
    return true;
  } catch (error) {
    if (!(error instanceof TypeError)) throw error;
    port.postMessage({ invalid: error.message });
    return false;
  }
}

const store = await openStore(db);
try {
  if (await filterAccepted(store)) {
    let text = '';
    for await (const chunk of exportEvents(store, format, filter)) {
      text += chunk;
      if (text.length >= CHUNK_CHARS) { await send(text); text = ''; }
    }
    if (text) await send(text);
    await send(null);
  }
} finally {
  await store.close();
  port.close();
}
