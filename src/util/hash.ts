// Content hashing: stable hex digests of bytes and strings.
import { createHash } from 'node:crypto';

/** SHA-256 of bytes or a UTF-8 string, as lowercase hex. */
export function sha256Hex(input: Uint8Array | string): string {
  return createHash('sha256').update(input).digest('hex');
}
