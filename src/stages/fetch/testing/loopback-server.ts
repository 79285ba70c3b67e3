// Test helper: an HTTP server on a loopback address that counts every TCP connection it accepts.
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface LoopbackServer {
  readonly host: string;
  readonly port: number;
  /** "http://host:port" (IPv6 hosts bracketed). */
  readonly origin: string;
  /** TCP connections accepted so far: the proof that a refused fetch never reached the server. */
  connections(): number;
  /** Requests seen, with their headers, in arrival order. */
  readonly requests: IncomingMessage[];
  close(): Promise<void>;
}

/** Start a server on `host` (default 127.0.0.1) and `port` (default: any free port). */
export async function startLoopbackServer(
  handler: (req: IncomingMessage, res: ServerResponse) => void,
  host = '127.0.0.1',
  port = 0,
): Promise<LoopbackServer> {
  let connections = 0;
  const requests: IncomingMessage[] = [];
  const server = createServer((req, res) => {
    requests.push(req);
    handler(req, res);
  });
  server.on('connection', () => connections++);
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => resolve());
  });
  const actual = (server.address() as AddressInfo).port;
  return {
    host,
    port: actual,
    origin: `http://${host.includes(':') ? `[${host}]` : host}:${actual}`,
    connections: () => connections,
    requests,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

