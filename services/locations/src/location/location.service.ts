import { randomUUID } from 'node:crypto';
import { assertCan, CrosslinkError, loadByKeys, worksFor, type Location, type RequestScope } from '@crosslink/common';
import type DataLoader from 'dataloader';
import { validateAddress, type AddressInput } from './address.validation.js';
import type { Occupant } from './location.model.js';
import type { LocationRepository, RecordedAddress } from './location.repository.js';

export interface RecordAddressInput extends AddressInput {
  readonly caseId: string;
  /** A person in the case whose address it is. */
  readonly personId?: string | null;
}

export class LocationService {
  private readonly byId: DataLoader<string, Location | null>;
  private readonly ofPerson: DataLoader<string, Location[] | null>;
  private readonly occupantsOf: DataLoader<string, Occupant[]>;

  constructor(
    private readonly repository: LocationRepository,
    private readonly scope: RequestScope,
  ) {
    const { access, meta } = scope;
    this.byId = loadByKeys((ids) => this.repository.byIds(ids, access, meta), null);
    this.ofPerson = loadByKeys((personIds) => this.repository.addressesOfPeople(personIds, access, meta), null);
    this.occupantsOf = loadByKeys((ids) => this.repository.occupants(ids, access, meta), []);
  }

  byIdOrNull(id: string): Promise<Location | null> {
    assertCan(this.scope.principal, 'location:read');
    return this.byId.load(id);
  }

  /** A person's addresses, or null when the person is unknown or hidden. */
  addressesOf(personId: string): Promise<Location[] | null> {
    assertCan(this.scope.principal, 'location:read');
    return this.ofPerson.load(personId);
  }

  /** The people the visible cases say live at a location, with their role in each. */
  occupants(locationId: string): Promise<Occupant[]> {
    assertCan(this.scope.principal, 'location:read');
    return this.occupantsOf.load(locationId);
  }

  async recordAddress(input: RecordAddressInput): Promise<RecordedAddress> {
    assertCan(this.scope.principal, 'location:record');
    const address = validateAddress(input, 'input');
    const caseId = input.caseId.trim();
    const personId = input.personId?.trim() || null;
    const { principal: p, access, meta, hubForce } = this.scope;
    const recorded = await this.repository.record(
      { ...address, id: randomUUID(), caseId, personId, recordedBy: p.username },
      { askedBy: p.username, askedByName: p.displayName, askedByForce: p.force },
      access,
      meta,
    );
    if (recorded !== null) return recorded;
    const force = await this.repository.caseForce(caseId, access, meta);
    if (force === null) throw new CrosslinkError('CASE_NOT_FOUND', undefined, { field: 'input.caseId' });
    if (!worksFor(p, hubForce, force))
      throw new CrosslinkError('FORBIDDEN', 'Only the owning force, or a hub supervisor, records in a case', { field: 'input.caseId' });
    throw new CrosslinkError('PERSON_NOT_FOUND', 'No such person in that case, or you may not see them', { field: 'input.personId' });
  }
}
