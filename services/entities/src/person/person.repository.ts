import { run, type AuditedWriter, type Neo4jExecutor, type RequestMeta, type Row, type TxMetadata, type ViewerParams } from '@crosslink/common';
import type { Involvement, NewPerson, Person, PersonRole } from './person.model.js';
import { createPersonInCase, involvementsOfCases, involvementsOfPeople, linkPersonToCase, peopleByIds, updatePerson, addAlias } from './person.cypher.js';

/** A visible case's people, with its owning force so that the case's reference is judged like the case. */
export interface CasePeople {
  readonly force: string;
  readonly people: Involvement[];
}

export interface CaseLink {
  readonly caseId: string;
  /** The case's owning force, so its reference is judged like the case itself. */
  readonly force: string;
  readonly role: PersonRole;
  readonly since: string;
}

export class PersonRepository {
  constructor(
    private readonly db: Neo4jExecutor,
    private readonly audited: AuditedWriter,
  ) {}

  async byIds(ids: readonly string[], viewer: ViewerParams, meta: TxMetadata): Promise<Map<string, Person>> {
    const rows = await this.db.read(peopleByIds(ids, viewer), meta);
    return new Map(
      rows.map((row) => {
        const person = row['person'] as Person;
        return [person.id, person];
      }),
    );
  }

  /** The owning force and involvements per visible case id; hidden or unknown cases are absent from the map. */
  async involvementsOfCases(caseIds: readonly string[], viewer: ViewerParams, meta: TxMetadata): Promise<Map<string, CasePeople>> {
    const rows = await this.db.read(involvementsOfCases(caseIds, viewer), meta);
    return new Map(
      rows.map((row) => {
        const caseId = row['caseId'] as string;
        const found = row['involvements'] as Omit<Involvement, 'caseId'>[];
        return [caseId, { force: row['force'] as string, people: found.map((i) => ({ ...i, caseId })) }];
      }),
    );
  }

  async caseLinksOfPeople(personIds: readonly string[], viewer: ViewerParams, meta: TxMetadata): Promise<Map<string, CaseLink[]>> {
    const rows = await this.db.read(involvementsOfPeople(personIds, viewer), meta);
    return new Map(rows.map((row) => [row['personId'] as string, row['involvements'] as CaseLink[]]));
  }

  async createInCase(
    input: NewPerson & { id: string; caseId: string; role: PersonRole; createdBy: string },
    viewer: ViewerParams,
    meta: RequestMeta,
  ): Promise<Involvement | null> {
    const [row] = await this.audited.write(
      meta,
      'recordPerson',
      (tx) => run(tx, createPersonInCase(input, viewer)),
      ([made]) => involved(made),
    );
    return row === undefined ? null : toInvolvement(row, input.caseId);
  }

  async link(
    input: { personId: string; caseId: string; role: PersonRole; recordedBy: string },
    viewer: ViewerParams,
    meta: RequestMeta,
  ): Promise<Involvement | null> {
    const [row] = await this.audited.write(
      meta,
      'linkPersonToCase',
      (tx) => run(tx, linkPersonToCase(input, viewer)),
      ([linked]) => involved(linked),
    );
    return row === undefined ? null : toInvolvement(row, input.caseId);
  }

  /** Null when the person is unknown or hidden. */
  async update(personId: string, changes: Record<string, unknown>, viewer: ViewerParams, meta: RequestMeta): Promise<Person | null> {
    const [row] = await this.audited.write(
      meta,
      'updatePerson',
      (tx) => run(tx, updatePerson(personId, changes, viewer)),
      ([changed]) => person(changed),
    );
    return row === undefined ? null : (row['person'] as Person);
  }

  async addAlias(
    input: { personId: string; forenames: string; surname: string; recordedBy: string },
    viewer: ViewerParams,
    meta: RequestMeta,
  ): Promise<Person | null> {
    const [row] = await this.audited.write(
      meta,
      'recordAlias',
      (tx) => run(tx, addAlias(input, viewer)),
      ([named]) => person(named),
    );
    return row === undefined ? null : (row['person'] as Person);
  }
}

/**
 * A person recorded in or linked to a case, for the audit: the person and the case. Another force's
 * case, or a person seen only through one, is another force's data (worked out in the Cypher).
 */
function involved(row: Row | undefined) {
  if (row === undefined) return null;
  const who = row['person'] as { id: string; foreign: boolean };
  return { records: [`Person:${who.id}`, `Case:${row['caseId'] as string}`], foreign: row['foreign'] === true || who.foreign };
}

/** A person's details changed, for the audit; one seen only through another force's case is that force's data. */
function person(row: Row | undefined) {
  if (row === undefined) return null;
  const who = row['person'] as { id: string; foreign: boolean };
  return { records: [`Person:${who.id}`], foreign: who.foreign };
}

function toInvolvement(row: Record<string, unknown>, caseId: string): Involvement {
  return { caseId, person: row['person'] as Person, role: row['role'] as PersonRole, since: row['since'] as string };
}
