import type { CombinedError } from 'urql';

/** The first error of an answer, as the catalog (docs/errors.md) names it. */
export interface CrosslinkProblem {
  readonly code: string;
  readonly message: string;
  readonly field?: string;
  readonly record?: string;
}

export function errorOf(error: CombinedError | undefined): CrosslinkProblem | null {
  if (error === undefined) return null;
  if (error.networkError !== undefined) return { code: 'NETWORK', message: 'The gateway could not be reached. Check your connection and try again.' };
  const first = error.graphQLErrors[0];
  if (first === undefined) return { code: 'INTERNAL', message: error.message };
  const extensions = first.extensions as { code?: string; field?: string; record?: string };
  return {
    code: extensions.code ?? 'INTERNAL',
    message: first.message,
    ...(extensions.field !== undefined ? { field: extensions.field } : {}),
    ...(extensions.record !== undefined ? { record: extensions.record } : {}),
  };
}

/** What a list left out because reading it needs a purpose (the answer's `extensions.withheld`). */
export interface Withheld {
  readonly count: number;
  readonly message: string;
}

export function withheldOf(extensions: Record<string, unknown> | undefined): Withheld | null {
  const withheld = extensions?.['withheld'] as { count?: unknown; message?: unknown } | undefined;
  if (withheld === undefined || typeof withheld.count !== 'number' || withheld.count === 0) return null;
  return { count: withheld.count, message: typeof withheld.message === 'string' ? withheld.message : `${withheld.count} records of other forces left out` };
}

/**
 * Why the console asks for a purpose, in the officer's words rather than the API's: what kind of
 * record of another force the view reached (`extensions.record`, e.g. `Case:<id>`).
 */
export function purposeReason(record: string | undefined): string {
  const kind = (record?.split(':')[0] ?? '').replace(/([a-z])([A-Z])/g, '$1 $2').toLowerCase();
  const what = kind === '' ? 'records' : `${/^[aeiou]/.test(kind) ? 'an' : 'a'} ${kind}`;
  return `This view reaches ${what} of another force.`;
}
