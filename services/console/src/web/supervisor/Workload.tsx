import { useCallback, useEffect, useId, useState } from 'react';
import { useCrosslinkQuery } from '../api/use-query.js';
import { ForceBadge } from '../ui/Badge.js';
import { Link } from '../ui/Link.js';
import { PageFoot, usePages } from '../ui/paging.js';
import { Empty, Loading, Problem } from '../ui/states.js';
import { officerLabel, unallocatedLinkFor } from './allocation.js';
import { loadSegments, priorityCount, scaleOf, totalOf, type Load } from './bars.js';
import { forceChoices } from './forces.js';
import type { PageInfo } from './supervisor-fields.js';
import { useViewer } from './use-viewer.js';
import './supervisor.css';

const TeamWorkloadQuery = `
  query TeamWorkload($force: ID!) {
    teamWorkload(force: $force) { team officers openCases openActions overdueActions byPriority { priority cases actions } }
  }
`;

const WorkloadQuery = `
  query Workload($force: ID!, $team: String, $first: Int!, $after: String) {
    workload(force: $force, team: $team, first: $first, after: $after) {
      edges { node { officer team displayName openCases openActions overdueActions byPriority { priority cases actions } } }
      pageInfo { hasNextPage endCursor }
    }
  }
`;

interface PriorityCount {
  priority: string;
  cases: number;
  actions: number;
}
interface TeamRow extends Load {
  team: string | null;
  officers: number;
  byPriority: PriorityCount[];
}
interface OfficerRow extends Load {
  officer: string;
  team: string | null;
  displayName: string | null;
  byPriority: PriorityCount[];
}
interface TeamWorkloadData {
  teamWorkload: TeamRow[];
}
interface WorkloadData {
  workload: { edges: { node: OfficerRow }[]; pageInfo: PageInfo };
}

const PAGE = 25;

/**
 * Open cases and actions per team and per officer of the supervisor's force (any force, chosen
 * here, for the hub's). Choosing an officer opens the unallocated actions with them to allocate to.
 */
export function Workload() {
  const { officer, viewer, forces } = useViewer();
  const [force, setForce] = useState(officer.force);
  const forceId = useId();
  if (!viewer.supervisor) {
    return (
      <section aria-labelledby="workload-title" className="supervisor workload">
        <h1 id="workload-title">Workload</h1>
        <Empty>
          Workload is for supervisors of a force or of the hub. The actions allocated to you are under <Link to="/actions">My actions</Link>.
        </Empty>
      </section>
    );
  }
  const chosen = forces.find((candidate) => candidate.code === force);
  return (
    <section aria-labelledby="workload-title" className="supervisor workload">
      <div className="page-head">
        <div>
          <h1 id="workload-title">Workload</h1>
          <p className="hint">
            Open cases and actions of {chosen?.name ?? force} <ForceBadge code={force} own={officer.force} />, by team and by officer. Choose an officer to
            allocate <Link to="/unallocated">unallocated actions</Link> to them.
          </p>
        </div>
        {viewer.hub ? (
          <div className="filter">
            <label htmlFor={forceId}>Force</label>
            <select id={forceId} value={force} onChange={(event) => setForce(event.target.value)}>
              {forceChoices(forces).map((candidate) => (
                <option key={candidate.code} value={candidate.code}>
                  {candidate.name} ({candidate.code})
                </option>
              ))}
            </select>
          </div>
        ) : null}
      </div>
      <LoadLegend />
      <ForceWorkload key={force} force={force} />
    </section>
  );
}

function ForceWorkload({ force }: { force: string }) {
  const [team, setTeam] = useState<string | null>(null);
  return (
    <>
      <TeamTable force={force} team={team} onTeam={setTeam} />
      <OfficerTable key={team ?? ''} force={force} team={team} onAllTeams={() => setTeam(null)} />
    </>
  );
}

function LoadLegend() {
  return (
    <p className="load-legend" aria-hidden="true">
      <span>
        <span className="swatch load-cases" /> Open cases
      </span>
      <span>
        <span className="swatch load-actions" /> Open actions
      </span>
      <span>
        <span className="swatch load-overdue" /> Overdue actions
      </span>
    </p>
  );
}

/** The bar beside the counts: drawn only (the counts say it in words). */
function LoadBar({ row, scale }: { row: Load; scale: number }) {
  const segments = loadSegments(row, scale);
  return (
    <span className="load-bar" aria-hidden="true">
      {segments.cases > 0 ? <span className="load-cases" style={{ width: `${segments.cases}%` }} /> : null}
      {segments.actions > 0 ? <span className="load-actions" style={{ width: `${segments.actions}%` }} /> : null}
      {segments.overdue > 0 ? <span className="load-overdue" style={{ width: `${segments.overdue}%` }} /> : null}
    </span>
  );
}

function HighCell({ byPriority }: { byPriority: PriorityCount[] }) {
  const high = priorityCount(byPriority, 'HIGH');
  return (
    <td className="num">
      {high.cases} / {high.actions}
    </td>
  );
}

function TeamTable({ force, team, onTeam }: { force: string; team: string | null; onTeam: (team: string | null) => void }) {
  const [{ data, error, fetching }, reexecute] = useCrosslinkQuery<TeamWorkloadData>({ query: TeamWorkloadQuery, variables: { force } });
  const teams = data?.teamWorkload ?? [];
  const scale = scaleOf(teams);
  const total = totalOf(teams);
  return (
    <section className="section" aria-labelledby="workload-teams-title">
      <h2 id="workload-teams-title">By team</h2>
      {fetching && data === undefined ? <Loading what="team workload" /> : null}
      <Problem error={error} retry={() => reexecute({ requestPolicy: 'network-only' })} />
      {data !== undefined && teams.length === 0 ? (
        <Empty>No officer of {force} is known to Crosslink yet. Officers are listed, with zeros, once they have signed in.</Empty>
      ) : null}
      {teams.length > 0 ? (
        <table className="list workload-table">
          <thead>
            <tr>
              <th scope="col">Team</th>
              <th scope="col" className="num">
                Officers
              </th>
              <th scope="col" className="num">
                Open cases
              </th>
              <th scope="col" className="num">
                Open actions
              </th>
              <th scope="col" className="num">
                Overdue actions
              </th>
              <th scope="col" className="num">
                High priority (cases / actions)
              </th>
              <th scope="col">Load</th>
            </tr>
          </thead>
          <tbody>
            {teams.map((row) => (
              <tr key={row.team ?? ''} className={row.team !== null && row.team === team ? 'chosen' : undefined}>
                <th scope="row">
                  {row.team === null ? (
                    <span className="none">Not in a team</span>
                  ) : (
                    <button type="button" className="link" aria-pressed={row.team === team} onClick={() => onTeam(row.team === team ? null : row.team)}>
                      {row.team}
                      <span className="visually-hidden">: {row.team === team ? 'show every team’s officers' : 'show its officers'}</span>
                    </button>
                  )}
                </th>
                <td className="num">{row.officers}</td>
                <td className="num">{row.openCases}</td>
                <td className="num">{row.openActions}</td>
                <td className={row.overdueActions > 0 ? 'num overdue-count' : 'num'}>{row.overdueActions}</td>
                <HighCell byPriority={row.byPriority} />
                <td className="load-cell">
                  <LoadBar row={row} scale={scale} />
                </td>
              </tr>
            ))}
          </tbody>
          <tfoot>
            <tr>
              <th scope="row">All teams</th>
              <td className="num">{teams.reduce((sum, row) => sum + row.officers, 0)}</td>
              <td className="num">{total.openCases}</td>
              <td className="num">{total.openActions}</td>
              <td className="num">{total.overdueActions}</td>
              <td />
              <td />
            </tr>
          </tfoot>
        </table>
      ) : null}
    </section>
  );
}

function OfficerTable({ force, team, onAllTeams }: { force: string; team: string | null; onAllTeams: () => void }) {
  const [pages, more] = usePages();
  // Every page's bars are drawn against the largest load of all pages read so far.
  const [largest, setLargest] = useState<Record<string, number>>({});
  const onScale = useCallback((key: string, value: number) => setLargest((all) => (all[key] === value ? all : { ...all, [key]: value })), []);
  const scale = Object.values(largest).reduce((max, value) => Math.max(max, value), 0);
  return (
    <section className="section" aria-labelledby="workload-officers-title">
      <div className="section-head">
        <h2 id="workload-officers-title">{team === null ? 'By officer' : `Officers of ${team}`}</h2>
        {team !== null ? (
          <button type="button" className="secondary" onClick={onAllTeams}>
            Show every team
          </button>
        ) : null}
      </div>
      <table className="list workload-table">
        <thead>
          <tr>
            <th scope="col">Officer</th>
            <th scope="col">Team</th>
            <th scope="col" className="num">
              Open cases
            </th>
            <th scope="col" className="num">
              Open actions
            </th>
            <th scope="col" className="num">
              Overdue actions
            </th>
            <th scope="col" className="num">
              High priority (cases / actions)
            </th>
            <th scope="col">Load</th>
          </tr>
        </thead>
        {pages.map((after, index) => (
          <OfficerPage
            key={after ?? 'first'}
            force={force}
            team={team}
            after={after}
            scale={scale}
            onScale={onScale}
            last={index === pages.length - 1}
            onMore={more}
          />
        ))}
      </table>
    </section>
  );
}

function OfficerPage(props: {
  force: string;
  team: string | null;
  after: string | null;
  scale: number;
  onScale: (key: string, value: number) => void;
  last: boolean;
  onMore: (cursor: string) => void;
}) {
  const { force, team, after, scale, onScale, last, onMore } = props;
  const [{ data, error, fetching, extensions }, reexecute] = useCrosslinkQuery<WorkloadData>({
    query: WorkloadQuery,
    variables: { force, team, first: PAGE, after },
  });
  const rows = data?.workload.edges.map((edge) => edge.node) ?? [];
  const own = scaleOf(rows);
  const key = after ?? 'first';
  useEffect(() => onScale(key, own), [key, own, onScale]);
  return (
    <tbody>
      {rows.map((row) => (
        <tr key={row.officer}>
          <th scope="row">
            <Link to={unallocatedLinkFor({ username: row.officer, force })}>{officerLabel({ username: row.officer, displayName: row.displayName })}</Link>
          </th>
          <td>{row.team ?? <span className="none">None</span>}</td>
          <td className="num">{row.openCases}</td>
          <td className="num">{row.openActions}</td>
          <td className={row.overdueActions > 0 ? 'num overdue-count' : 'num'}>{row.overdueActions}</td>
          <HighCell byPriority={row.byPriority} />
          <td className="load-cell">
            <LoadBar row={row} scale={Math.max(scale, own)} />
          </td>
        </tr>
      ))}
      {last ? (
        <PageFoot
          colSpan={7}
          what="officers"
          empty={
            team === null
              ? `No officer of ${force} is known to Crosslink yet. Officers are listed, with zeros, once they have signed in.`
              : `No officer is in ${team} now. Choose “Show every team” to see the force’s officers.`
          }
          first={after === null}
          loaded={data !== undefined}
          count={rows.length}
          fetching={fetching}
          error={error}
          extensions={extensions}
          retry={() => reexecute({ requestPolicy: 'network-only' })}
          pageInfo={data?.workload.pageInfo}
          onMore={onMore}
        />
      ) : null}
    </tbody>
  );
}
