import { ForceBadge } from '../../ui/Badge.js';
import { formatDate } from '../../ui/format.js';
import { Empty } from '../../ui/states.js';
import type { Share } from './case-data.js';
import { Section } from './Section.js';

/** The forces the case is shared with besides its own, and why: their officers see it and everything linked to it. */
export function CaseShares({ shares, force, own }: { shares: Share[]; force: string; own: string }) {
  return (
    <Section id="case-shares" title="Shared with" className="case-shares">
      {shares.length === 0 ? (
        <Empty>Not shared with another force. Besides {force}, only the hub and the forces of an operation it is joined to may see it.</Empty>
      ) : (
        <table className="list shares">
          <thead>
            <tr>
              <th scope="col">Force</th>
              <th scope="col">Why</th>
              <th scope="col">Shared by</th>
              <th scope="col">Since</th>
            </tr>
          </thead>
          <tbody>
            {shares.map((share) => (
              <tr key={share.force.code}>
                <th scope="row">
                  <ForceBadge code={share.force.code} own={own} /> {share.force.name}
                </th>
                <td>{share.reason}</td>
                <td>{share.sharedBy}</td>
                <td>{formatDate(share.sharedAt)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </Section>
  );
}
