import {
  CrosslinkError,
  run,
  type AuditedWriter,
  type Neo4jExecutor,
  type RequestMeta,
  type TxMetadata,
  type ViewerParams,
  type WriterParams,
  type Hit,
  type Recorder,
} from '@crosslink/common';
import { personHitsOnEntry } from '../discovery/discovery.repository.js';
import type { IdempotencyRequest } from '../idempotency/idempotency.js';
import type { CaseLink, CasePeople, Involvement, NewPerson, Person, PersonRole, RecordedPerson } from './person.model.js';
import type { PersonPlan } from './person.plan.js';
import {
  addAlias,
  applyPersonChanges,
  createPersonInCase,
  involvementsOfCases,
  involvementsOfPeople,
  linkPersonToCase,
  lockPerson,
  peopleByIds,
  type HistoryEntries,
  type InvolvementRow,
} from './person.cypher.js';

export class PersonRepository {
  constructor(
    private readonly db: Neo4jExecutor,
    private readonly audited: AuditedWriter,
  ) {}

  async byIds(ids: readonly string[], viewer: ViewerParams, meta: TxMetadata): Promise<Map<string, Person>> {
    const rows = await this.db.read(peopleByIds(ids, viewer), meta);
    return new Map(rows.map(({ person }) => [person.id, person]));
  }

  /** The owning force and involvements per visible case id; hidden or unknown cases are absent from the map. */
  async involvementsOfCases(caseIds: readonly string[], viewer: ViewerParams, meta: TxMetadata): Promise<Map<string, CasePeople>> {
    const rows = await this.db.read(involvementsOfCases(caseIds, viewer), meta);
    return new Map(rows.map(({ caseId, force, involvements }) => [caseId, { force, people: involvements.map((i) => ({ ...i, caseId })) }]));
  }

  async caseLinksOfPeople(personIds: readonly string[], viewer: ViewerParams, meta: TxMetadata): Promise<Map<string, CaseLink[]>> {
    const rows = await this.db.read(involvementsOfPeople(personIds, viewer), meta);
    return new Map(rows.map((row) => [row.personId, row.involvements]));
  }

  /**
   * Records a new person in a visible, writable case and, in the same transaction, their hits on
   * entry (see personHitsOnEntry). Null when the case is unknown, hidden or not the viewer's to
   * write; then nothing was written. The audit names the hidden cases whose officers were alerted.
   */
  async createInCase(
    input: NewPerson & { id: string; caseId: string; role: PersonRole; createdBy: string; idempotency: IdempotencyRequest | null },
    recorder: Recorder,
    viewer: ViewerParams & WriterParams,
    meta: RequestMeta,
  ): Promise<RecordedPerson | null> {
    const made = await this.audited.write(
      meta,
      'recordPerson',
      async (tx) => {
        const [row] = await run(tx, createPersonInCase(input, viewer));
        if (row === undefined) return null;
        const found = await personHitsOnEntry(tx, { id: input.id, caseId: input.caseId }, recorder, viewer);
        return { row, ...found };
      },
      (done) => {
        const audit = involved(done?.row);
        if (done === null || audit === null) return null;
        return {
          records: [...audit.records, ...done.holding.filter((h) => !h.visible).map((h) => `Case:${h.caseId}`)],
          // Naming a visible case of another force is that force's data, as a subject check's is.
          foreign: audit.foreign || done.holding.some((h) => h.visible && h.force !== viewer.viewer.force),
        };
      },
    );
    return made === null ? null : { ...toInvolvement(made.row, input.caseId), hits: made.hits };
  }

  /** The hits a retried record answers with again: read as when first recorded, alerting nobody. */
  personHitsOf(person: { id: string; caseId: string }, recorder: Recorder, viewer: ViewerParams, meta: TxMetadata): Promise<Hit[]> {
    return this.db.readTx(async (tx) => (await personHitsOnEntry(tx, person, recorder, viewer, false)).hits, meta);
  }

  async link(
    input: { personId: string; caseId: string; role: PersonRole; recordedBy: string },
    viewer: ViewerParams & WriterParams,
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

  /**
   * Changes a visible person in one transaction: locks them, refuses (FORBIDDEN) when the viewer may
   * not change them, lets `plan` decide from their current state, applies the plan and appends it
   * to their history. A refusal — PERSON_NOT_FOUND for a person unknown or hidden — writes nothing
   * and leaves no audit event. An accepted change is audited even when it found every value already
   * as asked (nothing in the history then): the officer still altered the record as far as they knew.
   */
  async change(
    personId: string,
    viewer: ViewerParams & WriterParams,
    plan: (current: Person) => PersonPlan,
    history: Omit<HistoryEntries, 'entries'> & { entries: (plan: PersonPlan) => HistoryEntries['entries'] },
    meta: RequestMeta,
  ): Promise<Person> {
    const done = await this.audited.write(
      meta,
      'updatePerson',
      async (tx) => {
        const [row] = await run(tx, lockPerson(personId, viewer));
        if (row === undefined) throw new CrosslinkError('PERSON_NOT_FOUND', undefined, { field: 'input.personId' });
        if (row.writable !== true) {
          throw new CrosslinkError('FORBIDDEN', 'Only a force that has this person in one of its own cases, or a hub supervisor, changes them', {
            field: 'input.personId',
          });
        }
        const planned = plan(row.person);
        if (planned.changes.length === 0) return row;
        const [changed] = await run(tx, applyPersonChanges(personId, planned.set, { ...history, entries: history.entries(planned) }, viewer));
        if (changed === undefined) throw new Error('person change returned no row');
        return changed;
      },
      (row) => person(row),
    );
    return done.person;
  }

  /** Null when the person is unknown, hidden or not the viewer's to change; then nothing was written. */
  async addAlias(
    input: { personId: string; forenames: string; surname: string; recordedBy: string; idempotency: IdempotencyRequest | null } & HistoryEntries,
    viewer: ViewerParams & WriterParams,
    meta: RequestMeta,
  ): Promise<Person | null> {
    const [row] = await this.audited.write(
      meta,
      'recordAlias',
      (tx) => run(tx, addAlias(input, viewer)),
      ([named]) => person(named),
    );
    return row === undefined ? null : row.person;
  }
}

/**
 * A person recorded in or linked to a case, for the audit: the person and the case. Another force's
 * case, or a person seen only through one, is another force's data (worked out in the Cypher).
 */
function involved(row: InvolvementRow | undefined) {
  if (row === undefined) return null;
  return { records: [`Person:${row.person.id}`, `Case:${row.caseId}`], foreign: row.foreign === true || row.person.foreign };
}

/** A person's details changed, for the audit; one seen only through another force's case is that force's data. */
function person(row: { person: Person } | undefined) {
  if (row === undefined) return null;
  return { records: [`Person:${row.person.id}`], foreign: row.person.foreign };
}

function toInvolvement(row: InvolvementRow, caseId: string): Involvement {
  return { caseId, person: row.person, role: row.role, since: row.since };
}
