import { randomUUID } from 'node:crypto';
import {
  assertCan,
  CrosslinkError,
  decodeKeyset,
  pageSize,
  toConnection,
  worksFor,
  type Connection,
  type Hit,
  type MutationName,
  type RequestScope,
  loadByKeys,
} from '@crosslink/common';
import type DataLoader from 'dataloader';
import { idempotencyRequest, type IdempotencyRequest } from '../idempotency/idempotency.js';
import type { Idempotency } from '../idempotency/idempotency.service.js';
import type { BankAccountInput } from './bank.normalise.js';
import type { PageRequest } from './object.cypher.js';
import {
  holderRelations,
  type CaseRef,
  type CaseObjectConnection,
  type CaseSightingConnection,
  type Holder,
  type NewSharedObject,
  type ObjectHolder,
  type ObjectLabel,
  type Sighting,
  type StoredObject,
} from './object.model.js';
import type { ObjectRepository, Recorded } from './object.repository.js';
import { described } from './object.sightings.js';
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

/** A case's objects asked for: optionally of one kind, a page of them. */
export interface CasePageArgs extends PageArgs {
  readonly kind?: ObjectLabel | null;
}

const emptyPage = (): Connection<never> => ({ edges: [], pageInfo: { hasNextPage: false, endCursor: null } });

/** Objects use cases for one request's principal, each list batched into one query per tick. */
export class ObjectService {
  private readonly byLabel = new Map<ObjectLabel, DataLoader<string, StoredObject | null>>();
  private readonly casesByLabel = new Map<ObjectLabel, DataLoader<string, Sighting<CaseRef>[] | null>>();
  private readonly holdersByLabel = new Map<ObjectLabel, DataLoader<string, Holder[]>>();
  private readonly ofPerson: DataLoader<string, StoredObject[]>;
  private readonly ofCase: DataLoader<string, Sighting<StoredObject>[] | null>;

  constructor(
    private readonly repository: ObjectRepository,
    private readonly scope: RequestScope,
    private readonly idempotency: Idempotency,
  ) {
    const { access, meta } = scope;
    this.ofPerson = loadByKeys((ids) => this.repository.ofPeople(ids, access, meta), []);
    this.ofCase = loadByKeys((keys) => this.repository.ofCases(keys.map(pageRequest), access, meta), null);
  }

  /** An object of a kind by id; null when unknown or hidden (also for `_entities`). */
  byIdOrNull(label: ObjectLabel, id: string): Promise<StoredObject | null> {
    assertCan(this.scope.principal, 'object:read');
    let loader = this.byLabel.get(label);
    if (loader === undefined) {
      loader = loadByKeys((ids) => this.repository.byIds(label, ids, this.scope.access, this.scope.meta), null);
      this.byLabel.set(label, loader);
    }
    return loader.load(id);
  }

  /** A person's objects of one kind, linked in cases the caller may see. */
  async ofPersonByKind(personId: string, label: ObjectLabel): Promise<StoredObject[]> {
    assertCan(this.scope.principal, 'object:read');
    return (await this.ofPerson.load(personId)).filter((o) => o.__typename === label);
  }

  /** A page of a case's objects, optionally of one kind; an empty page when the case is unknown or hidden. */
  async ofCasePage(caseId: string, args: CasePageArgs): Promise<CaseObjectConnection> {
    assertCan(this.scope.principal, 'object:read');
    const size = pageSize(args.first);
    decodeKeyset(args.after, 'datetime'); // a bad cursor fails this field alone, not the whole batch
    const rows = await this.ofCase.load(pageKey([caseId, args.kind ?? null, size, args.after ?? null]));
    const page = rows === null ? emptyPage() : toConnection(rows, size, (s) => [s.at, s.node.id]);
    return { ...page, edges: page.edges.map((e) => ({ cursor: e.cursor, recordedAt: e.node.at, node: e.node.node })) };
  }

  /**
   * Starts loading a page of a case's objects (`args` as its objects field is asked for, or null when
   * it is not) with the case itself, so that the field then finds it loaded. The query checks the
   * case's visibility itself, and what it finds for a hidden case is never returned.
   */
  prefetchOfCase(caseId: string, args: CasePageArgs | null): void {
    if (args !== null) void this.ofCasePage(caseId, args).catch(() => undefined);
  }

  /** A page of the visible cases an object is recorded in, oldest first, each as a reference to the case. */
  async casesPage(label: ObjectLabel, objectId: string, args: PageArgs): Promise<CaseSightingConnection> {
    assertCan(this.scope.principal, 'object:read');
    assertCan(this.scope.principal, 'case:read');
    const size = pageSize(args.first);
    decodeKeyset(args.after, 'datetime'); // a bad cursor fails this field alone, not the whole batch
    let loader = this.casesByLabel.get(label);
    if (loader === undefined) {
      loader = loadByKeys((keys) => this.repository.casesOf(label, keys.map(pageRequest), this.scope.access, this.scope.meta), null);
      this.casesByLabel.set(label, loader);
    }
    const rows = (await loader.load(pageKey([objectId, null, size, args.after ?? null]))) ?? [];
    const page = toConnection(rows, size, (s) => [s.at, s.node.id]);
    return {
      ...page,
      edges: page.edges.map((e) => ({ cursor: e.cursor, recordedAt: e.node.at, node: { __typename: 'Case' as const, ...e.node.node } })),
    };
  }

  /** The people the caller's visible cases tie to an object (holders, keepers, users), oldest first, with what each is to it. */
  async holders(label: ObjectLabel, objectId: string): Promise<ObjectHolder[]> {
    assertCan(this.scope.principal, 'object:read');
    assertCan(this.scope.principal, 'person:read');
    let loader = this.holdersByLabel.get(label);
    if (loader === undefined) {
      loader = loadByKeys((ids) => this.repository.holdersOf(label, ids, this.scope.access, this.scope.meta), []);
      this.holdersByLabel.set(label, loader);
    }
    return (await loader.load(objectId)).map((holder) => ({ ...holder, relation: holderRelations[label] }));
  }

  /** A vehicle's detail as the first claim giving it says (claims come own force's first, then oldest first). */
  detail(object: StoredObject, property: 'make' | 'model' | 'colour'): string | null {
    return described(object, property);
  }

  async recordPhone(input: RecordTarget & { number: string; imei?: string | null }): Promise<{ phone: StoredObject; hits: readonly Hit[] }> {
    const { object, hits } = await this.recordShared('recordPhone', input, validatePhone(input, 'input'));
    return { phone: object, hits };
  }

  async recordVehicle(
    input: RecordTarget & { vrm: string; make?: string | null; model?: string | null; colour?: string | null },
  ): Promise<{ vehicle: StoredObject; hits: readonly Hit[] }> {
    const { object, hits } = await this.recordShared('recordVehicle', input, validateVehicle(input, 'input'));
    return { vehicle: object, hits };
  }

  async recordEmailAddress(input: RecordTarget & { address: string }): Promise<{ emailAddress: StoredObject; hits: readonly Hit[] }> {
    const { object, hits } = await this.recordShared('recordEmailAddress', input, validateEmailAddress(input, 'input'));
    return { emailAddress: object, hits };
  }

  async recordOnlineAccount(input: RecordTarget & { platform: string; handle: string }): Promise<{ onlineAccount: StoredObject; hits: readonly Hit[] }> {
    const { object, hits } = await this.recordShared('recordOnlineAccount', input, validateOnlineAccount(input, 'input'));
    return { onlineAccount: object, hits };
  }

  async recordBankAccount(input: RecordTarget & BankAccountInput): Promise<{ bankAccount: StoredObject; hits: readonly Hit[] }> {
    const { object, hits } = await this.recordShared('recordBankAccount', input, validateBankAccount(input, 'input'));
    return { bankAccount: object, hits };
  }

  async recordItem(input: RecordTarget & { kind: string; description: string }): Promise<StoredObject> {
    const { principal: p, access, meta } = this.scope;
    assertCan(p, 'object:record');
    const item = validateItem(input, 'input');
    const key = idempotencyRequest(input, 'recordItem', p.userId, 'input.idempotencyKey');
    return this.idempotency.once(
      key,
      'input.idempotencyKey',
      async () => (await this.repository.recordItem({ ...item, ...this.owner(input, key) }, access, meta)) ?? (await this.refusal(input)),
      (id) => this.replay('Item', id),
    );
  }

  /**
   * Records a shared object in a case of the caller's force (a hub supervisor's: any force's), and
   * answers with its hits on entry. A retry with the same idempotency key returns the object the
   * first attempt recorded, and its hits as they stand, alerting nobody again.
   */
  private async recordShared(mutation: MutationName, target: RecordTarget, object: NewSharedObject): Promise<Recorded> {
    const { principal: p, access, meta } = this.scope;
    assertCan(p, 'object:record');
    const key = idempotencyRequest(target, mutation, p.userId, 'input.idempotencyKey');
    const recorder = { askedBy: p.username, askedByName: p.displayName, askedByForce: p.force };
    return this.idempotency.once(
      key,
      'input.idempotencyKey',
      async () =>
        (await this.repository.recordShared({ ...object, ...this.owner(target, key) }, recorder, access, meta, mutation)) ?? (await this.refusal(target)),
      async (id) => {
        const replayed = await this.replay(object.label, id);
        const at = { label: object.label, id, key: object.key, caseId: target.caseId };
        return { object: replayed, hits: await this.repository.hitsOf(at, recorder, access, meta) };
      },
    );
  }

  private owner(target: RecordTarget, idempotency: IdempotencyRequest | null) {
    return { id: randomUUID(), caseId: target.caseId, personId: target.personId ?? null, recordedBy: this.scope.principal.username, idempotency };
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
    const { principal, access, meta, hubForce } = this.scope;
    const force = await this.repository.caseForce(target.caseId, access, meta);
    if (force === null) throw new CrosslinkError('CASE_NOT_FOUND', undefined, { field: 'input.caseId' });
    if (!worksFor(principal, hubForce, force)) {
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
