/**
 * truth.json: the answers woven into a generated national graph, for tests and benchmarks of cross-force
 * matching to be scored against. The plan names things by key; once every force is written, each key
 * has its :ID and the plan becomes the truth.
 */

/** Something planned in a force, known by its key until written. */
export interface Ref {
  readonly key: string;
  readonly force: string;
}

export type DuplicateError = 'EXACT' | 'SURNAME_TYPO' | 'FORENAME_NICKNAME' | 'DOB_DAY_MONTH_SWAPPED' | 'DOB_MISSING' | 'HYPHENATED_SURNAME';

export interface PlannedCountyLine {
  readonly name: string;
  readonly dealLine: string;
  readonly homeForce: string;
  readonly forces: readonly string[];
  readonly controller: Ref;
  readonly runners: readonly (Ref & { readonly child: boolean })[];
  readonly cuckooed: readonly Ref[];
  readonly crimes: readonly Ref[];
}

export interface PlannedTraffickingRing {
  readonly nationality: string;
  readonly forces: readonly string[];
  readonly controller: readonly Ref[];
  readonly victims: readonly Ref[];
  readonly addresses: readonly (Ref & { readonly address: string; readonly postcode: string })[];
  readonly phone: string;
  readonly crimes: readonly Ref[];
}

export interface PlannedFraudNetwork {
  readonly forces: readonly string[];
  readonly members: readonly Ref[];
  readonly victims: readonly Ref[];
  readonly emails: readonly string[];
  readonly phones: readonly string[];
  readonly crimes: readonly Ref[];
}

export interface PlannedDuplicate {
  readonly a: Ref;
  readonly b: Ref;
  readonly error: DuplicateError;
  /** The phone number (digits) both records hold, or null when they hold none in common. */
  readonly phone: string | null;
}

export interface Plan {
  readonly countyLines: readonly PlannedCountyLine[];
  readonly traffickingRings: readonly PlannedTraffickingRing[];
  readonly fraudNetworks: readonly PlannedFraudNetwork[];
  readonly duplicates: readonly PlannedDuplicate[];
}

/** What one force's bundle holds. */
export interface ForceCounts {
  people: number;
  crimes: number;
  locations: number;
  phones: number;
  calls: number;
  emails: number;
  vehicles: number;
  officers: number;
  relationships: number;
  bytes: number;
}

export interface Placed {
  readonly id: string;
  readonly force: string;
}

export interface Truth {
  readonly seed: number;
  readonly people: number;
  readonly forces: Readonly<Record<string, ForceCounts>>;
  readonly countyLines: readonly {
    readonly name: string;
    readonly dealLine: string;
    readonly homeForce: string;
    readonly forces: readonly string[];
    readonly controller: string;
    readonly runners: readonly (Placed & { readonly child: boolean })[];
    readonly cuckooed: readonly { readonly locationId: string; readonly force: string }[];
    readonly crimes: readonly string[];
  }[];
  readonly traffickingRings: readonly {
    readonly nationality: string;
    readonly forces: readonly string[];
    readonly controller: readonly Placed[];
    readonly victims: readonly Placed[];
    readonly addresses: readonly { readonly locationId: string; readonly force: string; readonly address: string; readonly postcode: string }[];
    readonly phone: string;
    readonly crimes: readonly string[];
  }[];
  readonly fraudNetworks: readonly {
    readonly forces: readonly string[];
    readonly members: readonly Placed[];
    readonly victims: readonly Placed[];
    readonly emails: readonly string[];
    readonly phones: readonly string[];
    readonly crimes: readonly string[];
  }[];
  readonly duplicates: readonly { readonly a: Placed; readonly b: Placed; readonly error: DuplicateError; readonly phone: string | null }[];
}

/** The plan with every key replaced by the :ID it was written under. */
export function resolveTruth(
  plan: Plan,
  ids: ReadonlyMap<string, string>,
  header: { readonly seed: number; readonly people: number; readonly forces: Readonly<Record<string, ForceCounts>> },
): Truth {
  const id = (ref: Ref): string => {
    const found = ids.get(ref.key);
    if (found === undefined) throw new Error(`${ref.key} was planned but never written`);
    return found;
  };
  const placed = (ref: Ref): Placed => ({ id: id(ref), force: ref.force });
  return {
    ...header,
    countyLines: plan.countyLines.map((line) => ({
      name: line.name,
      dealLine: line.dealLine,
      homeForce: line.homeForce,
      forces: line.forces,
      controller: id(line.controller),
      runners: line.runners.map((r) => ({ ...placed(r), child: r.child })),
      cuckooed: line.cuckooed.map((c) => ({ locationId: id(c), force: c.force })),
      crimes: line.crimes.map(id),
    })),
    traffickingRings: plan.traffickingRings.map((ring) => ({
      nationality: ring.nationality,
      forces: ring.forces,
      controller: ring.controller.map(placed),
      victims: ring.victims.map(placed),
      addresses: ring.addresses.map((a) => ({ locationId: id(a), force: a.force, address: a.address, postcode: a.postcode })),
      phone: ring.phone,
      crimes: ring.crimes.map(id),
    })),
    fraudNetworks: plan.fraudNetworks.map((network) => ({
      forces: network.forces,
      members: network.members.map(placed),
      victims: network.victims.map(placed),
      emails: network.emails,
      phones: network.phones,
      crimes: network.crimes.map(id),
    })),
    duplicates: plan.duplicates.map((d) => ({ a: placed(d.a), b: placed(d.b), error: d.error, phone: d.phone })),
  };
}
