import { Badge, ClassificationBadge, ForceBadge } from '../../ui/Badge.js';
import { formatDate, formatDateTime, titleCase } from '../../ui/format.js';
import type { CaseDetail } from './case-data.js';

/** The case's head: reference, title (the page's h1), owning force, handling, and its main facts. */
export function CaseSummary({ detail, own }: { detail: CaseDetail; own: string }) {
  const officer = detail.officer;
  return (
    <header className="page-head case-head">
      <p className="case-ref">
        <span className="reference">{detail.reference}</span> <ForceBadge code={detail.force.code} own={own} />{' '}
        <span className="force-name">{detail.force.name}</span>
      </p>
      <h1 id="case-title">{detail.title}</h1>
      <p className="case-marks">
        <ClassificationBadge tier={detail.classification} />
        {detail.caveats.map((caveat) => (
          <Badge key={caveat} tone="warn" title="Handling caveat: only officers who hold it see this case">
            {caveat}
          </Badge>
        ))}
        <Badge tone="info" title="Status">
          {titleCase(detail.status)}
        </Badge>
        <Badge tone={detail.priority === 'HIGH' ? 'warn' : 'plain'} title="Priority">
          {titleCase(detail.priority)} priority
        </Badge>
      </p>
      <dl className="case-facts">
        <div>
          <dt>Crime types</dt>
          <dd>{detail.crimeTypes.length > 0 ? detail.crimeTypes.map(titleCase).join(', ') : 'None recorded'}</dd>
        </div>
        <div>
          <dt>Officer in charge</dt>
          <dd>
            {officer.displayName ?? officer.username}
            {officer.displayName !== null ? <span className="username"> ({officer.username})</span> : null}
            {officer.team !== null ? <span className="team"> · {officer.team}</span> : null}
            {officer.force.code !== detail.force.code ? (
              <>
                {' '}
                <ForceBadge code={officer.force.code} own={own} />
              </>
            ) : null}
          </dd>
        </div>
        <div>
          <dt>Opened</dt>
          <dd>{detail.openedAt !== null ? formatDate(detail.openedAt) : 'Not yet: referred'}</dd>
        </div>
        {detail.closedAt !== null ? (
          <div>
            <dt>Closed</dt>
            <dd>{formatDate(detail.closedAt)}</dd>
          </div>
        ) : null}
        <div>
          <dt>Created</dt>
          <dd>
            <time dateTime={detail.createdAt}>{formatDateTime(detail.createdAt)}</time> by {detail.createdBy}
          </dd>
        </div>
      </dl>
      {detail.summary !== null && detail.summary !== '' ? (
        <p className="case-summary">{detail.summary}</p>
      ) : (
        <p className="case-summary none">No summary yet.</p>
      )}
    </header>
  );
}
