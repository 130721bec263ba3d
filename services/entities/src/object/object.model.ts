/**
 * The objects of POLE. Every kind but Item is one node per normalised value, shared by every case
 * that records it (merged on `key`, which a uniqueness constraint guards): the same phone in two
 * forces' cases is one Phone, which is how the link between the cases shows.
 *
 * Labels, key properties and relationship types reach Cypher only from this table, never from
 * input. The GraphQL type name is the label.
 */
export const sharedKinds = {
  Phone: { key: 'number', has: 'HAS_PHONE', fill: [] },
  Vehicle: { key: 'vrm', has: 'HAS_VEHICLE', fill: ['make', 'model', 'colour'] },
  EmailAddress: { key: 'address', has: 'HAS_EMAIL', fill: [] },
  OnlineAccount: { key: 'accountKey', has: 'HAS_ONLINE_ACCOUNT', fill: [] },
  BankAccount: { key: 'accountKey', has: 'HAS_BANK_ACCOUNT', fill: ['iban'] },
} as const satisfies Record<string, { key: string; has: string; fill: readonly string[] }>;

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
  readonly [property: string]: unknown;
}

/** What a record mutation writes for a shared object: its key value and its other properties. */
export interface NewSharedObject {
  readonly label: SharedKind;
  readonly key: string;
  readonly properties: Readonly<Record<string, string | null>>;
  /** A phone's handset, when one was given. */
  readonly imei?: string | null;
}

export interface NewItem {
  readonly kind: ItemKind;
  readonly description: string;
}

/** One object's appearance in a case (an edge of Case.objects) or a case's (an edge of Phone.cases). */
/** A case as this subgraph refers to it: its id, and its owning force for the audit to judge. */
export interface CaseRef {
  readonly id: string;
  readonly force: string;
}

export interface Sighting<T> {
  readonly node: T;
  /** When the object was first recorded in the case. */
  readonly at: string;
}
