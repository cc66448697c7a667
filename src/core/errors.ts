// One error family for the whole tool: a stable code, an HTTP-ish status, a message a user can act on.

export type ErrorCode =
  | 'bad_input'
  | 'unauthorized'
  | 'forbidden'
  | 'rate_limited'
  | 'not_found'
  | 'method_not_allowed'
  | 'unreadable'
  | 'unsupported'
  | 'too_large'
  | 'network'
  | 'storage'
  | 'internal';

const STATUS: Record<ErrorCode, number> = {
  bad_input: 400,
  unauthorized: 401,
  forbidden: 403,
  rate_limited: 429,
  not_found: 404,
  method_not_allowed: 405,
  unreadable: 422,
  unsupported: 415,
  too_large: 413,
  network: 502,
  storage: 500,
  internal: 500,
};

export class VigieError extends Error {
  readonly code: ErrorCode;
  readonly status: number;
  constructor(code: ErrorCode, message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'VigieError';
    this.code = code;
    this.status = STATUS[code];
  }
}

/** A one-line reason for any thrown value, safe to print (control characters stripped, length capped). */
export function reasonOf(err: unknown): string {
  const raw = err instanceof Error ? err.message : String(err);
  return safeLine(raw);
}

const CONTROL = /[\u0000-\u001f\u007f-\u009f\u2028\u2029]+/g;
const DEFAULT_MAX_LINE = 300;

/** Untrusted text made safe for one terminal/log line: no control characters (escape sequences), capped. */
export function safeLine(text: string, max = DEFAULT_MAX_LINE): string {
  const flat = text.replace(CONTROL, ' ').trim();
  return flat.length > max ? flat.slice(0, max - 1) + '…' : flat;
}
