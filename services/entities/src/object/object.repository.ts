import {
  run,
  type AuditedWriter,
  type MutationName,
  type Neo4jExecutor,
  type RequestMeta,
  type TxMetadata,
  type ViewerParams,
  type WriterParams,
  type Hit,
  type Recorder,
} from '@crosslink/common';
import type { IdempotencyRequest } from '../idempotency/idempotency.js';
import {
  caseIsVisible,
  casesOfObjects,
  holdersOfObjects,
  objectsByIds,
  objectsOfCases,
  objectsOfPeople,
  recordItem,
  recordSharedObject,
  type PageRequest,
  type RecordedRow,
} from './object.cypher.js';
import { hitsOnEntry } from '../discovery/discovery.repository.js';
import type { CaseRef, Holder, NewItem, NewSharedObject, ObjectLabel, SharedKind, Sighting, StoredObject } from './object.model.js';
import { storedObject } from './object.sightings.js';

/** A shared object as recorded, and where else its value is known. */
export interface Recorded {
  readonly object: StoredObject;
  readonly hits: readonly Hit[];
}

type Owner = { id: string; caseId: string; personId: string | null; recordedBy: string; idempotency: IdempotencyRequest | null };

export class ObjectRepository {
  constructor(
    private readonly db: Neo4jExecutor,
    private readonly audited: AuditedWriter,
  ) {}

  async byIds(label: ObjectLabel, ids: readonly string[], viewer: ViewerParams, meta: TxMetadata): Promise<Map<string, StoredObject>> {
    const rows = await this.db.read(objectsByIds(label, ids, viewer), meta);
    return new Map(
      rows.map((row) => {
        const found = storedObject(row.object);
        return [found.id, found];
      }),
    );
  }

  /** Objects per visible person; unknown or hidden people are absent from the map. */
  async ofPeople(personIds: readonly string[], viewer: ViewerParams, meta: TxMetadata): Promise<Map<string, StoredObject[]>> {
    const rows = await this.db.read(objectsOfPeople(personIds, viewer), meta);
    return new Map(rows.map((row) => [row.personId, row.objects.map(storedObject)]));
  }

  /** A page of sightings per request key; requests for hidden cases are absent. */
  async ofCases(requests: readonly PageRequest[], viewer: ViewerParams, meta: TxMetadata): Promise<Map<string, Sighting<StoredObject>[]>> {
    const rows = await this.db.read(objectsOfCases(requests, viewer), meta);
    return new Map(rows.map((row) => [row.key, row.rows.map((seen) => ({ ...seen, node: storedObject(seen.node) }))]));
  }

  /** A page of (case id, first sighting) per request key; requests for hidden objects are absent. */
  async casesOf(label: ObjectLabel, requests: readonly PageRequest[], viewer: ViewerParams, meta: TxMetadata): Promise<Map<string, Sighting<CaseRef>[]>> {
    const rows = await this.db.read(casesOfObjects(label, requests, viewer), meta);
    return new Map(rows.map((row) => [row.key, row.rows]));
  }

  /** The people visible cases tie to each visible object; hidden or unknown objects are absent from the map. */
  async holdersOf(label: ObjectLabel, ids: readonly string[], viewer: ViewerParams, meta: TxMetadata): Promise<Map<string, Holder[]>> {
    const rows = await this.db.read(holdersOfObjects(label, ids, viewer), meta);
    return new Map(rows.map((row) => [row.id, row.holders]));
  }

  /**
   * Null when the case is hidden or another force's, or the person is not in it; then nothing was
   * written. Otherwise the object and its hits on entry (see hitsOnEntry), found and alerted in the
   * same transaction as the record.
   */
  async recordShared(
    input: NewSharedObject & Owner,
    recorder: Recorder,
    viewer: ViewerParams & WriterParams,
    meta: RequestMeta,
    mutation: MutationName,
  ): Promise<Recorded | null> {
    return this.audited
      .write(
        meta,
        mutation,
        async (tx) => {
          const [row] = await run(tx, recordSharedObject(input, viewer));
          if (row === undefined) return null;
          const object = storedObject(row.object);
          const found = await hitsOnEntry(tx, { label: input.label, id: object.id, key: input.key, caseId: input.caseId }, recorder, viewer);
          return { object, hits: found.hits, row, holding: found.holding };
        },
        (made) => {
          if (made === null) return null;
          const audit = recorded(made.row);
          return {
            records: [...audit.records, ...made.holding.filter((h) => !h.visible).map((h) => `Case:${h.caseId}`)],
            // Naming a visible case of another force is that force's data, as a subject check's is.
            foreign: audit.foreign || made.holding.some((h) => h.visible && h.force !== viewer.viewer.force),
          };
        },
      )
      .then((made) => (made === null ? null : { object: made.object, hits: made.hits }));
  }

  /** The hits a retried record answers with again: read as when first recorded, alerting nobody. */
  hitsOf(object: { label: SharedKind; id: string; key: string; caseId: string }, recorder: Recorder, viewer: ViewerParams, meta: TxMetadata): Promise<Hit[]> {
    return this.db.readTx(async (tx) => (await hitsOnEntry(tx, object, recorder, viewer, false)).hits, meta);
  }

  async recordItem(input: NewItem & Owner, viewer: ViewerParams & WriterParams, meta: RequestMeta): Promise<StoredObject | null> {
    const [row] = await this.audited.write(
      meta,
      'recordItem',
      (tx) => run(tx, recordItem(input, viewer)),
      ([made]) => (made === undefined ? null : recorded(made)),
    );
    return row === undefined ? null : storedObject(row.object);
  }

  /** The owning force of a visible case; null when it is unknown or hidden. */
  async caseForce(caseId: string, viewer: ViewerParams, meta: TxMetadata): Promise<string | null> {
    const [row] = await this.db.read(caseIsVisible(caseId, viewer), meta);
    return row?.force ?? null;
  }
}

/**
 * An object recorded, for the audit: it, the case that records it and the person it is tied to. The
 * case's force, or an object seen only through other forces' cases, makes it another force's data.
 */
function recorded(row: RecordedRow) {
  const object = storedObject(row.object);
  const { personId } = row;
  return {
    records: [`${object.__typename}:${object.id}`, `Case:${row.caseId}`, ...(typeof personId === 'string' ? [`Person:${personId}`] : [])],
    foreign: row.foreign === true || object.foreign,
  };
}
