// The ingest job payload: an InputItem as JSON (bytes as base64), and the checks that turn it back into one.
import type { InputFields } from '../../article/document.ts';
import { INPUT_KINDS, type InputItem, type InputKind } from '../../stages/read/input-item.ts';

/** What one queued ingest job carries: everything ingestItem needs, so a worker reads no local files. */
export interface IngestJobData {
  readonly format: 'sitrep.input.v1';
  readonly origin: string;
  readonly kind: InputKind;
  readonly contentType: string;
  /** The raw bytes, base64; null when reading failed. */
  readonly bytes: string | null;
  /** Body text already decoded (JSON records), else null. */
  readonly body: string | null;
  readonly fields: InputFields;
  readonly error: string | null;
}

/** A job that can never succeed however often it is retried (a malformed payload). */
export class InvalidJobError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'InvalidJobError';
  }
}

/** The job payload for one input. */
export function jobDataFromInput(item: InputItem): IngestJobData {
  return {
    format: 'sitrep.input.v1',
    origin: item.origin,
    kind: item.kind,
    contentType: item.contentType,
    bytes: item.bytes ? Buffer.from(item.bytes.buffer, item.bytes.byteOffset, item.bytes.byteLength).toString('base64') : null,
    body: item.body,
    fields: item.fields,
    error: item.error,
  };
}

/** The input a job carries. Throws InvalidJobError when the payload is not one jobDataFromInput made. */
export function inputFromJobData(data: unknown): InputItem {
  const d = data as Partial<IngestJobData> | null;
  if (!d || typeof d !== 'object' || d.format !== 'sitrep.input.v1') throw new InvalidJobError('job payload is not a sitrep.input.v1 ingest job');
  if (typeof d.origin !== 'string' || !d.origin) throw new InvalidJobError('job payload has no origin');
  if (!(INPUT_KINDS as readonly unknown[]).includes(d.kind)) throw new InvalidJobError(`job payload has unknown kind ${String(d.kind)}`);
  if (typeof d.contentType !== 'string') throw new InvalidJobError('job payload has no content type');
  if (d.bytes !== null && typeof d.bytes !== 'string') throw new InvalidJobError('job payload bytes are not base64 text');
  if (d.body !== null && typeof d.body !== 'string') throw new InvalidJobError('job payload body is not text');
  if (d.error !== null && typeof d.error !== 'string') throw new InvalidJobError('job payload error is not text');
  if (d.bytes === null && d.error === null) throw new InvalidJobError('job payload has neither bytes nor an error');
  if (!d.fields || typeof d.fields !== 'object') throw new InvalidJobError('job payload has no fields object');
  return {
    origin: d.origin,
    kind: d.kind as InputKind,
    contentType: d.contentType,
    bytes: d.bytes === null ? null : new Uint8Array(Buffer.from(d.bytes, 'base64')),
    body: d.body,
    fields: d.fields,
    error: d.error,
  };
}
