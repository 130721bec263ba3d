import { cypher, int, type CypherQuery } from '@crosslink/common';
import type { Officer, OfficerClaims } from './officer.model.js';

const projection = (o: string) => `${o} { .username, .force, displayName: ${o}.displayName, team: ${o}.team }`;

/** The row of every statement that answers with one officer's record. */
export interface OfficerRow {
  readonly officer: Officer;
}

/**
 * Creates or refreshes an officer's record from their own token: the realm is the authority on who
 * they are and which force they serve in. The token's team seeds the record, and keeps it current
 * until a supervisor places the officer in a team in Crosslink; from then on that decision stands.
 */
export function rememberOfficer(claims: OfficerClaims): CypherQuery<{ username: string }> {
  return cypher(
    `MERGE (o:Officer {username: $username})
       ON CREATE SET o.firstSeenAt = datetime()
     SET o.subject = $subject, o.force = $force, o.displayName = $displayName, o.lastSeenAt = datetime(),
         o.team = CASE WHEN o.teamSetBy IS NULL THEN $team ELSE o.team END
     RETURN o.username AS username`,
    { ...claims },
  );
}

/**
 * Records an officer the realm knows but who has not yet used Crosslink, as the realm describes them,
 * so that work can be given them; what their own token later says replaces it (rememberOfficer).
 * An officer already recorded is left as they are.
 */
export function officerFromRealm(claims: OfficerClaims): CypherQuery<OfficerRow> {
  return cypher(
    `MERGE (o:Officer {username: $username})
       ON CREATE SET o.subject = $subject, o.force = $force, o.displayName = $displayName, o.team = $team, o.knownFromRealmAt = datetime()
     RETURN ${projection('o')} AS officer`,
    { ...claims },
  );
}

/**
 * Officers by username. No visibility predicate: a username reaches this lookup only from a record
 * the caller may see (the officer in charge of a visible case, the holder of a visible action).
 */
export function officersByUsernames(usernames: readonly string[]): CypherQuery<OfficerRow> {
  return cypher(
    `UNWIND $usernames AS username
     MATCH (o:Officer {username: username})
     RETURN ${projection('o')} AS officer`,
    { usernames: [...usernames] },
  );
}

/** One page of a force's officers, optionally of one team, by username after the cursor. */
export function listOfficers(force: string, team: string | null, afterUsername: string | null, limit: number): CypherQuery<OfficerRow> {
  return cypher(
    `MATCH (o:Officer {force: $force})
     WHERE ($team IS NULL OR o.team = $team) AND ($afterUsername IS NULL OR o.username > $afterUsername)
     RETURN ${projection('o')} AS officer
     ORDER BY o.username
     LIMIT $limit`,
    { force, team, afterUsername, limit: int(limit) },
  );
}

/**
 * Places an officer of `force` in a team (null: in none), recording who decided and when. Only an
 * officer Crosslink already knows (one who has signed in) is placed: no row when the officer is
 * unknown or serves in another force — the two answer alike, so the answer confirms no username.
 */
export function setOfficerTeam(username: string, force: string, team: string | null, by: string): CypherQuery<OfficerRow> {
  return cypher(
    `MATCH (o:Officer {username: $username}) WHERE o.force = $force
     SET o.team = $team, o.teamSetBy = $by, o.teamSetAt = datetime()
     RETURN ${projection('o')} AS officer`,
    { username, force, team, by },
  );
}
