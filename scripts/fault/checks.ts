// What the fault suite checks in Neo4j once the load is over: for every write of the run (found by
// its tag), whether an acknowledged one is there (lost), whether one answered as failed was
// committed all the same (phantom), whether one that got no answer was committed (reported, not a
// defect of the answer), whether a tag was committed twice, and whether each committed record is
// whole: its relationships, its history and the audit event of its own request.
import neo4j from 'neo4j-driver';
import type { RunTags, Write, WriteKind } from './workload.js';

type Row = Record<string, unknown>;

export interface Committed {
  readonly id: string;
  readonly tag: string;
  /** The case the record hangs on (its own id for a case). */
  readonly caseId: string | null;
  /** What makes it whole is there (e.g. OWNED_BY for a case, the HAS_CHANGE for a summary). */
  readonly structured: boolean;
}

export interface WriteCheck {
  readonly writes: number;
  readonly acked: number;
  readonly failed: number;
  readonly unknown: number;
  readonly lost: Write[];
  readonly phantom: Write[];
  readonly unknownCommitted: number;
  readonly duplicated: Write[];
  readonly halfWritten: { write: Write; missing: string }[];
}

/** Reads what the run's writes left in the graph and the audit events of the run's requests. */
export async function readCommitted(
  uri: string,
  password: string,
  tags: RunTags,
): Promise<{
  byKind: Map<WriteKind, Map<string, Committed[]>>;
  audit: Map<string, { action: string; records: string[] }[]>;
}> {
  const driver = neo4j.driver(uri, neo4j.auth.basic('neo4j', password), { disableLosslessIntegers: true });
  try {
    const q = async (text: string, params: Record<string, unknown>) =>
      (await driver.executeQuery(text, params, { routing: neo4j.routing.READ })).records.map((r) => r.toObject() as Row);
    const text = tags.textPrefix;
    const cases = await q(
      `MATCH (c:Case) WHERE c.title STARTS WITH $p
       RETURN c.id AS id, c.title AS tag, c.id AS caseId, EXISTS { (c)-[:OWNED_BY]->(:Force) } AS structured`,
      { p: text },
    );
    const events = await q(
      `MATCH (e:Event) WHERE e.description STARTS WITH $p
       OPTIONAL MATCH (e)-[:ON_CASE]->(c:Case)
       RETURN e.id AS id, e.description AS tag, c.id AS caseId, c IS NOT NULL AS structured`,
      { p: text },
    );
    const people = await q(
      `MATCH (p:Person) WHERE p.surname STARTS WITH $p
       OPTIONAL MATCH (p)-[:INVOLVED_IN]->(c:Case)
       WITH p, collect(c.id) AS cases
       RETURN p.id AS id, p.surname AS tag, cases[0] AS caseId, size(cases) = 1 AS structured`,
      { p: tags.namePrefix },
    );
    // A summary written by the run is whole when the change is in the case's history; a summary
    // overwritten since is found by its history entry alone.
    const summaries = await q(
      `MATCH (c:Case) WHERE c.summary STARTS WITH $p
       RETURN c.id AS id, c.summary AS tag, c.id AS caseId,
              EXISTS { (c)-[:HAS_CHANGE]->(h:CaseChange {field: 'summary'}) WHERE h.to = c.summary } AS structured
       UNION ALL
       MATCH (c:Case)-[:HAS_CHANGE]->(h:CaseChange {field: 'summary'}) WHERE h.to STARTS WITH $p AND coalesce(c.summary, '') <> h.to
       RETURN c.id AS id, h.to AS tag, c.id AS caseId, true AS structured`,
      { p: text },
    );
    const audit = await q(
      `MATCH (a:AuditEvent) WHERE a.requestId STARTS WITH $r
       RETURN a.requestId AS requestId, a.action AS action, a.records AS records`,
      { r: `fault-${tags.run}-w` },
    );
    const group = (rows: Row[]) => {
      const byTag = new Map<string, Committed[]>();
      for (const row of rows) {
        const tag = String(row['tag']);
        const list = byTag.get(tag) ?? [];
        list.push({ id: String(row['id']), tag, caseId: typeof row['caseId'] === 'string' ? row['caseId'] : null, structured: row['structured'] === true });
        byTag.set(tag, list);
      }
      return byTag;
    };
    const auditByRequest = new Map<string, { action: string; records: string[] }[]>();
    for (const row of audit) {
      const requestId = String(row['requestId']);
      const list = auditByRequest.get(requestId) ?? [];
      list.push({ action: String(row['action']), records: (row['records'] as string[] | null) ?? [] });
      auditByRequest.set(requestId, list);
    }
    return {
      byKind: new Map<WriteKind, Map<string, Committed[]>>([
        ['createCase', group(cases)],
        ['recordEvent', group(events)],
        ['recordPerson', group(people)],
        ['updateCase', group(summaries)],
      ]),
      audit: auditByRequest,
    };
  } finally {
    await driver.close();
  }
}

const recordLabel: Record<WriteKind, string> = { createCase: 'Case', recordEvent: 'Event', recordPerson: 'Person', updateCase: 'Case' };

/** Compares the ledger with what was committed. */
export function checkWrites(writes: readonly Write[], committed: Awaited<ReturnType<typeof readCommitted>>): WriteCheck {
  const lost: Write[] = [];
  const phantom: Write[] = [];
  const duplicated: Write[] = [];
  const halfWritten: { write: Write; missing: string }[] = [];
  let unknownCommitted = 0;
  for (const write of writes) {
    const found = committed.byKind.get(write.kind)?.get(write.tag) ?? [];
    if (found.length > 1 && write.kind !== 'updateCase') duplicated.push(write);
    if (write.outcome === 'acked') {
      if (!found.some((c) => c.id === write.recordId)) lost.push(write);
    } else if (found.length > 0) {
      if (write.outcome === 'failed') phantom.push(write);
      else unknownCommitted++;
    }
    for (const record of found) {
      const missing: string[] = [];
      if (!record.structured) missing.push(write.kind === 'updateCase' ? 'its history entry' : 'its relationship to its case or force');
      if (write.caseId !== null && record.caseId !== write.caseId && write.kind !== 'updateCase') missing.push('the case it was written on');
      const events = committed.audit.get(write.requestId) ?? [];
      const audited = events.some((e) => e.action.endsWith(write.kind) && e.records.includes(`${recordLabel[write.kind]}:${record.id}`));
      if (!audited) missing.push(`an audit event of its request naming ${recordLabel[write.kind]}:${record.id}`);
      if (missing.length > 0) halfWritten.push({ write, missing: missing.join(', ') });
    }
  }
  const count = (o: Write['outcome']) => writes.filter((w) => w.outcome === o).length;
  return {
    writes: writes.length,
    acked: count('acked'),
    failed: count('failed'),
    unknown: count('unknown'),
    lost,
    phantom,
    unknownCommitted,
    duplicated,
    halfWritten,
  };
}

/** Counts that tell whether a restart loaded anything again. */
export async function reloadMarkers(uri: string, password: string, demoMarker: string): Promise<{ demoCases: number; larkspurs: number; migrations: number }> {
  const driver = neo4j.driver(uri, neo4j.auth.basic('neo4j', password), { disableLosslessIntegers: true });
  try {
    const { records } = await driver.executeQuery(
      `CALL () { MATCH (c:Case {title: $marker}) RETURN count(c) AS demoCases }
       CALL () { MATCH (o:Operation {name: 'Operation Larkspur'}) RETURN count(o) AS larkspurs }
       CALL () { MATCH (m:Migration) RETURN count(m) AS migrations }
       RETURN demoCases, larkspurs, migrations`,
      { marker: demoMarker },
      { routing: neo4j.routing.READ },
    );
    const row = records[0]?.toObject() as { demoCases: number; larkspurs: number; migrations: number } | undefined;
    return row ?? { demoCases: -1, larkspurs: -1, migrations: -1 };
  } finally {
    await driver.close();
  }
}
