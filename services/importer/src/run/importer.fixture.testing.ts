// Fixtures for the importer's integration tests: a force of the test's own (so counts see only
// its records), and an importer acting for that force's supervisor on an audit chain of its own.
import { AuditedWriter, cypher, RequestAudit, type Neo4jExecutor, type Principal, type RequestMeta } from '@crosslink/common';
import { uniqueForceCode, uniqueSuffix, principalOf } from '@crosslink/common/testing';
import type { ImportTarget } from './import-format.js';
import { Importer } from './import-run.js';

export interface TestImport {
  readonly importer: Importer;
  readonly target: ImportTarget;
  /** The audit chain the importer appends to. */
  readonly chain: string;
  /** The force's supervisor the importer acts for, and the request it acts in (for runImport). */
  readonly principal: Principal;
  readonly meta: RequestMeta;
}

export async function testImport(db: Neo4jExecutor): Promise<TestImport> {
  const force = uniqueForceCode();
  const forceName = `Test Constabulary ${force}`;
  await db.write(cypher("CREATE (:Force {code: $force, name: $forceName, kind: 'TERRITORIAL'})", { force, forceName }));
  const chain = `test-importer-${uniqueSuffix()}`;
  const principal = principalOf(`supervisor.${force.toLowerCase()}`, { userId: `supervisor-${force}`, displayName: 'Import test', force });
  const meta: RequestMeta = { requestId: `int-${uniqueSuffix()}`, userId: principal.userId, audit: new RequestAudit(principal, 'int', null, 'importer') };
  return {
    importer: new Importer(db, new AuditedWriter(db, chain), meta),
    target: { force, forceName, classification: 'OFFICIAL', importedBy: principal.username },
    chain,
    principal,
    meta,
  };
}
