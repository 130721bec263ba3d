import { useMutation } from 'urql';
import { Problem } from '../../ui/states.js';
import { Outcome, SelectField, TextField } from './Fields.js';
import { hitSelection, type Hit } from './hits.js';
import { addressFields, addressInput, emptyAddress, type AddressInput } from './inputs.js';
import { KnownElsewhere } from './KnownElsewhere.js';
import { nameOf, personChoices, type CasePerson } from './people.js';
import { useRecordForm } from './use-record-form.js';

// RecordAddressInput takes no idempotency key: recording an address the case already holds again
// answers with the same hits and alerts nobody twice.
const RecordAddress = `
  mutation RecordAddress($input: RecordAddressInput!) {
    recordAddress(input: $input) { location { id line1 line2 town postcode forceArea { code name } } ${hitSelection} }
  }
`;

interface RecordAddressData {
  recordAddress: {
    location: { id: string; line1: string; line2: string | null; town: string; postcode: string; forceArea: { code: string; name: string } | null };
    hits: Hit[];
  };
}

/** Records an address in the case, as the address of one of its people (or of the case alone). */
export function AddressForm({ caseId, people }: { caseId: string; people: readonly CasePerson[] }) {
  const [, record] = useMutation<RecordAddressData, { input: AddressInput }>(RecordAddress);
  const form = useRecordForm({
    initial: emptyAddress,
    fields: addressFields,
    check: (values) => addressInput(caseId, values),
    send: (input: AddressInput) => record({ input }),
    line: (data: RecordAddressData, input: AddressInput) => {
      const resident = nameOf(people, input.personId);
      return `Recorded ${placeOf(data)}${resident !== null ? ` as ${resident}’s address` : ''}.`;
    },
  });
  const answer = form.recorded?.data.recordAddress;

  return (
    <div className="record-form record-address">
      <form onSubmit={(event) => void form.submit(event)} noValidate aria-label="Record an address">
        <SelectField
          form={form}
          name="personId"
          label="Whose address"
          hint="A person of this case who lives there; record them first if they are not listed."
          choices={personChoices(people)}
          none="No one person: an address of the case"
        />
        <fieldset className="address">
          <legend>Address</legend>
          <TextField form={form} name="line1" label="Address line 1" required autoComplete="off" />
          <TextField form={form} name="line2" label="Address line 2" autoComplete="off" />
          <TextField form={form} name="town" label="Town" required autoComplete="off" />
          <TextField form={form} name="postcode" label="Postcode" required hint="Any case and spacing, e.g. B12 9QA." autoComplete="off" />
        </fieldset>
        <Problem error={form.formError} retry={() => void form.submit()} />
        <div className="buttons">
          <button type="submit" disabled={form.busy}>
            {form.busy ? 'Recording…' : 'Record address'}
          </button>
        </div>
      </form>
      <Outcome line={form.recorded?.line ?? null} refusedField={form.fieldRefused} />
      {answer !== undefined ? <KnownElsewhere what={placeOf(form.recorded?.data)} hits={answer.hits} /> : null}
    </div>
  );
}

function placeOf(data: RecordAddressData | undefined): string {
  const location = data?.recordAddress.location;
  if (location === undefined) return 'The address';
  const force = location.forceArea !== null ? ` (${location.forceArea.name} area)` : '';
  return `${location.line1}, ${location.town} ${location.postcode}${force}`;
}
