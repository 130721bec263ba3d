import type { Neo4jExecutor, TxMetadata, ViewerParams } from '@crosslink/common';
import type { Involvement, NewPerson, Person, PersonRole } from './person.model.js';
import {
  createPersonInCase,
  involvementsOfCases,
  involvementsOfPeople,
  linkPersonToCase,
  peopleByIds,
  updatePerson,
  addAlias,
} from './person.cypher.js';

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
  constructor(private readonly db: Neo4jExecutor) {}

  async byIds(ids: readonly string[], viewer: ViewerParams, meta: TxMetadata): Promise<Map<string, Person>> {
    const rows = await this.db.read(peopleByIds(ids, viewer), meta);
    return new Map(rows.map((row) => {
      const person = row['person'] as Person;
      return [person.id, person];
    }));
  }

  /** The owning force and involvements per visible case id; hidden or unknown cases are absent from the map. */
  async involvementsOfCases(caseIds: readonly string[], viewer: ViewerParams, meta: TxMetadata): Promise<Map<string, CasePeople>> {
    const rows = await this.db.read(involvementsOfCases(caseIds, viewer), meta);
    return new Map(rows.map((row) => {
      const caseId = row['caseId'] as string;
      const found = row['involvements'] as Omit<Involvement, 'caseId'>[];
      return [caseId, { force: row['force'] as string, people: found.map((i) => ({ ...i, caseId })) }];
    }));
  }

  async caseLinksOfPeople(personIds: readonly string[], viewer: ViewerParams, meta: TxMetadata): Promise<Map<string, CaseLink[]>> {
    const rows = await this.db.read(involvementsOfPeople(personIds, viewer), meta);
    return new Map(rows.map((row) => [row['personId'] as string, row['involvements'] as CaseLink[]]));
  }

  async createInCase(
    input: NewPerson & { id: string; caseId: string; role: PersonRole; createdBy: string },
    viewer: ViewerParams,
    meta: TxMetadata,
  ): Promise<Involvement | null> {
    const [row] = await this.db.write(createPersonInCase(input, viewer), meta);
    return row === undefined ? null : toInvolvement(row, input.caseId);
  }

  async link(
    input: { personId: string; caseId: string; role: PersonRole; recordedBy: string },
    viewer: ViewerParams,
    meta: TxMetadata,
  ): Promise<Involvement | null> {
    const [row] = await this.db.write(linkPersonToCase(input, viewer), meta);
    return row === undefined ? null : toInvolvement(row, input.caseId);
  }

  /** Null when the person is unknown or hidden. */
  async update(personId: string, changes: Record<string, unknown>, viewer: ViewerParams, meta: TxMetadata): Promise<Person | null> {
    const [row] = await this.db.write(updatePerson(personId, changes, viewer), meta);
    return row === undefined ? null : (row['person'] as Person);
  }

  async addAlias(
    input: { personId: string; forenames: string; surname: string; recordedBy: string },
    viewer: ViewerParams,
    meta: TxMetadata,
  ): Promise<Person | null> {
    const [row] = await this.db.write(addAlias(input, viewer), meta);
    return row === undefined ? null : (row['person'] as Person);
  }
}

function toInvolvement(row: Record<string, unknown>, caseId: string): Involvement {
  return { caseId, person: row['person'] as Person, role: row['role'] as PersonRole, since: row['since'] as string };
}
