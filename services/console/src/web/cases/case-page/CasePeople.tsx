import type { SafeguardingReason } from '../../api/schema-enums.js';
import { Badge } from '../../ui/Badge.js';
import { formatDate, titleCase } from '../../ui/format.js';
import { Link } from '../../ui/Link.js';
import { Empty } from '../../ui/states.js';
import { personName, type Participant } from './case-data.js';
import { Section } from './Section.js';

const safeguardingWords: Record<string, string> = {
  CHILD: 'child',
  POSSIBLE_CHILD: 'possibly a child',
  VULNERABLE: 'vulnerable',
  NRM_VICTIM: 'NRM referral',
} satisfies Record<SafeguardingReason, string>;

/**
 * The people in the case, by surname, with their role and what every case must show of them
 * (safeguarding), and the way to the review queue of their possible records elsewhere.
 */
export function CasePeople({ caseId, people }: { caseId: string; people: Participant[] | null }) {
  return (
    <Section id="case-people" title="People" className="case-people">
      {people === null ? (
        <Empty>The people in this case could not be loaded just now (the entities service did not answer). Reload the page to try again.</Empty>
      ) : people.length === 0 ? (
        <Empty>No one is recorded in this case yet. Suspects, victims and witnesses recorded on it appear here.</Empty>
      ) : (
        <table className="list people">
          <thead>
            <tr>
              <th scope="col">Name</th>
              <th scope="col">Role</th>
              <th scope="col">In the case since</th>
              <th scope="col">Date of birth</th>
              <th scope="col">Safeguarding</th>
            </tr>
          </thead>
          <tbody>
            {people.map((participant) => (
              <PersonRow key={`${participant.person.id}-${participant.role}`} participant={participant} />
            ))}
          </tbody>
        </table>
      )}
      {people !== null && people.length > 0 ? (
        <p className="hint">
          <Link to={`/matches?case=${encodeURIComponent(caseId)}`}>Look for these people recorded elsewhere</Link>: possible matches, with why, to confirm or
          reject.
        </p>
      ) : null}
    </Section>
  );
}

function PersonRow({ participant }: { participant: Participant }) {
  const { person } = participant;
  const aliases = person.aliases.map(personName).filter((alias) => alias !== personName(person));
  return (
    <tr>
      <th scope="row">
        <span className="person-name">{personName(person)}</span>
        {aliases.length > 0 ? <span className="aliases">Also known as {aliases.join(', ')}</span> : null}
      </th>
      <td>{titleCase(participant.role)}</td>
      <td>{formatDate(participant.since)}</td>
      <td>
        {person.dateOfBirth ?? 'Not known'}
        {participant.childWhenRecorded === 'CHILD' ? (
          <>
            {' '}
            <Badge tone="warn" title="Under 18 when put in this case">
              Child when recorded
            </Badge>
          </>
        ) : null}
      </td>
      <td className="safeguarding">
        {person.safeguarding.flagged ? (
          <Badge tone="warn" title="Shown wherever this person appears, in every case and force">
            Safeguarding: {person.safeguarding.reasons.map((reason) => safeguardingWords[reason] ?? titleCase(reason)).join(', ')}
          </Badge>
        ) : (
          'None'
        )}
        {person.vulnerabilities.length > 0 ? <span className="vulnerabilities">{person.vulnerabilities.map(titleCase).join(', ')}</span> : null}
      </td>
    </tr>
  );
}
