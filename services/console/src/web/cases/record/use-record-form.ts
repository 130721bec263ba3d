import { useId, useRef, useState, type FormEvent } from 'react';
import type { CombinedError } from 'urql';
import { errorOf } from '../../api/errors.js';
import { fieldOf, type Checked, type FieldProblems } from './field-errors.js';
import { attemptFor, type Attempt } from './idempotency.js';

/** What a mutation answered, as far as a form reads it (urql's OperationResult is one). */
export interface SendResult<D> {
  readonly data?: D | null | undefined;
  readonly error?: CombinedError | undefined;
}

/** What the last attempt recorded: the answer (with its hits) and the line that says so. */
export interface Recorded<D> {
  readonly data: D;
  readonly line: string;
}

export interface RecordFormOptions<V extends Record<string, string>, I, D> {
  readonly initial: V;
  /** The fields the form shows, by input path: a refusal naming one is shown beside it. */
  readonly fields: readonly string[];
  readonly check: (values: V) => Checked<I>;
  /** Sends the checked input with this attempt's idempotency key (a form whose input takes none ignores it). */
  readonly send: (input: I, idempotencyKey: string) => Promise<SendResult<D>>;
  /** The success line, e.g. "Recorded phone +447700900123". */
  readonly line: (data: D, input: I) => string;
  readonly onRecorded?: (data: D) => void;
}

/**
 * A record form's state: its values, what is wrong with which field (the form's own checks, then
 * the service's refusal, by `extensions.field`), one idempotency key per request however often it is
 * sent, and, once recorded, the answer and a reset form.
 */
export function useRecordForm<V extends Record<string, string>, I, D>(options: RecordFormOptions<V, I, D>) {
  const prefix = useId();
  const [values, setValues] = useState<V>(options.initial);
  const [problems, setProblems] = useState<FieldProblems>({});
  const [error, setError] = useState<CombinedError | undefined>(undefined);
  const [busy, setBusy] = useState(false);
  const [recorded, setRecorded] = useState<Recorded<D> | null>(null);
  const attempt = useRef<Attempt | null>(null);

  const refusal = errorOf(error);
  const refusedField = fieldOf(refusal, options.fields);
  const id = (name: string) => `${prefix}-${name.replace(/\W/g, '-')}`;
  const focus = (name: string) => document.getElementById(id(name))?.focus();

  const submit = async (event?: FormEvent) => {
    event?.preventDefault();
    if (busy) return;
    const outcome = options.check(values);
    if (outcome.problems !== null) {
      const found = outcome.problems;
      setProblems(found);
      const first = options.fields.find((name) => found[name] !== undefined);
      if (first !== undefined) focus(first);
      return;
    }
    setProblems({});
    const input = outcome.input;
    attempt.current = attemptFor(attempt.current, input, () => crypto.randomUUID());
    setBusy(true);
    setError(undefined);
    setRecorded(null);
    const result = await options.send(input, attempt.current.key);
    setBusy(false);
    setError(result.error);
    if (result.data !== undefined && result.data !== null) {
      attempt.current = null;
      setValues(options.initial);
      setRecorded({ data: result.data, line: options.line(result.data, input) });
      options.onRecorded?.(result.data);
      return;
    }
    const field = fieldOf(errorOf(result.error), options.fields);
    if (field !== null) focus(field);
  };

  return {
    values,
    busy,
    recorded,
    id,
    /** The refusal when it names no field of the form: shown for the whole form. */
    formError: refusedField === null ? error : undefined,
    /** True when a refusal is shown beside a field. */
    fieldRefused: refusedField !== null,
    set: (name: keyof V & string, value: string) => setValues((all) => ({ ...all, [name]: value })),
    problem: (name: string): string | null => problems[name] ?? (refusedField === name && refusal !== null ? refusal.message : null),
    /** Forgets what was wrong, e.g. when the form changes what it records. */
    clear: () => {
      setProblems({});
      setError(undefined);
    },
    submit,
  };
}

/** What a field needs of its form (the form returned by useRecordForm). */
export interface FieldHost {
  readonly values: Readonly<Record<string, string>>;
  id(name: string): string;
  problem(name: string): string | null;
  set(name: string, value: string): void;
}
