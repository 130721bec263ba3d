import { useId, useState, type FormEvent } from 'react';
import type { FieldProblems } from '../cases/record/field-errors.js';
import { titleCase } from '../ui/format.js';
import { auditFilterOf, auditOperations, emptyAuditFilter, type AuditEventFilter, type AuditFilterValues } from './audit-filter.js';

type Name = keyof AuditFilterValues;

/** The trail's filters, one per AuditEventFilter field, applied when submitted. */
export function AuditFilters({ onApply }: { onApply: (filter: AuditEventFilter) => void }) {
  const prefix = useId();
  const [values, setValues] = useState<AuditFilterValues>(emptyAuditFilter);
  const [problems, setProblems] = useState<FieldProblems>({});
  const id = (name: Name) => `${prefix}-${name}`;
  const set = (name: Name, value: string) => setValues((all) => ({ ...all, [name]: value }));

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const outcome = auditFilterOf(values);
    if (outcome.problems !== null) {
      const found = outcome.problems;
      setProblems(found);
      const first = (Object.keys(emptyAuditFilter) as Name[]).find((name) => found[name] !== undefined);
      if (first !== undefined) document.getElementById(id(first))?.focus();
      return;
    }
    setProblems({});
    onApply(outcome.input);
  };
  const clear = () => {
    setValues(emptyAuditFilter);
    setProblems({});
    onApply({});
  };

  /** The attributes tying a control to its hint and its problem. */
  const control = (name: Name, hint?: boolean) => {
    const ids = [hint ? `${id(name)}-hint` : null, problems[name] !== undefined ? `${id(name)}-problem` : null].filter((x) => x !== null);
    return {
      id: id(name),
      name,
      value: values[name],
      'aria-invalid': problems[name] !== undefined,
      ...(ids.length > 0 ? { 'aria-describedby': ids.join(' ') } : {}),
      onChange: (event: { target: { value: string } }) => set(name, event.target.value),
    };
  };
  const problem = (name: Name) =>
    problems[name] !== undefined ? (
      <p id={`${id(name)}-problem`} className="field-problem">
        {problems[name]}
      </p>
    ) : null;

  return (
    <form className="audit-filters" onSubmit={submit} noValidate aria-label="Filter the audit trail">
      <div className="audit-filter-fields">
        <div className="field">
          <label htmlFor={id('username')}>Username</label>
          <input {...control('username')} type="text" autoComplete="off" />
          {problem('username')}
        </div>
        <div className="field">
          <label htmlFor={id('force')}>Force of the user</label>
          <input {...control('force')} type="text" autoComplete="off" size={6} />
          {problem('force')}
        </div>
        <div className="field">
          <label htmlFor={id('record')}>Record id</label>
          <p id={`${id('record')}-hint`} className="hint">
            The id, or Label:id as listed.
          </p>
          <input {...control('record', true)} type="text" autoComplete="off" />
          {problem('record')}
        </div>
        <div className="field">
          <label htmlFor={id('operation')}>Operation</label>
          <select {...control('operation')}>
            <option value="">Any operation</option>
            {auditOperations.map((operation) => (
              <option key={operation} value={operation}>
                {titleCase(operation)}
              </option>
            ))}
          </select>
          {problem('operation')}
        </div>
        <div className="field">
          <label htmlFor={id('from')}>From</label>
          <p id={`${id('from')}-hint`} className="hint">
            Your local time; this instant on.
          </p>
          <input {...control('from', true)} type="datetime-local" />
          {problem('from')}
        </div>
        <div className="field">
          <label htmlFor={id('to')}>To</label>
          <p id={`${id('to')}-hint`} className="hint">
            Your local time; up to, not including.
          </p>
          <input {...control('to', true)} type="datetime-local" />
          {problem('to')}
        </div>
        <div className="field audit-filter-purpose">
          <label htmlFor={id('purpose')}>Purpose contains</label>
          <input {...control('purpose')} type="text" autoComplete="off" />
          {problem('purpose')}
        </div>
      </div>
      <div className="buttons">
        <button type="button" className="secondary" onClick={clear}>
          Clear filters
        </button>
        <button type="submit">Apply filters</button>
      </div>
    </form>
  );
}
