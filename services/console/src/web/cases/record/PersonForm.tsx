import { useState } from 'react';
import { useMutation } from 'urql';
import { Gender, PersonRole, Vulnerability } from '../../api/schema-enums.js';
import { titleCase } from '../../ui/format.js';
import { Problem } from '../../ui/states.js';
import { Outcome, SelectField, TextField } from './Fields.js';
import { hitSelection, type Hit } from './hits.js';
import { emptyPerson, personFields, personInput, type PersonInput } from './inputs.js';
import { KnownElsewhere } from './KnownElsewhere.js';
import { useRecordForm } from './use-record-form.js';

const RecordPerson = `
  mutation RecordPerson($input: RecordPersonInput!) {
    recordPerson(input: $input) { role childWhenRecorded person { id forenames surname dateOfBirth } ${hitSelection} }
  }
`;

interface RecordPersonData {
  recordPerson: {
    role: string;
    childWhenRecorded: string;
    person: { id: string; forenames: string; surname: string; dateOfBirth: string | null };
    hits: Hit[];
  };
}

const roles = Object.values(PersonRole);
const genders = Object.values(Gender);
const vulnerabilityKinds = Object.values(Vulnerability);
const identifiers: [name: string, label: string, hint?: string][] = [
  ['identifiers.pncId', 'PNC ID', 'YYYY/NNNNNNNA, with its check character'],
  ['identifiers.croNumber', 'CRO number', 'NNNNNN/YYA or SF YY/NNNNNNA'],
  ['identifiers.niNumber', 'National Insurance number', 'e.g. AB 12 34 56 C'],
  ['identifiers.passportNumber', 'Passport number'],
  ['identifiers.drivingLicence', 'Driving licence number'],
];
const choices = (values: string[]) => values.map((value) => ({ value, label: titleCase(value) }));

/** Records a new person in the case, with their role; the answer says where else they are known. */
export function PersonForm({ caseId, onRecorded }: { caseId: string; onRecorded: () => void }) {
  const [, record] = useMutation<RecordPersonData, { input: PersonInput & { idempotencyKey: string } }>(RecordPerson);
  const [vulnerabilities, setVulnerabilities] = useState<string[]>([]);
  const form = useRecordForm({
    initial: emptyPerson,
    fields: personFields,
    check: (values) => personInput(caseId, values, vulnerabilities, new Date()),
    send: (input: PersonInput, idempotencyKey) => record({ input: { ...input, idempotencyKey } }),
    line: (data: RecordPersonData) => {
      const { person, role, childWhenRecorded } = data.recordPerson;
      const child = childWhenRecorded === 'CHILD' ? ' They are a child: a safeguarding flag is on them.' : '';
      return `Recorded ${person.forenames} ${person.surname} as a ${titleCase(role).toLowerCase()}.${child}`;
    },
    onRecorded: () => {
      setVulnerabilities([]);
      onRecorded();
    },
  });
  const answer = form.recorded?.data.recordPerson;
  const vulnerabilityProblem = form.problem('vulnerabilities');

  return (
    <div className="record-form record-person">
      <form onSubmit={(event) => void form.submit(event)} noValidate aria-label="Record a person">
        <SelectField form={form} name="role" label="Role in the case" required choices={choices(roles)} none="Choose a role" />
        <fieldset className="name">
          <legend>Name</legend>
          <TextField form={form} name="forenames" label="Forenames" required autoComplete="off" />
          <TextField form={form} name="surname" label="Surname" required autoComplete="off" />
        </fieldset>
        <TextField form={form} name="dateOfBirth" label="Date of birth" hint="As far as known: 1986, 1986-10 or 1986-10-04." inputMode="numeric" />
        <SelectField form={form} name="gender" label="Gender" choices={choices(genders)} none="Not given" />
        <TextField form={form} name="nationality" label="Nationality" hint="Three-letter ISO 3166 code, e.g. GBR." />
        <fieldset className="identifiers">
          <legend>Identifiers (optional)</legend>
          {identifiers.map(([name, label, hint]) => (
            <TextField key={name} form={form} name={name} label={label} {...(hint !== undefined ? { hint } : {})} />
          ))}
        </fieldset>
        <fieldset
          className="vulnerabilities"
          aria-invalid={vulnerabilityProblem !== null}
          {...(vulnerabilityProblem !== null ? { 'aria-describedby': `${form.id('vulnerabilities')}-problem` } : {})}
        >
          <legend>Vulnerabilities (optional)</legend>
          {vulnerabilityKinds.map((kind) => (
            <label key={kind} className="check" htmlFor={`${form.id('vulnerabilities')}-${kind}`}>
              <input
                id={`${form.id('vulnerabilities')}-${kind}`}
                type="checkbox"
                checked={vulnerabilities.includes(kind)}
                onChange={(event) => setVulnerabilities((all) => (event.target.checked ? [...all, kind] : all.filter((one) => one !== kind)))}
              />{' '}
              {titleCase(kind)}
            </label>
          ))}
          {vulnerabilityProblem !== null ? (
            <p id={`${form.id('vulnerabilities')}-problem`} className="field-problem">
              {vulnerabilityProblem}
            </p>
          ) : null}
        </fieldset>
        <Problem error={form.formError} retry={() => void form.submit()} />
        <div className="buttons">
          <button type="submit" disabled={form.busy}>
            {form.busy ? 'Recording…' : 'Record person'}
          </button>
        </div>
      </form>
      <Outcome line={form.recorded?.line ?? null} refusedField={form.fieldRefused} />
      {answer !== undefined ? <KnownElsewhere what={`Someone matching ${answer.person.forenames} ${answer.person.surname}`} hits={answer.hits} /> : null}
    </div>
  );
}
