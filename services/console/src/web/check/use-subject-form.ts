import { useCallback, useEffect, useId, useRef, useState, type FormEvent } from 'react';
import { useMutation } from 'urql';
import { errorOf } from '../api/errors.js';
import { usePurpose } from '../api/purpose.js';
import { fieldOf, type FieldProblems } from '../cases/record/field-errors.js';
import { subjectCheckSelection, type SubjectCheckAnswer } from './subject-answer.js';
import { emptySubject, subjectCheckInput, subjectFields, type SubjectCheckInput, type SubjectValues } from './subject-input.js';

const CheckSubject = `mutation CheckSubject($input: SubjectCheckInput!) { checkSubject(input: $input) { ${subjectCheckSelection} } }`;

interface CheckSubjectData {
  checkSubject: SubjectCheckAnswer;
}
interface CheckSubjectVariables {
  input: SubjectCheckInput;
}

/**
 * The subject check form: its values (kept after an answer, so a detective can check the next
 * identifier for the same reason), what is wrong with which field (the form's own checks, then the
 * service's refusal by `extensions.field`), and the answer. A check refused for the want of a
 * purpose wrote nothing and alerted nobody: once a purpose is stated it is asked again.
 */
export function useSubjectForm() {
  const prefix = useId();
  const [values, setValues] = useState<SubjectValues>(emptySubject);
  const [problems, setProblems] = useState<FieldProblems>({});
  const [{ data, error, fetching }, check] = useMutation<CheckSubjectData, CheckSubjectVariables>(CheckSubject);
  const [shownError, setShownError] = useState(true);
  const sent = useRef<SubjectCheckInput | null>(null);

  const refusal = shownError ? errorOf(error) : null;
  const refusedField = fieldOf(refusal, subjectFields);
  const id = useCallback((name: string) => `${prefix}-${name.replace(/\W/g, '-')}`, [prefix]);
  const focus = useCallback((name: string) => document.getElementById(id(name))?.focus(), [id]);

  const send = useCallback(
    async (input: SubjectCheckInput) => {
      sent.current = input;
      setShownError(true);
      const result = await check({ input });
      const field = fieldOf(errorOf(result.error), subjectFields);
      if (field !== null) focus(field);
    },
    [check, focus],
  );

  const { purpose } = usePurpose();
  const seenPurpose = useRef(purpose);
  const refusedForPurpose = refusal?.code === 'PURPOSE_REQUIRED';
  useEffect(() => {
    if (seenPurpose.current === purpose) return;
    seenPurpose.current = purpose;
    if (purpose !== null && refusedForPurpose && sent.current !== null) void send(sent.current);
  }, [purpose, refusedForPurpose, send]);

  /** Forgets what was wrong, e.g. when the kind of subject changes. */
  const clear = () => {
    setProblems({});
    setShownError(false);
  };

  const submit = async (event?: FormEvent) => {
    event?.preventDefault();
    if (fetching) return;
    const outcome = subjectCheckInput(values, new Date());
    if (outcome.problems !== null) {
      const found = outcome.problems;
      setProblems(found);
      const first = subjectFields.find((name) => found[name] !== undefined);
      if (first !== undefined) focus(first);
      return;
    }
    setProblems({});
    await send(outcome.input);
  };

  return {
    values,
    busy: fetching,
    /** The last answer; it stays while the form is changed, naming the value it was about. */
    answer: data?.checkSubject,
    id,
    /** The refusal when it names no field of the form: shown for the whole form. */
    formError: refusedField === null && shownError ? error : undefined,
    set: (name: string, value: string) => {
      setValues((all) => ({ ...all, [name]: value }));
      // Another kind of subject asks other fields: what was wrong with the last no longer applies.
      if (name === 'kind') clear();
    },
    problem: (name: string): string | null => problems[name] ?? (refusedField === name && refusal !== null ? refusal.message : null),
    submit,
  };
}
