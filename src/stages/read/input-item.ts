// What reading an input yields: raw bytes with their origin, or a one-line reason they could not be read.
import type { InputFields } from '../../article/document.ts';

export const INPUT_KINDS = ['text', 'html', 'record'] as const;
export type InputKind = (typeof INPUT_KINDS)[number];

export interface InputItem {
  /** Path (with "#n" for the n-th record of a JSON/JSONL file) or URL. */
  readonly origin: string;
  /** 'text' plain text, 'html' markup; JSON records become one of those by their body field. */
  readonly kind: InputKind;
  readonly contentType: string;
  /** The bytes as read (decompressed); null when reading failed. */
  readonly bytes: Uint8Array | null;
  /** Body text already decoded (JSON records carry text in a string field). */
  readonly body: string | null;
  readonly fields: InputFields;
  /** One-line reason when the input could not be read; null when it could. */
  readonly error: string | null;
}

export function failedInput(origin: string, error: string, bytes: Uint8Array | null = null): InputItem {
  // An origin or reason quoting the input may hold NUL characters, which PostgreSQL text cannot store.
  const nul = /\u0000/g;
  return { origin: origin.replace(nul, ''), kind: 'text', contentType: 'application/octet-stream', bytes, body: null, fields: {}, error: error.replace(nul, '\u2400') };
}

/** `text` without its NUL characters (U+0000); `counter.count` grows by the number removed. */
export function withoutNuls(text: string, counter?: { count: number }): string {
  if (!text.includes('\u0000')) return text;
  const cleaned = text.replaceAll('\u0000', '');
  if (counter) counter.count += text.length - cleaned.length;
  return cleaned;
}
