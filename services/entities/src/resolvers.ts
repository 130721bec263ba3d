import type { GraphQLResolverMap } from '@apollo/subgraph/dist/schema-helper/index.js';
import { DateTime } from '@crosslink/common';
import type { EntitiesContext } from './context.js';
import type { Involvement } from './person/person.model.js';
import type { CaseLink } from './person/person.repository.js';
import type { LinkPersonInput, RecordPersonInput } from './person/person.service.js';

/** A Case as this subgraph knows it: its id, and the people already loaded with it. */
interface CaseStub {
  readonly id: string;
  readonly people: readonly Involvement[];
}

export const resolvers: GraphQLResolverMap<EntitiesContext> = {
  DateTime,
  Query: {
    person: (_root, args: { id: string }, ctx: EntitiesContext) => ctx.people.byIdOrNull(args.id),
  },
  Mutation: {
    recordPerson: (_root, args: { input: RecordPersonInput }, ctx: EntitiesContext) => ctx.people.recordInCase(args.input),
    linkPersonToCase: (_root, args: { input: LinkPersonInput }, ctx: EntitiesContext) => ctx.people.linkToCase(args.input),
  },
  Person: {
    __resolveReference: (ref: { id: string }, ctx: EntitiesContext) => ctx.people.byIdOrNull(ref.id),
    cases: (parent: { id: string }, _args, ctx: EntitiesContext) => ctx.people.caseLinksOf(parent.id),
  },
  PersonCaseRole: {
    case: (link: CaseLink) => ({ __typename: 'Case', id: link.caseId }),
  },
  Case: {
    // One query per batch of representations; a case that is unknown or hidden resolves to null.
    __resolveReference: async (ref: { id: string }, ctx: EntitiesContext): Promise<CaseStub | null> => {
      const people = await ctx.people.involvementsOfCase(ref.id);
      return people === null ? null : { id: ref.id, people };
    },
    people: (parent: CaseStub) => parent.people,
  },
};
