import { caseVisible, cypher, int, type CypherQuery, type ViewerParams } from '@crosslink/common';
import { actionTargetVisible } from '../action/action.cypher.js';
import type { OfficerWorkload, TeamWorkload } from './workload.model.js';

/**
 * Per officer of a force: the open cases they are in charge of and the actions allocated to them and
 * not yet completed (overdue when the due date has passed `$today`), and their team from the
 * officer's record. Officers of the force with nothing open are counted too, with zeros, so a
 * supervisor sees who has room. Ends with `officer, team, displayName, cases, actions, overdueActions`,
 * where `cases` and `actions` are the priorities of each open one.
 */
const perOfficer = `CALL () {
       MATCH (c:Case {force: $force}) WHERE c.status <> 'CLOSED' AND ${caseVisible('c')}
       RETURN coalesce(c.officerInCharge, c.createdBy) AS officer, 'CASE' AS kind, coalesce(c.priority, 'MEDIUM') AS priority, false AS overdue
       UNION ALL
       MATCH (a:Action {status: 'ALLOCATED', allocatedForce: $force})-[:RAISED_ON]->(t) WHERE ${actionTargetVisible('t')}
       RETURN a.allocatedTo AS officer, 'ACTION' AS kind, a.priority AS priority, coalesce(a.dueDate < date($today), false) AS overdue
       UNION ALL
       MATCH (o:Officer {force: $force})
       RETURN o.username AS officer, 'OFFICER' AS kind, null AS priority, false AS overdue
     }
     WITH officer,
          collect(CASE WHEN kind = 'CASE' THEN priority END) AS cases,
          collect(CASE WHEN kind = 'ACTION' THEN priority END) AS actions,
          sum(CASE WHEN overdue THEN 1 ELSE 0 END) AS overdueActions
     OPTIONAL MATCH (o:Officer {username: officer})
     WITH officer, o.team AS team, o.displayName AS displayName, cases, actions, overdueActions`;

const byPriority = (cases: string, actions: string) =>
  `[p IN ['HIGH', 'MEDIUM', 'LOW'] | {priority: p, cases: size([x IN ${cases} WHERE x = p]), actions: size([x IN ${actions} WHERE x = p])}]`;

/** One page of a force's officers' loads, by username after `afterOfficer`, optionally of one team only. */
export function forceWorkload(
  force: string,
  today: string,
  team: string | null,
  afterOfficer: string | null,
  limit: number,
  viewer: ViewerParams,
): CypherQuery<{ load: OfficerWorkload }> {
  return cypher(
    `${perOfficer}
     WHERE ($team IS NULL OR team = $team) AND ($afterOfficer IS NULL OR officer > $afterOfficer)
     RETURN {
       officer: officer, team: team, displayName: displayName,
       openCases: size(cases), openActions: size(actions), overdueActions: overdueActions,
       byPriority: ${byPriority('cases', 'actions')}
     } AS load
     ORDER BY officer
     LIMIT $limit`,
    { force, today, team, afterOfficer, limit: int(limit), ...viewer },
  );
}

/** Most teams one force's rollup lists; a force has far fewer. */
export const TEAMS_MAX = 500;

/**
 * The same loads summed per team of the force (officers in no team together, last), teams by name.
 */
export function teamWorkload(force: string, today: string, viewer: ViewerParams): CypherQuery<{ load: TeamWorkload }> {
  return cypher(
    `${perOfficer}
     WITH team, count(officer) AS officers, collect(cases) AS caseLists, collect(actions) AS actionLists, sum(overdueActions) AS overdueActions
     WITH team, officers, overdueActions,
          reduce(all = [], list IN caseLists | all + list) AS cases,
          reduce(all = [], list IN actionLists | all + list) AS actions
     RETURN {
       team: team, officers: officers,
       openCases: size(cases), openActions: size(actions), overdueActions: overdueActions,
       byPriority: ${byPriority('cases', 'actions')}
     } AS load
     ORDER BY team IS NULL, team
     LIMIT $limit`,
    { force, today, limit: int(TEAMS_MAX), ...viewer },
  );
}
