import { randomUUID } from 'node:crypto';
import {
  assertCan,
  CrosslinkError,
  decodeKeyset,
  pageSize,
  toConnection,
  viewerParams,
  worksFor,
  writerParams,
  type Connection,
  type MutationName,
  type Principal,
  type RequestMeta,
  type ViewerParams,
  type WriterParams,
  loadByKeys,
} from '@crosslink/common';
import type DataLoader from 'dataloader';
import { idempotencyRequest, type IdempotencyRequest } from '../idempotency/idempotency.js';
import type { Idempotency } from '../idempotency/idempotency.service.js';
import type { BankAccountInput } from './bank.normalise.js';
import type { PageRequest } from './object.cypher.js';
import type { CaseRef, Holder, NewSharedObject, ObjectLabel, Sighting, StoredObject } from './object.model.js';
import type { ObjectRepository, Recorded } from './object.repository.js';
import { validateBankAccount, validateEmailAddress, validateItem, validateOnlineAccount, validatePhone, validateVehicle } from './object.validation.js';

/** Where an object is recorded: a case, and optionally a person in that case. */
export interface RecordTarget {
  readonly caseId: string;
  readonly personId?: string | null;
  /** Makes a retry of the same request return what the first made (see idempotency.ts). */
  readonly idempotencyKey?: string | null;
}

export interface PageArgs {
  readonly first?: number | null;
  readonly after?: string | null;
}

type PageKey = readonly [parentId: string, kind: string | null, size: number, after: string | null];

/** Objects use cases for one request's principal, each list batched into one query per tick. */
export class ObjectService {
  private readonly viewer: ViewerParams & WriterParams;
  private readonly byLabel = new Map<ObjectLabel, DataLoader<string, StoredObject | null>>();
  private readonly casesByLabel = new Map<ObjectLabel, DataLoader<string, Sighting<CaseRef>[] | null>>();
  private readonly holdersByLabel = new Map<ObjectLabel, DataLoader<string, Holder[]>>();
  private readonly ofPerson: DataLoader<string, StoredObject[]>;
  private readonly ofCase: DataLoader<string, Sighting<StoredObject>[] | null>;

  constructor(
    private readonly repository: ObjectRepository,
    private readonly principal: Principal,
    private readonly hubForce: string,
    private readonly meta: RequestMeta,
    private readonly idempotency: Idempotency,
  ) {
    this.viewer = { ...viewerParams(principal, hubForce), ...writerParams(principal, hubForce) };
    this.ofPerson = loadByKeys((ids) => this.repository.ofPeople(ids, this.viewer, this.meta), []);
    this.ofCase = loadByKeys((keys) => this.repository.ofCases(keys.map(pageRequest), this.viewer, this.meta), null);
  }

  /** An object of a kind by id; null when unknown or hidden (also for `_entities`). */
  byIdOrNull(label: ObjectLabel, id: string): Promise<StoredObject | null> {
    assertCan(this.principal, 'object:read');
    let loader = this.byLabel.get(label);
    if (loader === undefined) {
      loader = loadByKeys((ids) => this.repository.byIds(label, ids, this.viewer, this.meta), null);
      this.byLabel.set(label, loader);
    }
    return loader.load(id);
  }

  /** A person's objects of one kind, linked in cases the caller may see. */
  async ofPersonByKind(personId: string, label: ObjectLabel): Promise<StoredObject[]> {
    assertCan(this.principal, 'object:read');
    return (await this.ofPerson.load(personId)).filter((o) => o.__typename === label);
  }

  /** A page of a case's objects, optionally of one kind; null when the case is unknown or hidden. */
  async ofCasePage(caseId: string, kind: ObjectLabel | null, args: PageArgs): Promise<Connection<Sighting<StoredObject>> | null> {
    assertCan(this.principal, 'object:read');
    const size = pageSize(args.first);
    decodeKeyset(args.after, 'datetime'); // a bad cursor fails this field alone, not the whole batch
    const rows = await this.ofCase.load(pageKey([caseId, kind, size, args.after ?? null]));
    return rows === null ? null : toConnection(rows, size, (s) => [s.at, s.node.id]);
  }

  /** A page of the visible cases an object is recorded in, oldest first. */
  async casesPage(label: ObjectLabel, objectId: string, args: PageArgs): Promise<Connection<Sighting<CaseRef>>> {
    assertCan(this.principal, 'object:read');
    assertCan(this.principal, 'case:read');
    const size = pageSize(args.first);
    decodeKeyset(args.after, 'datetime'); // a bad cursor fails this field alone, not the whole batch
    let loader = this.casesByLabel.get(label);
    if (loader === undefined) {
      loader = loadByKeys((keys) => this.repository.casesOf(label, keys.map(pageRequest), this.viewer, this.meta), null);
      this.casesByLabel.set(label, loader);
    }
    const rows = (await loader.load(pageKey([objectId, null, size, args.after ?? null]))) ?? [];
    return toConnection(rows, size, (s) => [s.at, s.node.id]);
  }

  /** The people the caller's visible cases tie to an object (holders, keepers, users), oldest first. */
  async holders(label: ObjectLabel, objectId: string): Promise<Holder[]> {
    assertCan(this.principal, 'object:read');
    assertCan(this.principal, 'person:read');
    let loader = this.holdersByLabel.get(label);
    if (loader === undefined) {
      loader = loadByKeys((ids) => this.repository.holdersOf(label, ids, this.viewer, this.meta), []);
      this.holdersByLabel.set(label, loader);
    }
    return loader.load(objectId);
  }

  recordPhone(input: RecordTarget & { number: string; imei?: string | null }) {
    return this.recordShared('recordPhone', input, validatePhone(input, 'input'));
  }

  recordVehicle(input: RecordTarget & { vrm: string; make?: string | null; model?: string | null; colour?: string | null }) {
    return this.recordShared('recordVehicle', input, validateVehicle(input, 'input'));
  }

  recordEmailAddress(input: RecordTarget & { address: string }) {
    return this.recordShared('recordEmailAddress', input, validateEmailAddress(input, 'input'));
  }

  recordOnlineAccount(input: RecordTarget & { platform: string; handle: string }) {
    return this.recordShared('recordOnlineAccount', input, validateOnlineAccount(input, 'input'));
  }

  recordBankAccount(input: RecordTarget & BankAccountInput) {
    return this.recordShared('recordBankAccount', input, validateBankAccount(input, 'input'));
  }

  async recordItem(input: RecordTarget & { kind: string; description: string }): Promise<StoredObject> {
    assertCan(this.principal, 'object:record');
    const item = validateItem(input, 'input');
    const key = idempotencyRequest(input, 'recordItem', this.principal.userId, 'input.idempotencyKey');
    return this.idempotency.once(
      key,
      'input.idempotencyKey',
      async () => (await this.repository.recordItem({ ...item, ...this.owner(input, key) }, this.viewer, this.meta)) ?? (await this.refusal(input)),
      (id) => this.replay('Item', id),
    );
  }

  /**
   * Records a shared object in a case of the caller's force (a hub supervisor's: any force's), and
   * answers with its hits on entry. A retry with the same idempotency key returns the object the
   * first attempt recorded, and its hits as they stand, alerting nobody again.
   */
  private async recordShared(mutation: MutationName, target: RecordTarget, object: NewSharedObject): Promise<Recorded> {
    assertCan(this.principal, 'object:record');
    const key = idempotencyRequest(target, mutation, this.principal.userId, 'input.idempotencyKey');
    const recorder = { askedBy: this.principal.username, askedByName: this.principal.displayName, askedByForce: this.principal.force };
    return this.idempotency.once(
      key,
      'input.idempotencyKey',
      async () =>
        (await this.repository.recordShared({ ...object, ...this.owner(target, key) }, recorder, this.viewer, this.meta, mutation)) ??
        (await this.refusal(target)),
      async (id) => {
        const replayed = await this.replay(object.label, id);
        const at = { label: object.label, id, key: object.key, caseId: target.caseId };
        return { object: replayed, hits: await this.repository.hitsOf(at, recorder, this.viewer, this.meta) };
      },
    );
  }

  private owner(target: RecordTarget, idempotency: IdempotencyRequest | null) {
    return { id: randomUUID(), caseId: target.caseId, personId: target.personId ?? null, recordedBy: this.principal.username, idempotency };
  }

  /** What an earlier request with the same key recorded, read as any read is. */
  private async replay(label: ObjectLabel, id: string): Promise<StoredObject> {
    const found = await this.byIdOrNull(label, id);
    if (found === null) throw new CrosslinkError('NOT_FOUND', 'What this key recorded is no longer in sight', { field: 'input.idempotencyKey' });
    return found;
  }

  /**
   * Why a record wrote nothing: the case is unknown or hidden (CASE_NOT_FOUND), another force's
   * (FORBIDDEN), or the person is not in it (PERSON_NOT_FOUND).
   */
  private async refusal(target: RecordTarget): Promise<never> {
    const force = await this.repository.caseForce(target.caseId, this.viewer, this.meta);
    if (force === null) throw new CrosslinkError('CASE_NOT_FOUND', undefined, { field: 'input.caseId' });
    if (!worksFor(this.principal, this.hubForce, force)) {
      throw new CrosslinkError('FORBIDDEN', 'Only the owning force, or a hub supervisor, records in a case', { field: 'input.caseId' });
    }
    throw new CrosslinkError('PERSON_NOT_FOUND', 'No such person in that case, or you may not see them', { field: 'input.personId' });
  }
}

const pageKey = (key: PageKey) => JSON.stringify(key);

function pageRequest(key: string): PageRequest {
  const [parentId, kind, size, after] = JSON.parse(key) as PageKey;
  const cursor = decodeKeyset(after, 'datetime');
  return {
    key,
    parentId,
    kind,
    limit: size + 1,
    afterAt: cursor === null ? null : String(cursor[0]),
    afterId: cursor === null ? null : String(cursor[1]),
  };
}
