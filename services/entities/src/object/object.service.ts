import { randomUUID } from 'node:crypto';
import {
  assertCan,
  CrosslinkError,
  decodeKeyset,
  pageSize,
  toConnection,
  viewerParams,
  type Connection,
  type MutationName,
  type Principal,
  type RequestMeta,
  type ViewerParams,
} from '@crosslink/common';
import DataLoader from 'dataloader';
import type { BankAccountInput } from './bank.normalise.js';
import type { PageRequest } from './object.cypher.js';
import type { CaseRef, NewSharedObject, ObjectLabel, Sighting, StoredObject } from './object.model.js';
import type { ObjectRepository } from './object.repository.js';
import { validateBankAccount, validateEmailAddress, validateItem, validateOnlineAccount, validatePhone, validateVehicle } from './object.validation.js';

/** Where an object is recorded: a case, and optionally a person in that case. */
export interface RecordTarget {
  readonly caseId: string;
  readonly personId?: string | null;
}

export interface PageArgs {
  readonly first?: number | null;
  readonly after?: string | null;
}

type PageKey = readonly [parentId: string, kind: string | null, size: number, after: string | null];

/** Objects use cases for one request's principal, each list batched into one query per tick. */
export class ObjectService {
  private readonly viewer: ViewerParams;
  private readonly byLabel = new Map<ObjectLabel, DataLoader<string, StoredObject | null>>();
  private readonly casesByLabel = new Map<ObjectLabel, DataLoader<string, Sighting<CaseRef>[] | null>>();
  private readonly ofPerson: DataLoader<string, StoredObject[]>;
  private readonly ofCase: DataLoader<string, Sighting<StoredObject>[] | null>;

  constructor(
    private readonly repository: ObjectRepository,
    private readonly principal: Principal,
    hubForce: string,
    private readonly meta: RequestMeta,
  ) {
    this.viewer = viewerParams(principal, hubForce);
    this.ofPerson = new DataLoader(async (ids) => {
      const found = await this.repository.ofPeople(ids, this.viewer, this.meta);
      return ids.map((id) => found.get(id) ?? []);
    });
    this.ofCase = new DataLoader(async (keys) => {
      const found = await this.repository.ofCases(keys.map(pageRequest), this.viewer, this.meta);
      return keys.map((key) => found.get(key) ?? null);
    });
  }

  /** An object of a kind by id; null when unknown or hidden (also for `_entities`). */
  byIdOrNull(label: ObjectLabel, id: string): Promise<StoredObject | null> {
    assertCan(this.principal, 'object:read');
    let loader = this.byLabel.get(label);
    if (loader === undefined) {
      loader = new DataLoader(async (ids) => {
        const found = await this.repository.byIds(label, ids, this.viewer, this.meta);
        return ids.map((i) => found.get(i) ?? null);
      });
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
      loader = new DataLoader(async (keys) => {
        const found = await this.repository.casesOf(label, keys.map(pageRequest), this.viewer, this.meta);
        return keys.map((key) => found.get(key) ?? null);
      });
      this.casesByLabel.set(label, loader);
    }
    const rows = (await loader.load(pageKey([objectId, null, size, args.after ?? null]))) ?? [];
    return toConnection(rows, size, (s) => [s.at, s.node.id]);
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
    const recorded = await this.repository.recordItem({ ...item, ...this.owner(input) }, this.viewer, this.meta);
    return recorded ?? (await this.refusal(input));
  }

  private async recordShared(mutation: MutationName, target: RecordTarget, object: NewSharedObject): Promise<StoredObject> {
    assertCan(this.principal, 'object:record');
    const recorded = await this.repository.recordShared({ ...object, ...this.owner(target) }, this.viewer, this.meta, mutation);
    return recorded ?? (await this.refusal(target));
  }

  private owner(target: RecordTarget) {
    return { id: randomUUID(), caseId: target.caseId, personId: target.personId ?? null, recordedBy: this.principal.username };
  }

  /** Why a record wrote nothing: the case is unknown or hidden, or the person is not in it. */
  private async refusal(target: RecordTarget): Promise<never> {
    if (target.personId && (await this.repository.caseVisible(target.caseId, this.viewer, this.meta))) {
      throw new CrosslinkError('PERSON_NOT_FOUND', 'No such person in that case, or you may not see them', { field: 'input.personId' });
    }
    throw new CrosslinkError('CASE_NOT_FOUND', undefined, { field: 'input.caseId' });
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
