import { errorCatalog, type ErrorCode } from './catalog.js';

export interface ErrorDetails {
  /** Path of the input field at fault, e.g. `input.postcode`. */
  readonly field?: string;
  readonly [key: string]: unknown;
}

/**
 * The one error type services and repositories throw for expected outcomes. It carries a catalog
 * code and optional details (such as the input field at fault) that reach the client as GraphQL
 * `extensions`. Anything else thrown is a bug and reaches the client as INTERNAL, without detail.
 */
export class CrosslinkError extends Error {
  readonly code: ErrorCode;
  readonly details: ErrorDetails;

  constructor(code: ErrorCode, message?: string, details: ErrorDetails = {}, options?: { cause?: unknown }) {
    super(message ?? errorCatalog[code].message, options);
    this.name = 'CrosslinkError';
    this.code = code;
    this.details = details;
  }

  get category(): 'client' | 'server' {
    return errorCatalog[this.code].category;
  }
}

export function validationError(field: string, message: string): CrosslinkError {
  return new CrosslinkError('VALIDATION_FAILED', message, { field });
}

export function isCrosslinkError(value: unknown): value is CrosslinkError {
  return value instanceof CrosslinkError;
}
