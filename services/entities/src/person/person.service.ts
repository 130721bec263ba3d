import { randomUUID } from 'node:crypto';
import {
  assertCan,
  compareStoredInstants,
  CrosslinkError,
  validationError,
  loadByKeys,
  normaliseIdentifiers,
  parseDateOfBirth,
  storedDateOfBirth,
  type IdentifiersInput,
  type RequestScope,
} from '@crosslink/common';
import type DataLoader from 'dataloader';
import { entriesOf } from '../history/history.model.js';
import { idempotencyRequest } from '../idempotency/idempotency.js';
import type { Idempotency } from '../idempotency/idempotency.service.js';
import { checkDay } from '../victim/nrm.rules.js';
import { childStatus, type ChildStatus } from './child.js';
import { planPersonUpdate, type PersonChanges } from './person.plan.js';
import type { Alias, CaseLink, CasePeople, CaseStub, Involvement, Person, RecordedPerson } from './person.model.js';
import type { PersonRepository } from './person.repository.js';
import { safeguardingOf, type Safeguarding } from './safeguarding.js';
import {
  checkGender,
  checkNationality,
  checkRole,
  checkVulnerabilities,
  validateAlias,
  validatePerson,
  type AliasInput,
  type PersonInput,
} from './person.validation.js';

export interface RecordPersonInput extends PersonInput {
  readonly caseId: string;
  readonly role: string;
  readonly idempotencyKey?: string | null;
}

export interface LinkPersonInput {
  readonly personId: string;
  readonly caseId: string;
  readonly role: string;
}

export interface UpdatePersonInput {
  readonly personId: string;
  readonly dateOfBirth?: string | null;
  readonly gender?: string | null;
  readonly nationality?: string | null;
  readonly identifiers?: IdentifiersInput | null;
  readonly vulnerabilities?: readonly string[] | null;
  /** Why, kept with the change in the person's history. */
  readonly reason?: string | null;
}

export interface RecordAliasInput extends AliasInput {
  readonly personId: string;
  readonly idempotencyKey?: string | null;
}

const REASON_MAX = 500;

/** An optional reason for a change: trimmed, at most 500 characters; blank is none. */
export function optionalReason(raw: string | null | undefined, field: string): string | null {
  const value = raw?.trim().replace(/\s+/g, ' ') ?? '';
  if (value.length > REASON_MAX) throw validationError(field, `At most ${REASON_MAX} characters`);
  return value === '' ? null : value;
}

/** People use cases for one request's principal, with per-request batching. */
export class PersonService {
  private readonly byId: DataLoader<string, Person | null>;
  private readonly ofCase: DataLoader<string, CasePeople | null>;
  private readonly linksOf: DataLoader<string, CaseLink[]>;

  constructor(
    private readonly repository: PersonRepository,
    private readonly scope: RequestScope,
    private readonly idempotency: Idempotency,
  ) {
    const { access, meta } = scope;
    this.byId = loadByKeys((ids) => this.repository.byIds(ids, access, meta), null);
    this.ofCase = loadByKeys((caseIds) => this.repository.involvementsOfCases(caseIds, access, meta), null);
    this.linksOf = loadByKeys((personIds) => this.repository.caseLinksOfPeople(personIds, access, meta), []);
  }

  byIdOrNull(id: string): Promise<Person | null> {
    assertCan(this.scope.principal, 'person:read');
    return this.byId.load(id);
  }

  /** A person another record names (a link's other end, an object's holder); VALIDATION_FAILED with `gone` if they went out of sight. */
  async named(personId: string, gone: string): Promise<Person> {
    const person = await this.byIdOrNull(personId);
    if (person === null) throw validationError('person', gone);
    return person;
  }

  /** The people in a case (and its owning force), or null when the case is unknown or hidden. */
  involvementsOfCase(caseId: string): Promise<CasePeople | null> {
    assertCan(this.scope.principal, 'person:read');
    return this.ofCase.load(caseId);
  }

  /** A case referenced by another subgraph, with its people and owning force; null when it is unknown or hidden. */
  async caseById(caseId: string): Promise<CaseStub | null> {
    const found = await this.involvementsOfCase(caseId);
    return found === null ? null : { id: caseId, force: found.force, people: found.people };
  }

  /**
   * A case's people: those loaded with its reference, or, for a case reached inside this subgraph
   * (a person's cases), by the same batched loader (a hidden case has none to show).
   */
  async peopleOf(stub: CaseStub): Promise<readonly Involvement[]> {
    return stub.people ?? (await this.involvementsOfCase(stub.id))?.people ?? [];
  }

  caseLinksOf(personId: string): Promise<CaseLink[]> {
    assertCan(this.scope.principal, 'person:read');
    return this.linksOf.load(personId);
  }

  /** A person's other names, oldest first. */
  aliasesOf(person: Person): Alias[] {
    return [...person.aliases].sort((a, b) => compareStoredInstants(a.at, b.at));
  }

  /** Whether a person was a child at a date (YYYY-MM-DD; today when none is given). */
  childAt(person: Person, at: string | null | undefined): ChildStatus {
    // Any calendar date may be asked about, future ones too (the latest date JS can represent).
    const day = at ? new Date(`${checkDay(at, 'at', new Date(8.64e15))}T00:00:00Z`) : new Date();
    return childStatus(storedDateOfBirth(person.dateOfBirth), day);
  }

  /** Whether a person was a child when put in the case: for a case's participant and a person just recorded alike. */
  childWhenRecorded(involvement: Involvement): ChildStatus {
    return childStatus(storedDateOfBirth(involvement.person.dateOfBirth), new Date(involvement.since));
  }

  /** Why a person needs safeguarding, today. */
  safeguarding(person: Person): Safeguarding {
    return safeguardingOf(person, new Date());
  }

  /**
   * Records a new person in a case of the caller's force (a hub supervisor's: any force's). A retry
   * with the same idempotency key returns the person the first attempt recorded.
   */
  async recordInCase(input: RecordPersonInput): Promise<RecordedPerson> {
    const { principal: p, access, meta } = this.scope;
    assertCan(p, 'person:record');
    const role = checkRole(input.role, 'input.role');
    const person = validatePerson(input, 'input', new Date());
    const key = idempotencyRequest(input, 'recordPerson', p.userId, 'input.idempotencyKey');
    const recorder = { askedBy: p.username, askedByName: p.displayName, askedByForce: p.force };
    return this.idempotency.once(
      key,
      'input.idempotencyKey',
      async () => {
        const created = await this.repository.createInCase(
          { ...person, id: randomUUID(), caseId: input.caseId, role, createdBy: p.username, idempotency: key },
          recorder,
          access,
          meta,
        );
        return created ?? (await this.caseRefusal(input.caseId));
      },
      async (personId) => {
        const found = (await this.ofCase.load(input.caseId))?.people.find((i) => i.person.id === personId && i.role === role);
        if (found === undefined)
          throw new CrosslinkError('PERSON_NOT_FOUND', 'What this key recorded is no longer in sight', { field: 'input.idempotencyKey' });
        return { ...found, hits: await this.repository.personHitsOf({ id: personId, caseId: input.caseId }, recorder, access, meta) };
      },
    );
  }

  /**
   * Changes the details given (a null clears one; an absent one is left alone), keeping what each
   * replaced in the person's history. Only a force that has the person in one of its own cases, or
   * a hub supervisor, changes them. Names are not changed here: a new name is an alias, so the old
   * one is never lost.
   */
  async update(input: UpdatePersonInput): Promise<Person> {
    assertCan(this.scope.principal, 'person:record');
    const today = new Date();
    const changes: PersonChanges = {};
    if (input.dateOfBirth !== undefined) {
      const dob = input.dateOfBirth?.trim() ? parseDateOfBirth(input.dateOfBirth.trim(), 'input.dateOfBirth', today) : null;
      Object.assign(changes, { dateOfBirth: dob?.value ?? null, dateOfBirthPrecision: dob?.precision ?? null });
    }
    if (input.gender !== undefined) changes.gender = input.gender === null ? null : checkGender(input.gender, 'input.gender');
    if (input.nationality !== undefined) {
      changes.nationality = input.nationality?.trim() ? checkNationality(input.nationality, 'input.nationality') : null;
    }
    if (input.vulnerabilities !== undefined) changes.vulnerabilities = checkVulnerabilities(input.vulnerabilities ?? [], 'input.vulnerabilities');
    if (input.identifiers) {
      const normalised = normaliseIdentifiers(input.identifiers, 'input.identifiers', today);
      for (const key of Object.keys(normalised) as (keyof typeof normalised)[]) {
        if (input.identifiers[key] !== undefined) changes[key] = normalised[key];
      }
    }
    const reason = optionalReason(input.reason, 'input.reason');
    const changeId = randomUUID();
    const updated = await this.repository.change(
      input.personId,
      this.scope.access,
      (current) => planPersonUpdate(current, changes),
      { changedBy: this.scope.principal.username, changeReason: reason, entries: (plan) => entriesOf(changeId, plan.changes) },
      this.scope.meta,
    );
    this.byId.clear(updated.id).prime(updated.id, updated);
    return updated;
  }

  /**
   * Adds another name (an alias) to a person the caller may change, recorded in their history. A
   * retry with the same idempotency key adds nothing more.
   */
  async recordAlias(input: RecordAliasInput): Promise<Person> {
    const { principal: p, access, meta } = this.scope;
    assertCan(p, 'person:record');
    const alias = validateAlias(input, 'input');
    const key = idempotencyRequest(input, 'recordAlias', p.userId, 'input.idempotencyKey');
    const entries = entriesOf(randomUUID(), [{ field: 'alias', from: null, to: `${alias.forenames} ${alias.surname}` }]);
    return this.idempotency.once(
      key,
      'input.idempotencyKey',
      async () => {
        const updated = await this.repository.addAlias(
          { ...alias, personId: input.personId, recordedBy: p.username, idempotency: key, entries, changedBy: p.username, changeReason: null },
          access,
          meta,
        );
        if (updated !== null) return updated;
        if ((await this.byId.load(input.personId)) === null) throw new CrosslinkError('PERSON_NOT_FOUND', undefined, { field: 'input.personId' });
        throw new CrosslinkError('FORBIDDEN', 'Only a force that has this person in one of its own cases, or a hub supervisor, changes them', {
          field: 'input.personId',
        });
      },
      async (personId) => {
        const person = await this.byId.load(personId);
        if (person === null) throw new CrosslinkError('PERSON_NOT_FOUND', undefined, { field: 'input.personId' });
        return person;
      },
    );
  }

  /**
   * Puts a known person in (another) case of the caller's force (a hub supervisor's: any force's):
   * how the same person shows up across cases and forces.
   */
  async linkToCase(input: LinkPersonInput): Promise<Involvement> {
    assertCan(this.scope.principal, 'person:record');
    const role = checkRole(input.role, 'input.role');
    const linked = await this.repository.link(
      { personId: input.personId, caseId: input.caseId, role, recordedBy: this.scope.principal.username },
      this.scope.access,
      this.scope.meta,
    );
    if (linked === null) {
      const person = await this.byId.load(input.personId);
      if (person === null) throw new CrosslinkError('PERSON_NOT_FOUND', undefined, { field: 'input.personId' });
      return this.caseRefusal(input.caseId);
    }
    return linked;
  }

  /**
   * Why a write into a case wrote nothing: the case is unknown or hidden (CASE_NOT_FOUND, the two
   * alike), or the caller sees it but it is another force's (FORBIDDEN).
   */
  async caseRefusal(caseId: string): Promise<never> {
    if ((await this.ofCase.load(caseId)) === null) throw new CrosslinkError('CASE_NOT_FOUND', undefined, { field: 'input.caseId' });
    throw new CrosslinkError('FORBIDDEN', 'Only the owning force, or a hub supervisor, records in a case', { field: 'input.caseId' });
  }
}
