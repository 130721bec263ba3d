import { useState } from 'react';
import { useCrosslinkQuery } from '../../api/use-query.js';
import { Loading, Problem } from '../../ui/states.js';
import { AddressForm } from './AddressForm.js';
import { EventForm } from './EventForm.js';
import { ObjectForm } from './ObjectForm.js';
import { peopleOf, type PeopleData } from './people.js';
import { PersonForm } from './PersonForm.js';

// Case participants have no key, so the cache keeps them by their place in the list: asking for
// every field of theirs the case page shows (since, childWhenRecorded) keeps a refreshed list from
// pairing one person with another's facts when a new name sorts in before them.
const CasePeopleQuery = `
  query RecordPanelPeople($reference: String!) {
    case(reference: $reference) { id people { role since childWhenRecorded person { id forenames surname } } }
  }
`;

type Kind = 'person' | 'object' | 'address' | 'event';
const kinds: { kind: Kind; label: string }[] = [
  { kind: 'person', label: 'A person' },
  { kind: 'object', label: 'A phone, vehicle or email' },
  { kind: 'address', label: 'An address' },
  { kind: 'event', label: 'An event' },
];

/**
 * Recording on a case of the officer's force: a person, an object (phone, vehicle, email address),
 * an address of one of its people, or an event. Each answer shows at once where else the value is
 * known, and lets the officer ask another force for a case they may not see. The forms stay mounted
 * when another is chosen, so an answer (and a request for access) is not lost by looking elsewhere.
 */
export function RecordPanel({ caseId, reference }: { caseId: string; reference: string }) {
  // Another case starts afresh: nothing typed or answered for one case is offered on the next.
  return <RecordForms key={caseId} caseId={caseId} reference={reference} />;
}

function RecordForms({ caseId, reference }: { caseId: string; reference: string }) {
  const [kind, setKind] = useState<Kind>('person');
  const [{ data, error, fetching }, reexecute] = useCrosslinkQuery<PeopleData>({
    query: CasePeopleQuery,
    variables: { reference },
    // The case page has read them already; asked again after a person is recorded.
    requestPolicy: 'cache-first',
  });
  const people = peopleOf(data);
  const refresh = () => reexecute({ requestPolicy: 'network-only' });

  return (
    <div className="record-panel">
      <div className="tabs record-kinds" role="group" aria-label={`What to record on ${reference}`}>
        {kinds.map((option) => (
          <button
            key={option.kind}
            type="button"
            className={option.kind === kind ? 'tab active' : 'tab'}
            aria-pressed={option.kind === kind}
            onClick={() => setKind(option.kind)}
          >
            {option.label}
          </button>
        ))}
      </div>
      <div hidden={kind !== 'person'}>
        <PersonForm caseId={caseId} onRecorded={refresh} />
      </div>
      <div hidden={kind !== 'object' && kind !== 'address'}>
        {fetching && data === undefined ? <Loading what="the case’s people" /> : null}
        <Problem error={error} retry={refresh} />
        {data !== undefined && data.case !== null && data.case.people === null ? (
          <p className="hint">The case’s people could not be read just now: you may still record without choosing one.</p>
        ) : null}
      </div>
      <div hidden={kind !== 'object'}>
        <ObjectForm caseId={caseId} people={people} />
      </div>
      <div hidden={kind !== 'address'}>
        <AddressForm caseId={caseId} people={people} />
      </div>
      <div hidden={kind !== 'event'}>
        <EventForm caseId={caseId} />
      </div>
    </div>
  );
}
