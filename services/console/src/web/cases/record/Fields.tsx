import type { ReactNode } from 'react';
import type { FieldHost } from './use-record-form.js';

interface FieldProps {
  readonly form: FieldHost;
  /** The input path of the field, e.g. identifiers.niNumber. */
  readonly name: string;
  readonly label: string;
  readonly hint?: string;
  readonly required?: boolean;
}

/** The ids a field's hint and problem take, and the attributes that tie them to the control. */
function described(form: FieldHost, name: string, hint: string | undefined) {
  const problem = form.problem(name);
  const ids = [hint !== undefined ? `${form.id(name)}-hint` : null, problem !== null ? `${form.id(name)}-problem` : null].filter((x) => x !== null);
  return {
    problem,
    attributes: {
      id: form.id(name),
      name,
      'aria-invalid': problem !== null,
      ...(ids.length > 0 ? { 'aria-describedby': ids.join(' ') } : {}),
    },
  };
}

function Frame({ form, name, label, hint, required, problem, children }: FieldProps & { problem: string | null; children: ReactNode }) {
  return (
    <div className="field">
      <label htmlFor={form.id(name)}>
        {label}
        {required ? null : <span className="optional"> (optional)</span>}
      </label>
      {hint !== undefined ? (
        <p id={`${form.id(name)}-hint`} className="hint">
          {hint}
        </p>
      ) : null}
      {children}
      {problem !== null ? (
        <p id={`${form.id(name)}-problem`} className="field-problem">
          {problem}
        </p>
      ) : null}
    </div>
  );
}

export function TextField(
  props: FieldProps & { readonly multiline?: boolean; readonly autoComplete?: string; readonly inputMode?: 'text' | 'tel' | 'email' | 'numeric' },
) {
  const { form, name, hint, required, multiline, autoComplete, inputMode } = props;
  const { problem, attributes } = described(form, name, hint);
  const common = {
    ...attributes,
    value: form.values[name] ?? '',
    required: required === true,
    onChange: (event: { target: { value: string } }) => form.set(name, event.target.value),
  };
  return (
    <Frame {...props} problem={problem}>
      {multiline ? (
        <textarea {...common} rows={3} />
      ) : (
        <input {...common} type="text" {...(autoComplete !== undefined ? { autoComplete } : {})} {...(inputMode !== undefined ? { inputMode } : {})} />
      )}
    </Frame>
  );
}

export interface Choice {
  readonly value: string;
  readonly label: string;
}

export function SelectField(props: FieldProps & { readonly choices: readonly Choice[]; readonly none: string }) {
  const { form, name, hint, required, choices, none } = props;
  const { problem, attributes } = described(form, name, hint);
  return (
    <Frame {...props} problem={problem}>
      <select {...attributes} value={form.values[name] ?? ''} required={required === true} onChange={(event) => form.set(name, event.target.value)}>
        <option value="">{none}</option>
        {choices.map((choice) => (
          <option key={choice.value} value={choice.value}>
            {choice.label}
          </option>
        ))}
      </select>
    </Frame>
  );
}

/** The line under a form: what was recorded, or why it was not (a live region, so either is announced). */
export function Outcome({ line, refusedField }: { line: string | null; refusedField: boolean }) {
  return (
    <div className="record-outcome" role="status">
      {refusedField ? <p className="state problem">Not recorded: see the marked field.</p> : null}
      {line !== null ? <p className="state done success">{line}</p> : null}
    </div>
  );
}
