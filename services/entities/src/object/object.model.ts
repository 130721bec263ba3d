import type { Connection } from '@crosslink/common';

/**
 * The objects of POLE. Every kind but Item is one node per normalised value, shared by every case
 * that records it (merged on `key`, which a uniqueness constraint guards): the same phone in two
 * forces' cases is one Phone, which is how the link between the cases shows.
 *
 * The shared node holds only what identifies it (`key`, and `fill`: details derived from the key's
 * value, such as a UK account's IBAN). What a force says about it — a vehicle's make, model and
 * colour — is a claim, held on the sighting (SEEN_IN) that ties the object to the recording case:
 * a reader sees the claims of the cases they may see, and one force's claim never changes another's.
 *
 * Labels, key properties and relationship types reach Cypher only from this table, never from
 * input. The GraphQL type name is the label.
 */
export const sharedKinds = {
  Phone: { key: 'number', has: 'HAS_PHONE', fill: [], claim: [] },
  Vehicle: { key: 'vrm', has: 'HAS_VEHICLE', fill: [], claim: ['make', 'model', 'colour'] },
  EmailAddress: { key: 'address', has: 'HAS_EMAIL', fill: [], claim: [] },
  OnlineAccount: { key: 'accountKey', has: 'HAS_ONLINE_ACCOUNT', fill: [], claim: [] },
  BankAccount: { key: 'accountKey', has: 'HAS_BANK_ACCOUNT', fill: ['iban'], claim: [] },
} as const satisfies Record<string, { key: string; has: string; fill: readonly string[]; claim: readonly string[] }>;

/** Every property a sighting may hold as its case's claim, whatever the kind. */
export const claimProperties: readonly string[] = [...new Set(Object.values(sharedKinds).flatMap((k) => k.claim as readonly string[]))];

export type SharedKind = keyof typeof sharedKinds;
export type ObjectLabel = SharedKind | 'Item';

export const objectLabels: readonly ObjectLabel[] = [...(Object.keys(sharedKinds) as SharedKind[]), 'Item'];
export const itemHas = 'HAS_ITEM';
export const hasRelationships: readonly string[] = [...Object.values(sharedKinds).map((k) => k.has), itemHas];

export const itemKinds = ['WEAPON', 'DRUGS', 'CASH', 'DOCUMENT', 'OTHER'] as const;
export type ItemKind = (typeof itemKinds)[number];

/**
 * An object as reads return it: its node properties plus `__typename` (its label), which GraphQL
 * uses to resolve the CaseObject union, and the handsets seen with a phone through visible cases.
 */
export interface StoredObject {
  readonly __typename: ObjectLabel;
  readonly id: string;
  readonly createdAt: string;
  readonly createdBy: string;
  readonly handsets: readonly string[];
  /** The claims of visible cases: the viewer's own force's first, then oldest first. */
  readonly claims: readonly ObjectClaim[];
  /** Another force's data (see storedObject): an answer holding it needs a purpose. */
  readonly foreign: boolean;
  readonly [property: string]: unknown;
}

/** What a record mutation writes for a shared object: its key value, the node's other properties, and its case's claim. */
export interface NewSharedObject {
  readonly label: SharedKind;
  readonly key: string;
  readonly properties: Readonly<Record<string, string | null>>;
  /** What the recording case says about the object (see sharedKinds); empty for kinds without claims. */
  readonly claim?: Readonly<Record<string, string | null>>;
  /** A phone's handset, when one was given. */
  readonly imei?: string | null;
}

export interface NewItem {
  readonly kind: ItemKind;
  readonly description: string;
}

/** A case as this subgraph refers to it: its id, and its owning force for the audit to judge. */
export interface CaseRef {
  readonly id: string;
  readonly force: string;
}

/** One object's appearance in a case (an edge of Case.objects) or a case's (an edge of Phone.cases). */
export interface Sighting<T> {
  readonly node: T;
  /** When the object was first recorded in the case. */
  readonly at: string;
}

/** What one case says about a shared object: a vehicle's description, as its force recorded it. */
export interface ObjectClaim {
  readonly caseId: string;
  /** The case's owning force. */
  readonly force: string;
  readonly recordedBy: string;
  readonly recordedAt: string;
  readonly [property: string]: unknown;
}

/** What a person is to an object of each kind, in the case that ties them. */
export const holderRelations = {
  Phone: 'HOLDER',
  Vehicle: 'KEEPER',
  EmailAddress: 'USER',
  OnlineAccount: 'USER',
  BankAccount: 'ACCOUNT_HOLDER',
  Item: 'POSSESSOR',
} as const satisfies Record<ObjectLabel, string>;

export type HolderRelation = (typeof holderRelations)[ObjectLabel];

/** A person a visible case ties to an object (a phone's holder, a vehicle's keeper, …). */
export interface Holder {
  readonly personId: string;
  /** The person's role in that case. */
  readonly role: string;
  readonly caseId: string;
  /** The case's owning force, for the audit to judge (never sent). */
  readonly force: string;
  readonly recordedAt: string;
}

/** A holder as an object's people list them: with what the person is to an object of its kind. */
export interface ObjectHolder extends Holder {
  readonly relation: HolderRelation;
}

/**
 * An edge of a case's objects: the object itself as the node (so that the read audit names it and
 * holds back another force's without a purpose), and when the case first recorded it.
 */
export interface CaseObjectEdge {
  readonly cursor: string;
  readonly node: StoredObject;
  readonly recordedAt: string;
}

/** A page of a case's objects. */
export interface CaseObjectConnection {
  readonly edges: readonly CaseObjectEdge[];
  readonly pageInfo: Connection<unknown>['pageInfo'];
}

/** An edge of an object's cases: the case, referenced, and when the object was first recorded in it. */
export interface CaseSightingEdge {
  readonly cursor: string;
  readonly node: CaseRef & { readonly __typename: 'Case' };
  readonly recordedAt: string;
}

/** A page of an object's cases. */
export interface CaseSightingConnection {
  readonly edges: readonly CaseSightingEdge[];
  readonly pageInfo: Connection<unknown>['pageInfo'];
}
