import { assertCan, loadByKeys, type Location, type RequestScope } from '@crosslink/common';
import type DataLoader from 'dataloader';
import type { AddressRepository } from './address.repository.js';

/** People's addresses for one request's principal: one statement per batch of people. */
export class AddressService {
  private readonly ofPerson: DataLoader<string, Location[]>;

  constructor(
    private readonly repository: AddressRepository,
    private readonly scope: RequestScope,
  ) {
    const { access, meta } = scope;
    // A person this service answered is visible, so has a row; a hidden one would have no addresses to show.
    this.ofPerson = loadByKeys((personIds) => this.repository.ofPeople(personIds, access, meta), []);
  }

  /** The addresses visible cases give a person, under the same permission as reading a location. */
  addressesOf(personId: string): Promise<Location[]> {
    assertCan(this.scope.principal, 'location:read');
    return this.ofPerson.load(personId);
  }
}
