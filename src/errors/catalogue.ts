// The error catalogue: every error sitrep reports on purpose, with its HTTP status and CLI exit code.

export const EXIT = { ok: 0, failure: 1, usage: 2, partial: 3 } as const;

export const ERRORS = {
  usage: { status: 400, exit: EXIT.usage },
  not_found: { status: 404, exit: EXIT.failure },
  invalid_request: { status: 400, exit: EXIT.usage },
  unauthorized: { status: 401, exit: EXIT.failure },
  payload_too_large: { status: 413, exit: EXIT.failure },
  store_unavailable: { status: 503, exit: EXIT.failure },
  internal: { status: 500, exit: EXIT.failure },
} as const;
export type ErrorCode = keyof typeof ERRORS;

/** An expected error: a code from the catalogue and a one-line message for people. */
export class SitrepError extends Error {
  readonly code: ErrorCode;

  constructor(code: ErrorCode, message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'SitrepError';
    this.code = code;
  }

  get status(): number {
    return ERRORS[this.code].status;
  }

  get exitCode(): number {
    return ERRORS[this.code].exit;
  }
}

export function usageError(message: string): SitrepError {
  return new SitrepError('usage', message);
}
