/** Person-to-person links of POLE; the kind is the relationship type, taken from this list only. */
export const personLinkKinds = ['KNOWS', 'FAMILY_REL', 'LIVES_WITH', 'KNOWS_SN', 'KNOWS_PHONE'] as const;
export type PersonLinkKind = (typeof personLinkKinds)[number];

/** For FAMILY_REL: what the first person is to the second ("from is the PARENT of to"). */
export const familyRelations = [
  'PARENT',
  'CHILD',
  'SIBLING',
  'PARTNER',
  'SPOUSE',
  'GRANDPARENT',
  'GRANDCHILD',
  'AUNT_UNCLE',
  'NIECE_NEPHEW',
  'COUSIN',
  'OTHER',
] as const;
export type FamilyRelation = (typeof familyRelations)[number];

/** A link as seen from one person: to whom, of what kind, in which direction, asserted in which case. */
export interface PersonLink {
  readonly kind: PersonLinkKind;
  readonly relation: FamilyRelation | null;
  /** True when the person asked about is the link's `from`. */
  readonly outgoing: boolean;
  readonly personId: string;
  readonly caseId: string;
  /** The owning force of the case the link was asserted in. */
  readonly caseForce: string;
  readonly at: string;
  readonly sortKey: string;
  /** From a write: whether linking reached another force's data (null on reads). */
  readonly foreign: boolean | null;
}

export interface NewPersonLink {
  readonly fromId: string;
  readonly toId: string;
  readonly kind: PersonLinkKind;
  readonly relation: FamilyRelation | null;
  readonly caseId: string;
}
