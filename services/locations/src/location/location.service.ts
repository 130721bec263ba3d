import { randomUUID } from 'node:crypto';
import { assertCan, CrosslinkError, viewerParams, type Principal, type RequestMeta, type ViewerParams } from '@crosslink/common';
import DataLoader from 'dataloader';
import { validateAddress, type AddressInput } from './address.validation.js';
import type { Location } from './location.model.js';
import type { LocationRepository } from './location.repository.js';

export interface RecordAddressInput extends AddressInput {
  readonly personId: string;
}

export class LocationService {
  private readonly viewer: ViewerParams;
  private readonly byId: DataLoader<string, Location | null>;
  private readonly ofPerson: DataLoader<string, Location[] | null>;

  constructor(
    private readonly repository: LocationRepository,
    private readonly principal: Principal,
    hubForce: string,
    private readonly meta: RequestMeta,
  ) {
    this.viewer = viewerParams(principal, hubForce);
    this.byId = new DataLoader(async (ids) => {
      const found = await this.repository.byIds(ids, this.viewer, this.meta);
      return ids.map((id) => found.get(id) ?? null);
    });
    this.ofPerson = new DataLoader(async (personIds) => {
      const found = await this.repository.addressesOfPeople(personIds, this.viewer, this.meta);
      return personIds.map((id) => found.get(id) ?? null);
    });
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

  async recordAddress(input: RecordAddressInput): Promise<Location> {
    assertCan(this.principal, 'location:record');
    const address = validateAddress(input, 'input');
    const recorded = await this.repository.record(
      { ...address, id: randomUUID(), personId: input.personId, recordedBy: this.principal.username },
      this.viewer,
      this.meta,
    );
    if (recorded === null) throw new CrosslinkError('PERSON_NOT_FOUND', undefined, { field: 'input.personId' });
    return recorded;
  }
}
