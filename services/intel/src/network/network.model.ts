import type { LinkKind as SchemaLinkKind, NetworkNodeKind } from '../generated/schema-types.js';
import { everyValueOf } from '../shared/enum-values.js';

/**
 * The analyst's view of the graph: records as nodes, typed links between them, each link naming the
 * case that asserts it. Only records and links the viewer may see are ever built into one; what is
 * hidden but touches it is a withheld marker naming the force that knows it.
 */

/** The kinds of record a network holds, and the label each is stored under. */
export const nodeLabels = {
  PERSON: 'Person',
  PHONE: 'Phone',
  VEHICLE: 'Vehicle',
  EMAIL: 'EmailAddress',
  ONLINE_ACCOUNT: 'OnlineAccount',
  BANK_ACCOUNT: 'BankAccount',
  LOCATION: 'Location',
} as const satisfies Record<NetworkNodeKind, string>;

export type NodeKind = NetworkNodeKind;
export const nodeKinds = Object.keys(nodeLabels) as NodeKind[];

/**
 * How two records are linked, each link in a case but one. Person links are asserted in a case
 * (KNOWS … KNOWS_PHONE); two suspects or offenders of one case are CO_OFFENDING; a person holds a
 * phone, vehicle, email or account, or lives at an address (as a case records it). A shared phone is
 * two HOLDS_PHONE links meeting at one phone. SAME_PERSON joins two records a reviewer decided are
 * one person (decideMatch): no case asserts it, and deciding otherwise undoes it.
 */
export const linkKinds = everyValueOf<SchemaLinkKind>()([
  'KNOWS',
  'FAMILY_REL',
  'LIVES_WITH',
  'KNOWS_SN',
  'KNOWS_PHONE',
  'CO_OFFENDING',
  'HOLDS_PHONE',
  'KEEPS_VEHICLE',
  'USES_EMAIL',
  'HOLDS_ONLINE_ACCOUNT',
  'HOLDS_BANK_ACCOUNT',
  'LIVES_AT',
  'SAME_PERSON',
]);

export type LinkKind = SchemaLinkKind;

/** Person-to-person relationship types, stored as they are named. */
export const personLinkTypes = ['KNOWS', 'FAMILY_REL', 'LIVES_WITH', 'KNOWS_SN', 'KNOWS_PHONE'] as const;

/** The relationship a holder link is stored as, by link kind. */
export const holderTypes = {
  HOLDS_PHONE: 'HAS_PHONE',
  KEEPS_VEHICLE: 'HAS_VEHICLE',
  USES_EMAIL: 'HAS_EMAIL',
  HOLDS_ONLINE_ACCOUNT: 'HAS_ONLINE_ACCOUNT',
  HOLDS_BANK_ACCOUNT: 'HAS_BANK_ACCOUNT',
} as const satisfies Partial<Record<LinkKind, string>>;

/** Case roles that make two people of one case co-offenders. */
export const offenderRoles = ['SUSPECT', 'OFFENDER'] as const;

export interface NetworkNode {
  readonly id: string;
  readonly kind: NodeKind;
  /** What an analyst reads on the chart: a name, a number, a VRM, an address line. */
  readonly label: string;
  /** True when the viewer sees the record only through other forces' cases. */
  readonly foreign: boolean;
}

export interface NetworkEdge {
  readonly kind: LinkKind;
  readonly from: string;
  readonly to: string;
  /** The case that asserts the link: every link read from the graph has one, but SAME_PERSON. */
  readonly caseId: string | null;
  readonly caseReference: string | null;
  readonly force: string | null;
}

/**
 * Something the viewer may not see that links records they may: known to `force`, touching the
 * visible records `touches`. Never an id, a name or a case of what is withheld.
 */
export interface WithheldMarker {
  readonly force: string;
  readonly touches: readonly string[];
}

/** A network as read for a question: records, links and withheld markers, all the viewer may see of a scope. */
export interface NetworkAnswer {
  readonly nodes: readonly NetworkNode[];
  readonly edges: readonly NetworkEdge[];
  readonly withheld: readonly WithheldMarker[];
  /** True when the node limit stopped the expansion: there is more to the scope than returned. */
  readonly truncated: boolean;
}

export interface ScopeSize {
  readonly nodes: number;
  readonly edges: number;
  readonly truncated: boolean;
}

/** A scope's network as the analyst is answered it, with its size. */
export interface ScopeNetwork extends NetworkAnswer {
  readonly size: ScopeSize;
}

/** An edge's identity: one link kind between two records in one case. */
export function edgeKey(edge: NetworkEdge): string {
  const [a, b] = edge.from < edge.to ? [edge.from, edge.to] : [edge.to, edge.from];
  return `${edge.kind}|${a}|${b}|${edge.caseId ?? ''}`;
}

/**
 * A place as the viewer is shown it: its key and postcode from the node, its lines, town,
 * coordinates and force area from the claim of a case they may see (their own force's first).
 */
export interface NetworkPlace {
  readonly id: string;
  readonly line1: string | null;
  readonly town: string | null;
  readonly postcode: string | null;
  readonly latitude: number | null;
  readonly longitude: number | null;
  readonly forceArea: string | null;
}

/** A case the viewer may see, as an analyst's chart or timeline names it. */
export interface NetworkCase {
  readonly id: string;
  readonly reference: string;
  readonly force: string;
  readonly title: string | null;
  readonly crimeTypes: readonly string[];
  readonly openedAt: string | null;
}

/** An event of a case the viewer may see, as a timeline shows it; where it happened, when recorded. */
export interface NetworkEvent {
  readonly id: string;
  readonly kind: string;
  readonly description: string | null;
  readonly occurredAt: string | null;
  readonly precision: string | null;
  readonly caseId: string;
  readonly force: string;
  /** True when the case is another force's. */
  readonly foreign: boolean;
  readonly locationId: string | null;
}

/** A place touched by visible cases, for a map. */
export interface Hotspot {
  /** The place's key fields, and what the viewer is shown of it (lines to force area: addressShown), or nulls. */
  readonly location: {
    readonly id: string;
    readonly line1: string | null;
    readonly town: string | null;
    readonly postcode: string | null;
    readonly postcodeDistrict: string | null;
    readonly latitude: number | null;
    readonly longitude: number | null;
    readonly forceArea: string | null;
    readonly foreign: boolean;
  };
  readonly cases: number;
  readonly forces: readonly string[];
}

/** One group's count of visible cases; a field is null when not grouped by it. */
export interface CrimeCount {
  readonly crimeType: string | null;
  readonly force: string | null;
  readonly postcodeDistrict: string | null;
  readonly month: string | null;
  readonly cases: number;
}
