import { randomUUID } from 'node:crypto';
import { assertCan, CrosslinkError, viewerParams, type Principal, type RequestMeta, type ViewerParams } from '@crosslink/common';
import DataLoader from 'dataloader';
import type { Involvement, Person } from './person.model.js';
import type { CaseLink, CasePeople, PersonRepository } from './person.repository.js';
import { normaliseIdentifiers, type IdentifiersInput } from './identifiers.normalise.js';
import { parseDateOfBirth } from './dob.js';
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
}

export interface RecordAliasInput extends AliasInput {
  readonly personId: string;
}

/** People use cases for one request's principal, with per-request batching. */
export class PersonService {
  private readonly viewer: ViewerParams;
  private readonly byId: DataLoader<string, Person | null>;
  private readonly ofCase: DataLoader<string, CasePeople | null>;
  private readonly linksOf: DataLoader<string, CaseLink[]>;

  constructor(
    private readonly repository: PersonRepository,
    private readonly principal: Principal,
    hubForce: string,
    private readonly meta: RequestMeta,
  ) {
    this.viewer = viewerParams(principal, hubForce);
    this.byId = new DataLoader(async (ids) => {
      const found = await this.repository.byIds(ids, this.viewer, this.meta);
      return ids.map((id) => found.get(id) ?? null);
    });
    this.ofCase = new DataLoader(async (caseIds) => {
      const found = await this.repository.involvementsOfCases(caseIds, this.viewer, this.meta);
      return caseIds.map((id) => found.get(id) ?? null);
    });
    this.linksOf = new DataLoader(async (personIds) => {
      const found = await this.repository.caseLinksOfPeople(personIds, this.viewer, this.meta);
      return personIds.map((id) => found.get(id) ?? []);
    });
  }

  byIdOrNull(id: string): Promise<Person | null> {
    assertCan(this.principal, 'person:read');
    return this.byId.load(id);
  }

  /** The people in a case (and its owning force), or null when the case is unknown or hidden. */
  involvementsOfCase(caseId: string): Promise<CasePeople | null> {
    assertCan(this.principal, 'person:read');
    return this.ofCase.load(caseId);
  }

  caseLinksOf(personId: string): Promise<CaseLink[]> {
    assertCan(this.principal, 'person:read');
    return this.linksOf.load(personId);
  }

  /** Records a new person in a case the caller may see. */
  async recordInCase(input: RecordPersonInput): Promise<Involvement> {
    assertCan(this.principal, 'person:record');
    const role = checkRole(input.role, 'input.role');
    const person = validatePerson(input, 'input', new Date());
    const created = await this.repository.createInCase(
      { ...person, id: randomUUID(), caseId: input.caseId, role, createdBy: this.principal.username },
      this.viewer,
      this.meta,
    );
    if (created === null) throw new CrosslinkError('CASE_NOT_FOUND', undefined, { field: 'input.caseId' });
    return created;
  }

  /**
   * Changes the details given (a null clears one; an absent one is left alone). Names are not
   * changed here: a new name is an alias, so the old one is never lost.
   */
  async update(input: UpdatePersonInput): Promise<Person> {
    assertCan(this.principal, 'person:record');
    const today = new Date();
    const changes: Record<string, unknown> = {};
    if (input.dateOfBirth !== undefined) {
      const dob = input.dateOfBirth?.trim() ? parseDateOfBirth(input.dateOfBirth.trim(), 'input.dateOfBirth', today) : null;
      Object.assign(changes, { dateOfBirth: dob?.value ?? null, dateOfBirthPrecision: dob?.precision ?? null });
    }
    if (input.gender !== undefined) changes['gender'] = input.gender === null ? null : checkGender(input.gender, 'input.gender');
    if (input.nationality !== undefined) {
      changes['nationality'] = input.nationality?.trim() ? checkNationality(input.nationality, 'input.nationality') : null;
    }
    if (input.vulnerabilities !== undefined) changes['vulnerabilities'] = checkVulnerabilities(input.vulnerabilities ?? [], 'input.vulnerabilities');
    if (input.identifiers) {
      const normalised = normaliseIdentifiers(input.identifiers, 'input.identifiers', today);
      for (const key of Object.keys(normalised) as (keyof typeof normalised)[]) {
        if (input.identifiers[key] !== undefined) changes[key] = normalised[key];
      }
    }
    const updated = await this.repository.update(input.personId, changes, this.viewer, this.meta);
    if (updated === null) throw new CrosslinkError('PERSON_NOT_FOUND', undefined, { field: 'input.personId' });
    return updated;
  }

  async recordAlias(input: RecordAliasInput): Promise<Person> {
    assertCan(this.principal, 'person:record');
    const alias = validateAlias(input, 'input');
    const updated = await this.repository.addAlias({ ...alias, personId: input.personId, recordedBy: this.principal.username }, this.viewer, this.meta);
    if (updated === null) throw new CrosslinkError('PERSON_NOT_FOUND', undefined, { field: 'input.personId' });
    return updated;
  }

  /** Puts a known person in (another) case: how the same person shows up across cases and forces. */
  async linkToCase(input: LinkPersonInput): Promise<Involvement> {
    assertCan(this.principal, 'person:record');
    const role = checkRole(input.role, 'input.role');
    const linked = await this.repository.link(
      { personId: input.personId, caseId: input.caseId, role, recordedBy: this.principal.username },
      this.viewer,
      this.meta,
    );
    if (linked === null) {
      const person = await this.byId.load(input.personId);
      if (person === null) throw new CrosslinkError('PERSON_NOT_FOUND', undefined, { field: 'input.personId' });
      throw new CrosslinkError('CASE_NOT_FOUND', undefined, { field: 'input.caseId' });
    }
    return linked;
  }
}
