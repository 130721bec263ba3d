/** What one case says of an address, as its force recorded it. */
export interface AddressClaim {
  readonly caseId: string;
  readonly force: string;
  readonly line1: string;
  readonly line2: string | null;
  readonly town: string;
  readonly latitude: number | null;
  readonly longitude: number | null;
  readonly forceArea: string | null;
  readonly recordedBy: string;
  readonly recordedAt: string;
}

/** The details of an address a reader is shown: one claim's (see addressShown in common). */
export type AddressDetails = Pick<AddressClaim, 'line1' | 'line2' | 'town' | 'latitude' | 'longitude' | 'forceArea'>;

/** A location as read: its key, the details shown to the reader, and every visible case's claim. */
export interface Location {
  readonly id: string;
  readonly postcode: string;
  readonly postcodeArea: string;
  readonly postcodeDistrict: string;
  readonly postcodeSector: string;
  /** Null only when no visible case records it, which a visible location never is. */
  readonly shown: AddressDetails | null;
  readonly claims: readonly AddressClaim[];
  /** Seen by the viewer only through other forces' cases: the answer holding it needs a purpose. */
  readonly foreign: boolean;
}

/** A person a case says lives at a location, with their role in that case. */
export interface Occupant {
  readonly personId: string;
  readonly role: string;
  readonly caseId: string;
  readonly force: string;
  readonly recordedAt: string;
}

export interface NewAddress {
  readonly line1: string;
  readonly line2: string | null;
  readonly town: string;
  readonly postcode: string;
  readonly postcodeArea: string;
  readonly postcodeDistrict: string;
  readonly postcodeSector: string;
  readonly latitude: number | null;
  readonly longitude: number | null;
  readonly forceArea: string | null;
  /** Identifies the address whoever records it, so the same address is one node. */
  readonly addressKey: string;
}

/** A Person as this subgraph knows it: the id, and the addresses loaded with it. */
export interface PersonAddresses {
  readonly id: string;
  readonly addresses: readonly Location[];
}
