import { SelectField, TextField } from '../cases/record/Fields.js';
import { Problem } from '../ui/states.js';
import './check.css';
import { answerHeadline } from './subject-answer.js';
import { SubjectAnswer, subjectInWords } from './SubjectAnswer.js';
import { kindChoice, REASON_MAX, REASON_MIN, subjectKinds } from './subject-input.js';
import { useSubjectForm } from './use-subject-form.js';

const kindChoices = subjectKinds.map((choice) => ({ value: choice.kind, label: choice.label }));

/**
 * Asks whether a subject — a person, phone, vehicle, address, identifier… — is known anywhere in
 * Crosslink: discovery without disclosure. The answer names the cases the officer may see; for the
 * rest only the force and its officer in charge, who is told who asked and why.
 */
export function SubjectCheck() {
  const form = useSubjectForm();
  const choice = kindChoice(form.values.kind);
  const answer = form.answer;
  return (
    <div className="subject-check">
      <section aria-labelledby="check-title">
        <div className="page-head">
          <h1 id="check-title">Check a subject</h1>
        </div>
        <p className="muted check-intro">
          Ask whether a person, phone, vehicle, address or identifier is known to any force. You see the cases you may see; for any other, only its force and
          officer in charge, who is told that you asked and why.
        </p>
        <form className="record-form check-form" onSubmit={(event) => void form.submit(event)} noValidate aria-label="Check a subject">
          <SelectField form={form} name="kind" label="What to check" choices={kindChoices} none="Choose a kind of subject" required />
          {choice?.kind === 'PERSON' ? (
            <fieldset className="check-person">
              <legend>The person</legend>
              <TextField form={form} name="person.forenames" label="Forenames" required autoComplete="off" />
              <TextField form={form} name="person.surname" label="Surname" required autoComplete="off" />
              <TextField
                form={form}
                name="person.dateOfBirth"
                label="Date of birth"
                required
                hint="YYYY-MM-DD, or YYYY-MM or YYYY when only that much is known."
                autoComplete="off"
              />
            </fieldset>
          ) : (
            <TextField
              form={form}
              name="value"
              label={choice?.valueLabel ?? 'Value'}
              required
              autoComplete="off"
              {...(choice?.hint !== undefined ? { hint: choice.hint } : {})}
              {...(choice?.inputMode !== undefined ? { inputMode: choice.inputMode } : {})}
            />
          )}
          <TextField
            form={form}
            name="reason"
            label="Why you ask"
            required
            multiline
            hint={`The officer in charge of any case holding it that you may not see is told, with your name. ${REASON_MIN} to ${REASON_MAX} characters.`}
          />
          <Problem error={form.formError} retry={() => void form.submit()} />
          <div className="buttons">
            <button type="submit" disabled={form.busy}>
              {form.busy ? 'Checking…' : 'Check'}
            </button>
          </div>
        </form>
        <div className="check-outcome" role="status">
          {answer !== undefined ? <p className="check-headline">{answerHeadline(subjectInWords(answer), answer)}</p> : null}
        </div>
      </section>
      {answer !== undefined ? <SubjectAnswer answer={answer} /> : null}
    </div>
  );
}
