import { useState } from 'react';
import { useQuery } from 'urql';
import { Problem } from '../ui/states.js';
import { breakLine, SHOWN_BREAKS, verificationLine, type AuditVerification } from './audit-format.js';

const VerificationQuery = `
  query AuditVerification {
    auditVerification { intact checked chains breaks { chain seq id reason } verifiedAt }
  }
`;

interface VerificationData {
  auditVerification: AuditVerification;
}

/**
 * Whether the trail is whole: every hash of every chain recomputed, on demand only (it walks the
 * whole trail, so not on every page load), each time afresh.
 */
export function AuditVerificationPanel() {
  const [asked, setAsked] = useState(false);
  const [{ data, error, fetching }, verify] = useQuery<VerificationData>({ query: VerificationQuery, pause: !asked, requestPolicy: 'network-only' });
  const verification = data?.auditVerification;
  return (
    <section className="audit-verify" aria-labelledby="audit-verify-title">
      <h2 id="audit-verify-title">Integrity of the trail</h2>
      <p className="hint">
        Recomputes the hash of every event in every chain, as <code>npm run audit:verify</code> does: an edited, removed, reordered or stray event shows as a
        break. It walks the whole trail, so it may take a while.
      </p>
      <div className="buttons audit-verify-buttons">
        <button type="button" disabled={fetching} onClick={() => (asked ? verify({ requestPolicy: 'network-only' }) : setAsked(true))}>
          {fetching ? 'Verifying…' : 'Verify the chain'}
        </button>
      </div>
      <div className="audit-verify-outcome" role="status">
        {fetching ? <p className="state loading">Verifying every chain of the trail…</p> : null}
        {!fetching && verification !== undefined ? <VerificationOutcome verification={verification} /> : null}
      </div>
      <Problem error={error} retry={() => verify({ requestPolicy: 'network-only' })} />
    </section>
  );
}

function VerificationOutcome({ verification }: { verification: AuditVerification }) {
  if (verification.intact) return <p className="state audit-intact">{verificationLine(verification)}.</p>;
  return (
    <div className="state audit-broken">
      <p>
        <strong>{verificationLine(verification)}.</strong> Each break is where a chain stops matching its hashes: the events from there on cannot be trusted as
        written. Report it to the system’s owner with the chains and positions below.
      </p>
      <ul aria-label="Breaks" className="audit-breaks">
        {verification.breaks.map((item, index) => (
          <li key={`${item.chain}-${item.seq}-${index}`}>{breakLine(item)}</li>
        ))}
      </ul>
      {verification.breaks.length >= SHOWN_BREAKS ? (
        <p className="hint">
          Only the first {SHOWN_BREAKS} are listed: <code>npm run audit:verify</code> lists them all.
        </p>
      ) : null}
    </div>
  );
}
