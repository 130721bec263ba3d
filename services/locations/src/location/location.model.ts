export interface Location {
  readonly id: string;
  readonly line1: string;
  readonly line2: string | null;
  readonly town: string;
  readonly postcode: string;
  readonly postcodeArea: string;
  readonly postcodeDistrict: string;
  readonly postcodeSector: string;
  readonly latitude: number | null;
  readonly longitude: number | null;
  /** Code of the force whose area the location falls in, when known. */
  readonly forceArea: string | null;
  /** Seen by the viewer only through other forces' cases: the answer holding it needs a purpose. */
  readonly foreign: boolean;
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
