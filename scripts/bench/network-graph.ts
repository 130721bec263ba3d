// The synthetic network `npm run bench:network` measures: people in cases of four forces, linked
// the way the demo's are (co-offenders in a case, KNOWS within and across cases, shared phones), and
// marked `bench: 'network'` so a later run finds it instead of making it again. Written straight
// through the driver in batches: it is load for a benchmark on a development or test stack, not case
// data, so it goes through neither the API nor the audit trail.
import { randomUUID } from 'node:crypto';
import neo4j, { type Driver } from 'neo4j-driver';
import { seededRandom } from '../../services/intel/src/network/network.analysis.js';

const FORCES = ['GMP', 'MPS', 'WMP', 'MERPOL'] as const;
/** People per case: about a county-line group. */
const PER_CASE = 25;
const BATCH = 2_000;

export interface BenchGraph {
  readonly people: number;
  readonly cases: number;
  /** A sample of person ids to start questions from. */
  readonly sample: readonly string[];
}

async function count(driver: Driver): Promise<number> {
  const { records } = await driver.executeQuery('MATCH (p:Person {bench: "network"}) RETURN count(p) AS n', {}, { routing: neo4j.routing.READ });
  return Number(records[0]?.get('n') ?? 0);
}

async function sampleOf(driver: Driver, size: number): Promise<string[]> {
  const { records } = await driver.executeQuery(
    'MATCH (p:Person {bench: "network"}) WHERE p.benchIndex % $step = 0 RETURN p.id AS id ORDER BY p.benchIndex LIMIT $size',
    { step: neo4j.int(97), size: neo4j.int(size) },
  );
  return records.map((r) => r.get('id') as string);
}

/**
 * Makes (or finds) a graph of `people` people. Each case holds 25 people, a fifth of them suspects;
 * each person KNOWS the next two in their case, one in ten also someone in another case; every third
 * holds a phone, and one phone in fifty is held in a second case too.
 */
/**
 * Instead of the synthetic graph, 100 people imported by `npm run import -- neo4j-admin` (a national
 * graph from `npm run generate`), drawn at random: the questions then run on the imported graph.
 */
export async function importedGraph(driver: Driver): Promise<BenchGraph> {
  const { records } = await driver.executeQuery(
    `MATCH (p:Person) WHERE p.sourceKey STARTS WITH 'neo4j-admin:' AND EXISTS { (p)-[:INVOLVED_IN]->(:Case) }
     WITH p.id AS id, rand() AS r ORDER BY r LIMIT 100 RETURN id`,
  );
  const [counts] = (await driver.executeQuery(`MATCH (p:Person) WITH count(p) AS people MATCH (c:Case) RETURN people, count(c) AS cases`)).records;
  if (records.length === 0) throw new Error('--imported: the stack holds no imported people (npm run import -- neo4j-admin …)');
  return { people: Number(counts?.get('people')), cases: Number(counts?.get('cases')), sample: records.map((r) => r.get('id') as string) };
}

export async function ensureBenchGraph(driver: Driver, people: number, log: (line: string) => void): Promise<BenchGraph> {
  const cases = Math.ceil(people / PER_CASE);
  const existing = await count(driver);
  if (existing === people) return { people, cases, sample: await sampleOf(driver, 100) };
  if (existing > 0) {
    log(`• removing the ${existing} people of an earlier benchmark graph of another size…`);
    // CALL … IN TRANSACTIONS runs only in an auto-commit transaction, which a session's run is.
    const session = driver.session();
    try {
      await session.run(`MATCH (n) WHERE n.bench = 'network' CALL (n) { DETACH DELETE n } IN TRANSACTIONS OF 5000 ROWS`);
    } finally {
      await session.close();
    }
  }
  log(`• making a benchmark graph of ${people.toLocaleString('en-GB')} people in ${cases.toLocaleString('en-GB')} cases…`);
  const random = seededRandom(people);
  const caseIds = Array.from({ length: cases }, () => randomUUID());
  const personIds = Array.from({ length: people }, () => randomUUID());
  const caseOf = (index: number) => Math.floor(index / PER_CASE);

  const caseRows = caseIds.map((id, i) => ({ id, reference: `NETBENCH-${String(i).padStart(6, '0')}`, force: FORCES[i % FORCES.length] }));
  for (let i = 0; i < caseRows.length; i += BATCH) {
    await driver.executeQuery(
      `UNWIND $rows AS row
       MATCH (f:Force {code: row.force})
       CREATE (c:Case {id: row.id, reference: row.reference, title: 'Network benchmark ' + row.reference, force: row.force,
         status: 'ACTIVE', classification: 'OFFICIAL', caveats: [], crimeTypes: ['Drug trafficking'], priority: 'MEDIUM',
         openedAt: datetime(), createdAt: datetime(), createdBy: 'benchmark', officerInCharge: 'benchmark', bench: 'network'})-[:OWNED_BY]->(f)`,
      { rows: caseRows.slice(i, i + BATCH) },
    );
  }

  const personRows = personIds.map((id, i) => ({ id, index: i, caseId: caseIds[caseOf(i)], role: i % 5 === 0 ? 'SUSPECT' : 'ASSOCIATE' }));
  for (let i = 0; i < personRows.length; i += BATCH) {
    await driver.executeQuery(
      `UNWIND $rows AS row
       MATCH (c:Case {id: row.caseId})
       CREATE (p:Person {id: row.id, forenames: 'Bench', surname: 'Person ' + toString(row.index), benchIndex: row.index, bench: 'network',
         createdAt: datetime(), createdBy: 'benchmark'})-[:INVOLVED_IN {role: row.role, since: datetime(), recordedBy: 'benchmark'}]->(c)`,
      { rows: personRows.slice(i, i + BATCH) },
    );
  }

  const knows: { from: string; to: string; caseId: string }[] = [];
  for (let i = 0; i < people; i++) {
    const block = caseOf(i) * PER_CASE;
    const size = Math.min(PER_CASE, people - block);
    for (const step of [1, 2]) {
      const j = block + ((i - block + step) % size);
      if (j !== i) knows.push({ from: personIds[i]!, to: personIds[j]!, caseId: caseIds[caseOf(i)]! });
    }
    if (random() < 0.1) {
      const j = Math.floor(random() * people);
      if (caseOf(j) !== caseOf(i)) knows.push({ from: personIds[i]!, to: personIds[j]!, caseId: caseIds[caseOf(i)]! });
    }
  }
  for (let i = 0; i < knows.length; i += BATCH) {
    await driver.executeQuery(
      `UNWIND $rows AS row
       MATCH (a:Person {id: row.from}), (b:Person {id: row.to})
       CREATE (a)-[:KNOWS {caseId: row.caseId, at: datetime(), recordedBy: 'benchmark'}]->(b)`,
      { rows: knows.slice(i, i + BATCH) },
    );
  }

  const phones: { id: string; number: string; holder: string; caseId: string; second: { holder: string; caseId: string } | null }[] = [];
  for (let i = 0; i < people; i += 3) {
    const j = Math.floor(random() * people);
    const shared = phones.length % 50 === 0 && caseOf(j) !== caseOf(i);
    phones.push({
      id: randomUUID(),
      number: `+4479${String(10_000_000 + i).padStart(8, '0')}`,
      holder: personIds[i]!,
      caseId: caseIds[caseOf(i)]!,
      second: shared ? { holder: personIds[j]!, caseId: caseIds[caseOf(j)]! } : null,
    });
  }
  for (let i = 0; i < phones.length; i += BATCH) {
    await driver.executeQuery(
      `UNWIND $rows AS row
       MATCH (p:Person {id: row.holder}), (c:Case {id: row.caseId})
       CREATE (ph:Phone {id: row.id, number: row.number, bench: 'network'})
       CREATE (p)-[:HAS_PHONE {caseId: row.caseId, at: datetime(), recordedBy: 'benchmark'}]->(ph), (ph)-[:SEEN_IN {at: datetime(), recordedBy: 'benchmark'}]->(c)
       WITH ph, row WHERE row.second IS NOT NULL
       MATCH (q:Person {id: row.second.holder}), (d:Case {id: row.second.caseId})
       CREATE (q)-[:HAS_PHONE {caseId: row.second.caseId, at: datetime(), recordedBy: 'benchmark'}]->(ph), (ph)-[:SEEN_IN {at: datetime(), recordedBy: 'benchmark'}]->(d)`,
      { rows: phones.slice(i, i + BATCH) },
    );
  }
  return { people, cases, sample: await sampleOf(driver, 100) };
}
