import { randomUUID } from 'node:crypto';
import {
  assertCan,
  CrosslinkError,
  viewerParams,
  worksFor,
  writerParams,
  type Principal,
  type RequestMeta,
  type ViewerParams,
  type WriterParams,
  loadByKeys,
} from '@crosslink/common';
import type DataLoader from 'dataloader';
import { validateAddress, type AddressInput } from './address.validation.js';
import type { Location, Occupant } from './location.model.js';
import type { LocationRepository, RecordedAddress } from './location.repository.js';

export interface RecordAddressInput extends AddressInput {
  readonly caseId: string;
  /** A person in the case whose address it is. */
  readonly personId?: string | null;
}

export class LocationService {
  private readonly viewer: ViewerParams & WriterParams;
  private readonly byId: DataLoader<string, Location | null>;
  private readonly ofPerson: DataLoader<string, Location[] | null>;
  private readonly occupantsOf: DataLoader<string, Occupant[]>;

  constructor(
    private readonly repository: LocationRepository,
    private readonly principal: Principal,
    private readonly hubForce: string,
    private readonly meta: RequestMeta,
  ) {
    this.viewer = { ...viewerParams(principal, hubForce), ...writerParams(principal, hubForce) };
    this.byId = loadByKeys((ids) => this.repository.byIds(ids, this.viewer, this.meta), null);
    this.ofPerson = loadByKeys((personIds) => this.repository.addressesOfPeople(personIds, this.viewer, this.meta), null);
    this.occupantsOf = loadByKeys((ids) => this.repository.occupants(ids, this.viewer, this.meta), []);
  }

  byIdOrNull(id: string): Promise<Location | null> {
    assertCan(this.principal, 'location:read');
    return this.byId.load(id);
  }

  /** A person's addresses, or null when the person is unknown or hidden. */
  addressesOf(personId: string): Promise<Location[] | null> {
    assertCan(this.principal, 'location:read');
    return this.ofPerson.load(personId);
  }

  /** The people the visible cases say live at a location, with their role in each. */
  occupants(locationId: string): Promise<Occupant[]> {
    assertCan(this.principal, 'location:read');
    return this.occupantsOf.load(locationId);
  }

  async recordAddress(input: RecordAddressInput): Promise<RecordedAddress> {
    assertCan(this.principal, 'location:record');
    const address = validateAddress(input, 'input');
    const caseId = input.caseId.trim();
    const personId = input.personId?.trim() || null;
    const p = this.principal;
    const recorded = await this.repository.record(
      { ...address, id: randomUUID(), caseId, personId, recordedBy: p.username },
      { askedBy: p.username, askedByName: p.displayName, askedByForce: p.force },
      this.viewer,
      this.meta,
    );
    if (recorded !== null) return recorded;
    const force = await this.repository.caseForce(caseId, this.viewer, this.meta);
    if (force === null) throw new CrosslinkError('CASE_NOT_FOUND', undefined, { field: 'input.caseId' });
    if (!worksFor(p, this.hubForce, force))
      throw new CrosslinkError('FORBIDDEN', 'Only the owning force, or a hub supervisor, records in a case', { field: 'input.caseId' });
    throw new CrosslinkError('PERSON_NOT_FOUND', 'No such person in that case, or you may not see them', { field: 'input.personId' });
  }
}
