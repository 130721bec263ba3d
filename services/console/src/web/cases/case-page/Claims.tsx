import { ForceBadge } from '../../ui/Badge.js';
import { Link } from '../../ui/Link.js';
import { formatDate } from '../../ui/format.js';
import type { CaseRef, ForceRef } from './case-data.js';

/** What one case says of a record, as its force recorded it. */
export interface Claim {
  force: ForceRef;
  case: CaseRef | null;
  /** The record as that case describes it, in words. */
  text: string;
  recordedBy: string;
  recordedAt: string;
}

/** Claims are worth showing beside the record when another force says something of it, or several cases do. */
export function showClaims(claims: readonly Claim[], own: string): boolean {
  return claims.length > 1 || claims.some((claim) => claim.force.code !== own);
}

/** Each force's own description of a record, side by side: one force's never overwrites another's. */
export function Claims({ claims, own, label }: { claims: readonly Claim[]; own: string; label: string }) {
  return (
    <ul className="claims" aria-label={label}>
      {claims.map((claim, index) => (
        <li key={`${claim.force.code}-${claim.case?.id ?? index}`} className="claim">
          <ForceBadge code={claim.force.code} own={own} /> <span className="claim-text">{claim.text || '—'}</span>{' '}
          <span className="claim-source">
            {claim.case !== null ? <Link to={`/cases/${encodeURIComponent(claim.case.reference)}`}>{claim.case.reference}</Link> : claim.force.name}
            {` · ${claim.recordedBy}, ${formatDate(claim.recordedAt)}`}
          </span>
        </li>
      ))}
    </ul>
  );
}
