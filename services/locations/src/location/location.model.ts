import type { Location } from '@crosslink/common';

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
