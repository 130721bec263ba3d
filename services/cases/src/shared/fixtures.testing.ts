// Fixtures for this subgraph's integration tests (*.int.test.ts); left out of the build by tsconfig.build.json.
import {
  AuditedWriter,
  cypher,
  Neo4jExecutor,
  RequestAudit,
  type CypherQuery,
  type Principal,
  type RequestMeta,
  type RequestScope,
  type Role,
  type TxMetadata,
} from '@crosslink/common';
import { scopeFor, testDriver, uniqueForceCode, uniqueSuffix } from '@crosslink/common/testing';
import type { OfficerLookup } from '../officer/officer.model.js';
import { OfficerRepository } from '../officer/officer.repository.js';

export { testExecutor } from '@crosslink/common/testing';

export const HUB = 'NCA';

/** An audited writer on a chain of its own, so that tests running side by side never wait for one another's audit head. */
export function testWriter(db: Neo4jExecutor): AuditedWriter {
  return new AuditedWriter(db, `test-${uniqueSuffix()}`);
}

/** The metadata of a request by `principal`, with a stated purpose: its writes are audited like the API's. */
export function metaFor(principal: Principal, purpose: string | null = 'Integration test'): RequestMeta {
  const requestId = `int-${uniqueSuffix()}`;
  return { requestId, userId: principal.userId, audit: new RequestAudit(principal, requestId, purpose, 'test') };
}

/** The scope of a request by `principal`, with a stated purpose, as the subgraph gives its services. */
export function scopeOf(principal: Principal, purpose: string | null = 'Integration test'): RequestScope {
  return scopeFor(principal, { hubForce: HUB, purpose, requestId: `int-${uniqueSuffix()}` });
}

/** An executor that counts the read statements it runs, and how many ran at once, to prove what a request costs. */
export class CountingExecutor extends Neo4jExecutor {
  reads = 0;
  /** Most reads in flight at the same time since it was last set to 0. */
  peak = 0;
  private inFlight = 0;

  override async read<R>(query: CypherQuery<R>, metadata?: TxMetadata): Promise<R[]> {
    this.reads += 1;
    this.inFlight += 1;
    this.peak = Math.max(this.peak, this.inFlight);
    try {
      return await super.read(query, metadata);
    } finally {
      this.inFlight -= 1;
    }
  }
}

export function countingExecutor(): { db: CountingExecutor; close: () => Promise<void> } {
  const driver = testDriver();
  return { db: new CountingExecutor(driver, 'neo4j', 'test'), close: () => driver.close() };
}

/** A force of the test's own, so counts and pages see only the test's records. */
export async function newForce(db: Neo4jExecutor): Promise<string> {
  const code = uniqueForceCode();
  await db.write(cypher("CREATE (:Force {code: $code, name: 'Test force', kind: 'TERRITORIAL'})", { code }));
  return code;
}

export function user(force: string, ...roles: Role[]): Principal {
  const username = `${roles[0] ?? 'user'}.${force.toLowerCase()}.${uniqueSuffix()}`;
  return {
    userId: username,
    username,
    displayName: username,
    roles: new Set(roles),
    force,
    clearance: 'OFFICIAL',
    caveats: new Set(),
  };
}

export async function count(db: Neo4jExecutor, text: string, params: Record<string, unknown>): Promise<number> {
  const [row] = await db.read(cypher(`${text} RETURN count(*) AS n`, params));
  return Number(row?.['n'] ?? 0);
}

/** Records `principal` as an officer, as their first request through the API would; returns them. */
export async function signedIn(db: Neo4jExecutor, principal: Principal): Promise<Principal> {
  const claims = { username: principal.username, subject: principal.userId, force: principal.force, displayName: principal.displayName, team: null };
  await new OfficerRepository(db, testWriter(db)).remember(claims, metaFor(principal));
  return principal;
}

/** Finds officers as a request does: only those Crosslink has recorded (see signedIn). */
export function officerLookup(db: Neo4jExecutor): OfficerLookup {
  const repository = new OfficerRepository(db, testWriter(db));
  return async (username) => (await repository.byUsernames([username], { requestId: `int-${uniqueSuffix()}`, userId: 'test' })).get(username) ?? null;
}
