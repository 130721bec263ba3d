import { useCrosslinkQuery } from '../api/use-query.js';
import { useSession } from '../session/use-session.js';
import { Link } from '../ui/Link.js';
import { Empty, Loading, Problem } from '../ui/states.js';
import { CaseActions } from './case-page/CaseActions.js';
import { CaseAddresses } from './case-page/CaseAddresses.js';
import { CaseQuery, type CaseData } from './case-page/case-data.js';
import { worksOn } from './case-page/case-status.js';
import { CaseObjects } from './case-page/CaseObjects.js';
import { CaseOperations } from './case-page/CaseOperations.js';
import { CasePeople } from './case-page/CasePeople.js';
import { CaseShares } from './case-page/CaseShares.js';
import { CaseStatus } from './case-page/CaseStatus.js';
import { CaseSummary } from './case-page/CaseSummary.js';
import { CaseTimeline } from './case-page/CaseTimeline.js';
import { Section } from './case-page/Section.js';
import { RecordPanel } from './record/RecordPanel.js';

/**
 * The detective's case page: the case, its status and the steps open from it, its people, their
 * addresses and its objects (each force's description side by side), its timeline, actions,
 * shares and operations, and recording on it. Another force's case needs a purpose: the gateway
 * refuses with PURPOSE_REQUIRED, Problem offers the prompt, and the query runs again once one is
 * stated.
 */
export function CasePage({ reference }: { reference: string }) {
  const { officer } = useSession();
  const [{ data, error, fetching }, reexecute] = useCrosslinkQuery<CaseData>({ query: CaseQuery, variables: { reference } });
  const detail = data?.case ?? null;

  if (detail === null) {
    return (
      <section className="case-page" aria-labelledby="case-title">
        <div className="page-head">
          <h1 id="case-title">Case {reference}</h1>
        </div>
        {fetching && data === undefined ? <Loading what="the case" /> : null}
        <Problem error={error} retry={() => reexecute({ requestPolicy: 'network-only' })} />
        {data !== undefined && error === undefined ? <NotVisible reference={reference} /> : null}
      </section>
    );
  }

  const own = officer.force;
  return (
    <article className="case-page" aria-labelledby="case-title">
      <CaseSummary detail={detail} own={own} />
      <Problem error={error} retry={() => reexecute({ requestPolicy: 'network-only' })} />
      <CaseStatus caseId={detail.id} status={detail.status} force={detail.force.code} />
      <CasePeople caseId={detail.id} people={detail.people} />
      <CaseAddresses people={detail.people} own={own} />
      <CaseObjects reference={detail.reference} caseId={detail.id} own={own} />
      <CaseTimeline reference={detail.reference} own={own} />
      <CaseActions reference={detail.reference} own={own} />
      <CaseShares shares={detail.sharedWith} force={detail.force.code} own={own} />
      <CaseOperations reference={detail.reference} own={own} />
      <Section id="case-record" title="Record on this case" className="case-record">
        {worksOn(officer, detail.force.code) ? (
          <RecordPanel caseId={detail.id} reference={detail.reference} />
        ) : (
          <Empty>Only {detail.force.code}’s detectives and supervisors record on this case.</Empty>
        )}
      </Section>
    </article>
  );
}

/** case(reference) answers null both for a case that does not exist and for one the officer may not see. */
function NotVisible({ reference }: { reference: string }) {
  return (
    <Empty>
      Case {reference} does not exist, or you may not see it. Check the reference. If it is another force’s case you learnt of from a hit or a subject check,
      ask that force for access from the alert that named it (<Link to="/alerts">your alerts</Link>); if it is your force’s, a supervisor can tell you whether
      its classification or caveats keep it from you. <Link to="/cases">Back to your cases</Link>
    </Empty>
  );
}
