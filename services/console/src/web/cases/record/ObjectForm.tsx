import { useId, useState } from 'react';
import { useMutation } from 'urql';
import { Problem } from '../../ui/states.js';
import { Outcome, SelectField, TextField } from './Fields.js';
import { hitSelection, type Hit } from './hits.js';
import { emptyObject, objectFields, objectInput, type ObjectInput, type ObjectKind } from './inputs.js';
import { KnownElsewhere } from './KnownElsewhere.js';
import { nameOf, personChoices, type CasePerson } from './people.js';
import { useRecordForm, type SendResult } from './use-record-form.js';

const RecordPhone = `mutation RecordPhone($input: RecordPhoneInput!) { recordPhone(input: $input) { phone { id number handsets } ${hitSelection} } }`;
const RecordVehicle = `mutation RecordVehicle($input: RecordVehicleInput!) { recordVehicle(input: $input) { vehicle { id vrm make model colour } ${hitSelection} } }`;
const RecordEmail = `mutation RecordEmailAddress($input: RecordEmailAddressInput!) { recordEmailAddress(input: $input) { emailAddress { id address } ${hitSelection} } }`;

interface PhoneData {
  recordPhone: { phone: { id: string; number: string; handsets: string[] }; hits: Hit[] };
}
interface VehicleData {
  recordVehicle: { vehicle: { id: string; vrm: string; make: string | null; model: string | null; colour: string | null }; hits: Hit[] };
}
interface EmailData {
  recordEmailAddress: { emailAddress: { id: string; address: string }; hits: Hit[] };
}
type ObjectData = Partial<PhoneData & VehicleData & EmailData>;
type Keyed<I> = { input: I & { idempotencyKey: string } };

const kinds: { kind: ObjectKind; label: string }[] = [
  { kind: 'phone', label: 'Phone' },
  { kind: 'vehicle', label: 'Vehicle' },
  { kind: 'email', label: 'Email address' },
];

/** The value recorded, as the service normalised it, with what it is: "phone +447700900123". */
export function recordedValue(data: ObjectData): string {
  if (data.recordPhone) return `phone ${data.recordPhone.phone.number}`;
  if (data.recordVehicle) return `vehicle ${data.recordVehicle.vehicle.vrm}`;
  if (data.recordEmailAddress) return `email address ${data.recordEmailAddress.emailAddress.address}`;
  return 'it';
}

/** Records a phone, vehicle or email address in the case, optionally as a person's in it. */
export function ObjectForm({ caseId, people }: { caseId: string; people: readonly CasePerson[] }) {
  const kindName = useId();
  const [kind, setKind] = useState<ObjectKind>('phone');
  const [, phone] = useMutation<PhoneData, Keyed<Extract<ObjectInput, { kind: 'phone' }>['input']>>(RecordPhone);
  const [, vehicle] = useMutation<VehicleData, Keyed<Extract<ObjectInput, { kind: 'vehicle' }>['input']>>(RecordVehicle);
  const [, email] = useMutation<EmailData, Keyed<Extract<ObjectInput, { kind: 'email' }>['input']>>(RecordEmail);
  const form = useRecordForm({
    initial: emptyObject,
    fields: objectFields,
    check: (values) => objectInput(caseId, kind, values),
    send: async (checked: ObjectInput, idempotencyKey): Promise<SendResult<ObjectData>> => {
      switch (checked.kind) {
        case 'phone':
          return phone({ input: { ...checked.input, idempotencyKey } });
        case 'vehicle':
          return vehicle({ input: { ...checked.input, idempotencyKey } });
        case 'email':
          return email({ input: { ...checked.input, idempotencyKey } });
      }
    },
    line: (data: ObjectData, checked: ObjectInput) => {
      const holder = nameOf(people, checked.input.personId);
      return `Recorded ${recordedValue(data)}${holder !== null ? ` as ${holder}’s` : ''}.`;
    },
  });
  const answer = form.recorded?.data;
  const hits = answer?.recordPhone?.hits ?? answer?.recordVehicle?.hits ?? answer?.recordEmailAddress?.hits;
  const ownerLabel = { phone: 'Who has it', vehicle: 'Keeper', email: 'Who uses it' }[kind];

  return (
    <div className="record-form record-object">
      <form onSubmit={(event) => void form.submit(event)} noValidate aria-label="Record a phone, vehicle or email address">
        <fieldset className="object-kind">
          <legend>What to record</legend>
          {kinds.map((option) => (
            <label key={option.kind} className="choice" htmlFor={`${kindName}-${option.kind}`}>
              <input
                id={`${kindName}-${option.kind}`}
                type="radio"
                name={kindName}
                value={option.kind}
                checked={kind === option.kind}
                onChange={() => {
                  setKind(option.kind);
                  form.clear();
                }}
              />{' '}
              {option.label}
            </label>
          ))}
        </fieldset>
        {kind === 'phone' ? (
          <>
            <TextField form={form} name="number" label="Phone number" required hint="As written, e.g. 07700 900123 or +44 7700 900123." inputMode="tel" />
            <TextField form={form} name="imei" label="Handset IMEI" hint="15 digits." inputMode="numeric" />
          </>
        ) : null}
        {kind === 'vehicle' ? (
          <>
            <TextField form={form} name="vrm" label="Registration mark (VRM)" required hint="e.g. AB12 CDE." />
            <TextField form={form} name="make" label="Make" />
            <TextField form={form} name="model" label="Model" />
            <TextField form={form} name="colour" label="Colour" />
          </>
        ) : null}
        {kind === 'email' ? <TextField form={form} name="address" label="Email address" required inputMode="email" /> : null}
        <SelectField form={form} name="personId" label={ownerLabel} choices={personChoices(people)} none="No one in particular" />
        <Problem error={form.formError} retry={() => void form.submit()} />
        <div className="buttons">
          <button type="submit" disabled={form.busy}>
            {form.busy ? 'Recording…' : `Record ${kinds.find((option) => option.kind === kind)?.label.toLowerCase() ?? 'it'}`}
          </button>
        </div>
      </form>
      <Outcome line={form.recorded?.line ?? null} refusedField={form.fieldRefused} />
      {answer !== undefined && hits !== undefined ? <KnownElsewhere what={capitalised(recordedValue(answer))} hits={hits} /> : null}
    </div>
  );
}

function capitalised(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
