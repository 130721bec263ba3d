import { ForceBadge } from '../../ui/Badge.js';
import { titleCase } from '../../ui/format.js';
import { Empty } from '../../ui/states.js';
import { personName, type Address, type AddressClaim, type Participant } from './case-data.js';
import { Claims, showClaims, type Claim } from './Claims.js';
import { Section } from './Section.js';

interface Place {
  address: Address;
  residents: { id: string; name: string; role: string }[];
}

/** Each address once, with the people of this case the cases you may see say live there. */
function placesOf(people: readonly Participant[]): Place[] {
  const places = new Map<string, Place>();
  for (const { person, role } of people) {
    for (const address of person.addresses ?? []) {
      const place = places.get(address.id) ?? { address, residents: [] };
      if (!place.residents.some((resident) => resident.id === person.id)) place.residents.push({ id: person.id, name: personName(person), role });
      places.set(address.id, place);
    }
  }
  return [...places.values()];
}

function addressText(address: { line1: string; line2: string | null; town: string }): string {
  return [address.line1, address.line2, address.town].filter((part) => part !== null && part !== '').join(', ');
}

function claimOf(claim: AddressClaim): Claim {
  return { force: claim.force, case: claim.case, text: addressText(claim), recordedBy: claim.recordedBy, recordedAt: claim.recordedAt };
}

/** The addresses of the case's people; where forces describe one differently, each force's description side by side. */
export function CaseAddresses({ people, own }: { people: Participant[] | null; own: string }) {
  const unreachable = people?.some((participant) => participant.person.addresses === null) ?? false;
  const places = placesOf(people ?? []);
  return (
    <Section id="case-addresses" title="Addresses" className="case-addresses">
      {unreachable ? <Empty>Some addresses could not be loaded just now (the locations service did not answer). Reload the page to try again.</Empty> : null}
      {places.length === 0 && !unreachable ? <Empty>No address is recorded for the people in this case.</Empty> : null}
      {places.length > 0 ? (
        <table className="list addresses">
          <thead>
            <tr>
              <th scope="col">Address</th>
              <th scope="col">Postcode</th>
              <th scope="col">Force area</th>
              <th scope="col">Lives there</th>
            </tr>
          </thead>
          <tbody>
            {places.map(({ address, residents }) => {
              const claims = address.claims.map(claimOf);
              return (
                <tr key={address.id}>
                  <th scope="row">
                    <span className="address">{addressText(address)}</span>
                    {showClaims(claims, own) ? <Claims claims={claims} own={own} label={`How each force records ${address.line1}`} /> : null}
                  </th>
                  <td>{address.postcode}</td>
                  <td>{address.forceArea !== null ? <ForceBadge code={address.forceArea.code} own={own} /> : '—'}</td>
                  <td>
                    <ul className="residents">
                      {residents.map((resident) => (
                        <li key={resident.id}>
                          {resident.name} <span className="role">({titleCase(resident.role).toLowerCase()})</span>
                        </li>
                      ))}
                    </ul>
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      ) : null}
    </Section>
  );
}
