export interface Location {
  readonly id: string;
  readonly line1: string;
  readonly line2: string | null;
  readonly town: string;
  readonly postcode: string;
  readonly postcodeArea: string;
  readonly postcodeDistrict: string;
  readonly postcodeSector: string;
}

export interface NewAddress {
  readonly line1: string;
  readonly line2: string | null;
  readonly town: string;
  readonly postcode: string;
  readonly postcodeArea: string;
  readonly postcodeDistrict: string;
  readonly postcodeSector: string;
  /** Identifies the address whoever records it, so the same address is one node. */
  readonly addressKey: string;
}
