// Turning the errors undici and the network raise into one-line reasons, and telling transient ones apart.
import { BlockedAddressError } from './safe-dispatcher.ts';

const TRANSIENT_CODES = new Set(['ECONNRESET', 'ECONNREFUSED', 'EPIPE', 'EAI_AGAIN', 'UND_ERR_SOCKET', 'ETIMEDOUT', 'UND_ERR_CONNECT_TIMEOUT']);

/** A one-line reason for a failed fetch, and whether trying again later might help. */
export function describeFetchError(error: unknown): { message: string; transient: boolean } {
  const chain: unknown[] = [];
  for (let e: unknown = error; e && chain.length < 6; e = (e as { cause?: unknown }).cause) chain.push(e);
  const blocked = chain.find((e) => e instanceof BlockedAddressError) as BlockedAddressError | undefined;
  if (blocked) return { message: blocked.message, transient: false };
  for (const e of chain) {
    const code = (e as NodeJS.ErrnoException).code;
    if (code === 'UND_ERR_HEADERS_TIMEOUT') return { message: 'timed out waiting for response headers', transient: false };
    if (code === 'UND_ERR_BODY_TIMEOUT') return { message: 'timed out waiting for the body (server went silent)', transient: false };
    if (code === 'UND_ERR_CONNECT_TIMEOUT') return { message: 'timed out connecting', transient: true };
    if (code === 'ENOTFOUND') return { message: `host not found (${(e as Error).message})`, transient: false };
    if (code === 'ECONNREFUSED') return { message: 'connection refused', transient: true };
    if (code && TRANSIENT_CODES.has(code)) return { message: `network error ${code}`, transient: true };
    if (code === 'Z_DATA_ERROR' || code === 'Z_BUF_ERROR' || code === 'ERR_BROTLI_DECOMPRESSION_FAILED') {
      return { message: 'corrupt compressed body', transient: false };
    }
  }
  const last = chain[chain.length - 1] as Error | undefined;
  if (last?.message === 'bad port') return { message: 'refused: the port is on the fetch standard\'s list of blocked ports', transient: false };
  return { message: `fetch failed: ${last?.message ?? String(error)}`.split('\n')[0]!, transient: false };
}
