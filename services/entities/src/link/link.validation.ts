import { validationError } from '@crosslink/common';
import { familyRelations, personLinkKinds, type NewPersonLink } from './link.model.js';

export interface LinkPeopleInput {
  readonly fromId: string;
  readonly toId: string;
  readonly kind: string;
  readonly familyRelation?: string | null;
  readonly caseId: string;
}

/** A link needs two different people, a known kind, and a family relation exactly when it is FAMILY_REL. */
export function validateLink(input: LinkPeopleInput, field: string): NewPersonLink {
  if (!(personLinkKinds as readonly string[]).includes(input.kind)) {
    throw validationError(`${field}.kind`, `A link kind is one of ${personLinkKinds.join(', ')}`);
  }
  if (input.fromId === input.toId) throw validationError(`${field}.toId`, 'A person cannot be linked to themselves');
  const relation = input.familyRelation ?? null;
  if (input.kind === 'FAMILY_REL') {
    if (relation === null || !(familyRelations as readonly string[]).includes(relation)) {
      throw validationError(`${field}.familyRelation`, `A family link needs a relation: ${familyRelations.join(', ')}`);
    }
  } else if (relation !== null) {
    throw validationError(`${field}.familyRelation`, 'Only a FAMILY_REL link has a family relation');
  }
  return { ...input, kind: input.kind as NewPersonLink['kind'], relation: relation as NewPersonLink['relation'] };
}
