import { randomUUID } from 'node:crypto';
import { caseReference, CrosslinkError, takeCaseNumbers } from '@crosslink/common';
import type { BatchWrite, BatchWritten, ImportTarget } from './import-format.js';
import { insertImportedCases, unknownCaseKeys, type ImportedCase } from './imported-cases.cypher.js';

export type NewImportedCase = Omit<ImportedCase, 'id' | 'reference'>;

/**
 * Creates a case for each source record no case has yet, numbered from the force's sequence like
 * any case (one take of numbers for the batch); a record already imported is left as it is.
 */
export async function createCases(rows: readonly NewImportedCase[], source: string, target: ImportTarget, run: BatchWrite): Promise<BatchWritten> {
  const [found] = await run(unknownCaseKeys(rows.map((row) => row.sourceKey)));
  const unknown = new Set(found?.unknown ?? []);
  const fresh = rows.filter((row) => unknown.delete(row.sourceKey)); // a key twice in a batch makes one case
  if (fresh.length === 0) return { created: 0, records: [] };

  const year = new Date().getUTCFullYear();
  const [numbered] = await run(takeCaseNumbers(target.force, year, fresh.length));
  if (numbered === undefined) throw new CrosslinkError('FORCE_NOT_FOUND', `No force has the code ${target.force}`, { field: '--force' });
  const first = Number(numbered['first']);
  const cases = fresh.map((row, i) => ({ ...row, id: randomUUID(), reference: caseReference(target.force, year, first + i) }));
  await run(insertImportedCases(cases, source, target));
  return { created: cases.length, records: cases.map((c) => `Case:${c.id}`) };
}
