import { addressShown, caseVisible, cypher, int, locationInOwnForceCase, type CypherQuery, type ViewerParams } from '@crosslink/common';
import type { StatisticsGrouping } from '../generated/schema-types.js';
import { everyValueOf } from '../shared/enum-values.js';
import type { CaseFilter } from './network.cypher.js';
import type { CrimeCount, Hotspot } from './network.model.js';

export const groupings = everyValueOf<StatisticsGrouping>()(['CRIME_TYPE', 'FORCE', 'POSTCODE_DISTRICT', 'MONTH']);
export type Grouping = StatisticsGrouping;

/** Cases the viewer may see within the filter, as variable `c`. */
const casesInView = `MATCH (c:Case)
     WHERE ${caseVisible('c')}
       AND ($filter.forces IS NULL OR c.force IN $filter.forces)
       AND ($filter.crimeTypes IS NULL OR any(t IN coalesce(c.crimeTypes, []) WHERE t IN $filter.crimeTypes))
       AND ($filter.from IS NULL OR c.openedAt >= datetime($filter.from))
       AND ($filter.to IS NULL OR c.openedAt < datetime($filter.to))`;

/**
 * Places by the number of visible cases touching them — where a case's events happened, or an
 * address it records — with the forces of those cases. Hidden cases neither count nor show: a place
 * is described only by the claim the viewer is shown (addressShown), never by a hidden case's.
 */
export function hotspots(filter: CaseFilter, first: number, viewer: ViewerParams): CypherQuery<Hotspot> {
  return cypher(
    `${casesInView}
     CALL (c) {
       MATCH (c)<-[:ON_CASE]-(:Event)-[:OCCURRED_AT]->(l:Location) RETURN l
       UNION
       MATCH (c)<-[:RECORDED_IN]-(l:Location) RETURN l
     }
     WITH l, count(DISTINCT c) AS cases, collect(DISTINCT c.force) AS forces
     ORDER BY cases DESC, l.postcode, l.id
     LIMIT $first
     WITH l, cases, forces, ${addressShown('l')} AS claim
     RETURN l { .id, .postcode, .postcodeDistrict, line1: claim.line1, town: claim.town, latitude: claim.latitude, longitude: claim.longitude,
              forceArea: claim.forceArea, foreign: NOT ${locationInOwnForceCase('l')} } AS location,
            cases, forces
     ORDER BY cases DESC, location.postcode, location.id`,
    { filter, first: int(first), ...viewer },
  );
}

/**
 * Counts of visible cases grouped by any of crime type (a case with two counts under each),
 * owning force, postcode district (of the case's first event place) and month opened.
 */
export function crimeStatistics(groupBy: readonly Grouping[], filter: CaseFilter, limit: number, viewer: ViewerParams): CypherQuery<CrimeCount> {
  return cypher(
    `${casesInView}
     UNWIND CASE WHEN 'CRIME_TYPE' IN $groupBy AND size(coalesce(c.crimeTypes, [])) > 0 THEN c.crimeTypes ELSE [null] END AS crimeType
     WITH c, crimeType,
          CASE WHEN 'FORCE' IN $groupBy THEN c.force END AS force,
          CASE WHEN 'MONTH' IN $groupBy THEN substring(toString(c.openedAt), 0, 7) END AS month,
          CASE WHEN 'POSTCODE_DISTRICT' IN $groupBy
            THEN head(COLLECT { MATCH (c)<-[:ON_CASE]-(e:Event)-[:OCCURRED_AT]->(l:Location) WHERE l.postcodeDistrict IS NOT NULL RETURN l.postcodeDistrict ORDER BY e.occurredAt })
          END AS postcodeDistrict
     WITH CASE WHEN 'CRIME_TYPE' IN $groupBy THEN crimeType END AS crimeType, force, month, postcodeDistrict, count(DISTINCT c) AS cases
     ORDER BY cases DESC, crimeType, force, postcodeDistrict, month
     LIMIT $limit
     RETURN crimeType, force, postcodeDistrict, month, cases`,
    { groupBy, filter, limit: int(limit), ...viewer },
  );
}
