import { CrosslinkError } from '../errors/crosslink-error.js';

/**
 * The field a pure check refuses, when it refuses with VALIDATION_FAILED; fails the test when the
 * check accepts, and rethrows any other error.
 */
export function refusedField(check: () => unknown): string | undefined {
  try {
    check();
  } catch (error) {
    if (error instanceof CrosslinkError && error.code === 'VALIDATION_FAILED') return error.details.field;
    throw error;
  }
  throw new Error('expected VALIDATION_FAILED');
}
