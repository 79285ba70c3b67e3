// Documents: what arrived, kept so every article can be re-derived and no input is ever lost.

export const DOCUMENT_STATUSES = ['processed', 'failed', 'duplicate', 'empty'] as const;
export type DocumentStatus = (typeof DOCUMENT_STATUSES)[number];

/** Fields an input record may carry besides its body (JSON/JSONL inputs, feeds). */
export interface InputFields {
  readonly url?: string | null;
  readonly title?: string | null;
  readonly outlet?: string | null;
  readonly published?: string | null;
  readonly synthetic?: boolean;
  /**
   * How many NUL characters (U+0000) were removed from the record's text and fields when it was read:
   * PostgreSQL text cannot hold them, so they are removed before either store sees the record.
   */
  readonly nulsRemoved?: number;
}

export interface DocumentRecord {
  readonly kind: 'document';
  /** SHA-256 of the raw bytes; for inputs that could not be read, of the origin and the error. */
  readonly id: string;
  /** A path (with "#n" for the n-th record of a JSON Lines file) or a URL. */
  readonly origin: string;
  readonly contentType: string;
  readonly fetchedAt: string;
  readonly status: DocumentStatus;
  /** One line saying why the document failed; null otherwise. */
  readonly error: string | null;
  readonly byteLength: number;
  /** The raw input, kept for re-derivation; null when it could not be read or was over the limit. */
  readonly raw: Uint8Array | null;
  readonly fields: InputFields;
}
