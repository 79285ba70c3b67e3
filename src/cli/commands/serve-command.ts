// `sitrep serve`: the JSON API and the web page on http://127.0.0.1:8080 (or --host/--port).
import type { Server } from 'node:http';
import { createAdaptorServer } from '@hono/node-server';
import { setting } from '../../config/settings.ts';
import { usageError } from '../../errors/catalogue.ts';
import { createApp } from '../../http/app.ts';
import { exportInWorker } from '../../services/export-in-worker.ts';
import { READ_AUTH_MODES, readsNeedToken, type ReadAuthMode } from '../../http/auth.ts';
import { acceptedHostNames } from '../../http/host-check.ts';
import { threadedProcessor, type DocumentProcessor } from '../../services/ingest/document-processor.ts';
import { ingestSample } from '../../services/sample-service.ts';
import { defaultPipeline } from '../../stages/default-pipeline.ts';
import { openStore } from '../../storage/open-store.ts';
import { stringOption, type Command } from '../command.ts';
import { dbPath } from './db-option.ts';
import { formatSummary } from './ingest-command.ts';
import { listenOn, resolveListenAddress } from './serve-listen.ts';
import { processorOptionsFrom } from './processor-settings.ts';

export const serveCommand: Command = {
  name: 'serve',
  summary: 'Serve the JSON API and the web UI',
  usage: 'sitrep serve [--port N] [--host ADDR] [--sample] [--db PATH]\n  --sample  ingest the bundled synthetic sample corpus first when the store is empty',
  options: { port: { type: 'string' }, host: { type: 'string' }, sample: { type: 'boolean' } },
  allowPositionals: false,
  async run(args, io) {
    const port = Number(stringOption(args, 'port') ?? setting('port', io.env));
    if (!Number.isInteger(port) || port < 0 || port > 65535) throw usageError('--port must be an integer from 0 to 65535');
    const host = stringOption(args, 'host') ?? setting('host', io.env);
    const token = setting('api-token', io.env) || null;
    const readAuth = setting('read-auth', io.env);
    if (!(READ_AUTH_MODES as readonly string[]).includes(readAuth)) throw usageError(`SITREP_READ_AUTH must be one of ${READ_AUTH_MODES.join(', ')}`);
    const address = await resolveListenAddress(host);
    const protectReads = readsNeedToken(readAuth as ReadAuthMode, address);
    if (protectReads && !token) {
      const shown = address === host ? host : `${host} (${address})`;
      throw usageError(`serving on ${shown} protects reads with a token: set SITREP_API_TOKEN (or SITREP_READ_AUTH=open)`);
    }
    const serverNames = setting('server-names', io.env).split(/[\s,]+/).filter(Boolean);
    const maxBodyBytes = Number(setting('max-body-bytes', io.env));
    if (!Number.isInteger(maxBodyBytes) || maxBodyBytes < 1) throw usageError('SITREP_MAX_BODY_BYTES must be a positive integer');
    const processorOptions = processorOptionsFrom(null, io);
    const db = dbPath(args, io);
    const store = await openStore(db);
    if (args.values.sample && (await store.counts()).documents === 0) {
      const summary = await ingestSample(store, defaultPipeline({ now: io.now }));
      io.stderr(`sample corpus: ${formatSummary(summary)}`);
    }
    // Documents posted to /api/ingest run on worker threads (started on the first post), so the API stays responsive.
    const started: { processor: DocumentProcessor | null } = { processor: null };
    const app = createApp(store, {
      token, readsNeedToken: protectReads, maxBodyBytes,
      acceptedHosts: acceptedHostNames(host, address, serverNames),
      processor: () => (started.processor ??= threadedProcessor(processorOptions)),
      // A file or server store can be opened again on a worker thread, which keeps exports' memory flat.
      exportEvents: db === ':memory:' ? undefined : (format, filter) => exportInWorker(db, format, filter),
    });
    const server = createAdaptorServer({ fetch: app.fetch, hostname: host });
    let info;
    try {
      info = await listenOn(server as Server, address, port);
    } catch (error) {
      await store.close();
      throw error;
    }
    const shown = info.address.includes(':') ? `[${info.address}]` : info.address;
    io.stdout(`sitrep is serving http://${shown}:${info.port}/ (Ctrl-C to stop)\n`);
    await new Promise<void>((resolve) => {
      if (io.stopSignal.aborted) resolve();
      io.stopSignal.addEventListener('abort', () => resolve(), { once: true });
    });
    await new Promise<void>((resolve) => server.close(() => resolve()));
    await started.processor?.close();
    await store.close();
    return 0;
  },
};
