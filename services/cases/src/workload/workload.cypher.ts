import { caseVisible, cypher, int, type CypherQuery, type ViewerParams } from '@crosslink/common';
import { actionTargetVisible } from '../action/action.cypher.js';

/**
 * Per officer of one force: the open cases they are in charge of and the actions allocated to them
 * and not yet completed (overdue when the due date has passed `today`), each counted by priority.
 * Officers appear once they hold a case or an action; paged by username.
 */
export function forceWorkload(force: string, today: string, afterOfficer: string | null, limit: number, viewer: ViewerParams): CypherQuery {
  return cypher(
    `CALL () {
       MATCH (c:Case {force: $force}) WHERE c.status <> 'CLOSED' AND ${caseVisible('c')}
       RETURN coalesce(c.officerInCharge, c.createdBy) AS officer, 'CASE' AS kind, coalesce(c.priority, 'MEDIUM') AS priority, false AS overdue
       UNION ALL
       MATCH (a:Action {status: 'ALLOCATED', allocatedForce: $force})-[:RAISED_ON]->(t) WHERE ${actionTargetVisible('t')}
       RETURN a.allocatedTo AS officer, 'ACTION' AS kind, a.priority AS priority, coalesce(a.dueDate < date($today), false) AS overdue
     }
     WITH officer, kind, priority, overdue WHERE $afterOfficer IS NULL OR officer > $afterOfficer
     WITH officer,
          collect(CASE WHEN kind = 'CASE' THEN priority END) AS cases,
          collect(CASE WHEN kind = 'ACTION' THEN priority END) AS actions,
          sum(CASE WHEN overdue THEN 1 ELSE 0 END) AS overdueActions
     RETURN {
       officer: officer, openCases: size(cases), openActions: size(actions), overdueActions: overdueActions,
       byPriority: [p IN ['HIGH', 'MEDIUM', 'LOW'] | {priority: p, cases: size([x IN cases WHERE x = p]), actions: size([x IN actions WHERE x = p])}]
     } AS load
     ORDER BY officer
     LIMIT $limit`,
    { force, today, afterOfficer, limit: int(limit), ...viewer },
  );
}
