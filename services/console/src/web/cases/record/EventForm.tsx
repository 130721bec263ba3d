import { useMutation } from 'urql';
import { EventKind } from '../../api/schema-enums.js';
import { titleCase } from '../../ui/format.js';
import { describeWhen } from './dates.js';
import { Problem } from '../../ui/states.js';
import { Outcome, SelectField, TextField } from './Fields.js';
import { emptyEvent, eventFields, eventInput, type EventInput } from './inputs.js';
import { useRecordForm } from './use-record-form.js';

const RecordEvent = `
  mutation RecordEvent($input: RecordEventInput!) {
    recordEvent(input: $input) { id kind description occurredAt occurredFrom precision recordedAt recordedBy }
  }
`;

interface RecordEventData {
  recordEvent: { id: string; kind: string; description: string; occurredAt: string; occurredFrom: string; precision: string };
}

const kinds = Object.values(EventKind);

/** Records something that happened in the case, when it happened as far as it is known. */
export function EventForm({ caseId }: { caseId: string }) {
  const [, record] = useMutation<RecordEventData, { input: EventInput & { idempotencyKey: string } }>(RecordEvent);
  const form = useRecordForm({
    initial: emptyEvent,
    fields: eventFields,
    check: (values) => eventInput(caseId, values, new Date()),
    send: (input: EventInput, idempotencyKey) => record({ input: { ...input, idempotencyKey } }),
    line: ({ recordEvent: event }: RecordEventData) => {
      const kind = titleCase(event.kind).toLowerCase();
      return `Recorded ${/^[aeiou]/.test(kind) ? 'an' : 'a'} ${kind} (${describeWhen(event.occurredFrom, event.precision)}) on the case’s timeline.`;
    },
  });

  return (
    <div className="record-form record-event">
      <form onSubmit={(event) => void form.submit(event)} noValidate aria-label="Record an event">
        <SelectField
          form={form}
          name="kind"
          label="What happened"
          required
          choices={kinds.map((value) => ({ value, label: titleCase(value) }))}
          none="Choose a kind"
        />
        <TextField form={form} name="description" label="Description" required multiline />
        <TextField
          form={form}
          name="occurredAt"
          label="When"
          required
          hint="As far as known: 2026, 2026-03, 2026-03-14 or a time such as 2026-03-14T09:30Z. Not in the future."
        />
        <Problem error={form.formError} retry={() => void form.submit()} />
        <div className="buttons">
          <button type="submit" disabled={form.busy}>
            {form.busy ? 'Recording…' : 'Record event'}
          </button>
        </div>
      </form>
      <Outcome line={form.recorded?.line ?? null} refusedField={form.fieldRefused} />
    </div>
  );
}
