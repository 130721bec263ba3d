import type { CrosslinkProblem } from '../../api/errors.js';

/** What is wrong with a form's fields, by field name (the input's path without `input.`). */
export type FieldProblems = Readonly<Record<string, string>>;

/** A form's values checked: the input to send, or what to fix first. */
export type Checked<I> = { readonly input: I; readonly problems: null } | { readonly input: null; readonly problems: FieldProblems };

export function checked<I>(input: I, problems: Record<string, string>): Checked<I> {
  return Object.keys(problems).length === 0 ? { input, problems: null } : { input: null, problems };
}

/**
 * The form field a service's refusal names (`extensions.field`, e.g. `input.identifiers.niNumber`
 * or `input.vulnerabilities[2]`), among the fields the form shows; null when it names none of them
 * (e.g. `input.caseId`), so the refusal is shown for the whole form.
 */
export function fieldOf(problem: CrosslinkProblem | null, names: readonly string[]): string | null {
  if (problem === null || problem.field === undefined) return null;
  const path = problem.field.startsWith('input.') ? problem.field.slice('input.'.length) : problem.field;
  let found: string | null = null;
  for (const name of names) {
    const fits = path === name || path.startsWith(`${name}.`) || path.startsWith(`${name}[`);
    if (fits && (found === null || name.length > found.length)) found = name;
  }
  return found;
}
