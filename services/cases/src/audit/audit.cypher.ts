import { cypher, int, keysetCondition, keysetParams, type CursorKey, type CypherQuery } from '@crosslink/common';

export interface AuditFilter {
  readonly username?: string | null;
  readonly record?: string | null;
  readonly force?: string | null;
  readonly operation?: string | null;
  readonly from?: string | null;
  readonly to?: string | null;
  readonly purpose?: string | null;
}

/**
 * One page of the trail, newest first (by instant, then id), after the cursor. Every service writes
 * a chain of its own, so time is the order they share. Instants are stored as ISO-8601 UTC strings of
 * one fixed width, so they compare in time order as text.
 */
export function listAuditEvents(filter: AuditFilter, after: CursorKey | null, limit: number): CypherQuery<{ event: Record<string, unknown> }> {
  const conditions: string[] = [];
  if (filter.username) conditions.push('a.username = $username');
  if (filter.force) conditions.push('a.force = $force');
  if (filter.operation) conditions.push('a.operation = $operation');
  if (filter.record) conditions.push("any(r IN a.records WHERE r ENDS WITH ':' + $record)");
  if (filter.from) conditions.push('a.at >= $from');
  if (filter.to) conditions.push('a.at < $to');
  if (filter.purpose) conditions.push('toLower(a.purpose) CONTAINS toLower($purpose)');
  if (after !== null) conditions.push(keysetCondition('a.at', 'a.id', 'DESC', 'string'));
  const where = conditions.length > 0 ? `WHERE ${conditions.join(' AND ')}` : '';
  return cypher(
    `MATCH (a:AuditEvent) ${where}
     RETURN properties(a) AS event
     ORDER BY a.at DESC, a.id DESC
     LIMIT $limit`,
    {
      username: filter.username ?? null,
      force: filter.force ?? null,
      operation: filter.operation ?? null,
      record: filter.record ?? null,
      from: filter.from ?? null,
      to: filter.to ?? null,
      purpose: filter.purpose ?? null,
      ...keysetParams(after),
      limit: int(limit),
    },
  );
}
