// Binding `sitrep serve`: --host resolved to one address, the server listening there, failures as one-line errors.
import { lookup } from 'node:dns/promises';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { isIP } from 'node:net';
import { usageError, type SitrepError } from '../../errors/catalogue.ts';

/**
 * The literal address the server will bind for `host`: an address as given, or the first address a
 * name resolves to (as Node's own listen would pick). Everything that depends on "loopback or not"
 * is decided on this address, never on how --host is spelled. Throws a usage error when the name
 * does not resolve.
 */
export async function resolveListenAddress(host: string): Promise<string> {
  const bare = host.trim().replace(/^\[|\]$/g, '');
  if (!bare) throw usageError('--host is empty');
  if (isIP(bare)) return bare;
  try {
    return (await lookup(bare)).address;
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? (error as Error).message;
    throw usageError(`--host ${host} does not resolve to an address of this machine (${code})`);
  }
}

/** Listen on address:port; resolves with the bound address, rejects with a one-line SitrepError (port in use, address not here, no permission). */
export function listenOn(server: Server, address: string, port: number): Promise<AddressInfo> {
  return new Promise((resolve, reject) => {
    const onError = (error: NodeJS.ErrnoException) => {
      server.off('listening', onListening);
      reject(listenError(error, address, port));
    };
    const onListening = () => {
      server.off('error', onError);
      resolve(server.address() as AddressInfo);
    };
    server.once('error', onError);
    server.once('listening', onListening);
    server.listen(port, address);
  });
}

function listenError(error: NodeJS.ErrnoException, address: string, port: number): SitrepError {
  const where = `${address.includes(':') ? `[${address}]` : address}:${port}`;
  if (error.code === 'EADDRINUSE') return usageError(`cannot listen on ${where}: the port is already in use (stop the other server or pick another --port)`);
  if (error.code === 'EADDRNOTAVAIL') return usageError(`cannot listen on ${where}: no network interface of this machine has that address`);
  if (error.code === 'EACCES') return usageError(`cannot listen on ${where}: permission denied (ports below 1024 need privileges)`);
  return usageError(`cannot listen on ${where}: ${error.code ?? error.message}`);
}
