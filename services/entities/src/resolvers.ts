import { DateTime, selectedArguments, storedDateOfBirth, validationError, type ResolverMap } from '@crosslink/common';
import type { GraphQLFieldResolver, GraphQLResolveInfo } from 'graphql';
import type { EntitiesContext } from './context.js';
import { caseObjects, objectResolvers, personObjectFields } from './graphql/object.resolvers.js';
import { victimResolvers } from './graphql/victim.resolvers.js';
import type { PersonLink } from './link/link.model.js';
import type { LinkPeopleInput } from './link/link.validation.js';
import { childStatus } from './person/child.js';
import { checkDay } from './victim/nrm.rules.js';
import type { Involvement, Person } from './person/person.model.js';
import type { CaseLink } from './person/person.repository.js';
import type { LinkPersonInput, RecordAliasInput, RecordPersonInput, UpdatePersonInput } from './person/person.service.js';
import { safeguardingOf } from './person/safeguarding.js';

type Ctx = EntitiesContext;

/** A Case as this subgraph knows it: its id, its owning force (judged by the audit, never sent) and its people. */
interface CaseStub {
  readonly id: string;
  readonly force: string;
  readonly people: readonly Involvement[];
}

const personResolvers: ResolverMap<Ctx> = {
  DateTime,
  Query: {
    person: (_root, args: { id: string }, ctx: Ctx) => ctx.people.byIdOrNull(args.id),
  },
  Mutation: {
    recordPerson: (_root, args: { input: RecordPersonInput }, ctx: Ctx) => ctx.people.recordInCase(args.input),
    linkPersonToCase: (_root, args: { input: LinkPersonInput }, ctx: Ctx) => ctx.people.linkToCase(args.input),
    updatePerson: (_root, args: { input: UpdatePersonInput }, ctx: Ctx) => ctx.people.update(args.input),
    recordAlias: (_root, args: { input: RecordAliasInput }, ctx: Ctx) => ctx.people.recordAlias(args.input),
    linkPeople: (_root, args: { input: LinkPeopleInput }, ctx: Ctx) => ctx.links.link(args.input),
  },
  Person: {
    __resolveReference: (ref: { id: string }, ctx: Ctx) => ctx.people.byIdOrNull(ref.id),
    cases: (parent: { id: string }, _args, ctx: Ctx) => ctx.people.caseLinksOf(parent.id),
    aliases: (parent: Person) => [...parent.aliases].sort((a, b) => a.at.localeCompare(b.at)),
    child: (parent: Person, args: { at?: string | null }) => {
      // Any calendar date may be asked about, future ones too (the latest date JS can represent).
      const at = args.at ? new Date(`${checkDay(args.at, 'at', new Date(8.64e15))}T00:00:00Z`) : new Date();
      return childStatus(storedDateOfBirth(parent.dateOfBirth), at);
    },
    safeguarding: (parent: Person) => safeguardingOf(parent, new Date()),
    nrmReferrals: (parent: { id: string }, _args, ctx: Ctx) => ctx.nrm.referralsOf(parent.id),
    links: (parent: { id: string }, args: { first?: number | null; after?: string | null }, ctx: Ctx) => ctx.links.linksOf(parent.id, args),
    history: (parent: { id: string }, args: { first?: number | null; after?: string | null }, ctx: Ctx) => ctx.history.page('Person', parent.id, args),
    ...personObjectFields,
  },
  PersonLink: {
    familyRelation: (link: PersonLink) => link.relation,
    direction: (link: PersonLink) => (link.outgoing ? 'OUTGOING' : 'INCOMING'),
    person: async (link: PersonLink, _args, ctx: Ctx) => {
      const person = await ctx.people.byIdOrNull(link.personId);
      if (person === null) throw validationError('person', 'The linked person went out of sight');
      return person;
    },
    case: (link: PersonLink) => ({ __typename: 'Case', id: link.caseId, force: link.caseForce }),
    recordedAt: (link: PersonLink) => link.at,
  },
  CaseParticipant: { childWhenRecorded },
  RecordPersonPayload: { childWhenRecorded },
  PersonCaseRole: {
    // The force rides along (never sent) so that the audit judges the reference like the case.
    case: (link: CaseLink) => ({ __typename: 'Case', id: link.caseId, force: link.force }),
  },
  Case: {
    // One query per batch of representations; a case that is unknown or hidden resolves to null.
    // Objects asked for with the people are loaded at the same time (their resolver then finds them
    // loaded); that query checks the case's visibility itself, and what it finds for a hidden case
    // is never returned.
    __resolveReference: referenceResolver(async (ref: { id: string }, ctx, info): Promise<CaseStub | null> => {
      const objectsArgs = selectedArguments(info, 'Case', 'objects');
      if (objectsArgs !== null) void caseObjects(ref, objectsArgs, ctx).catch(() => undefined);
      const found = await ctx.people.involvementsOfCase(ref.id);
      return found === null ? null : { id: ref.id, force: found.force, people: found.people };
    }),
    // A case reached inside this subgraph (a person's cases) is a stub without its people: they are
    // loaded by the same batched loader as references (a hidden case has none to show).
    people: async (parent: Pick<CaseStub, 'id'> & Partial<CaseStub>, _args: unknown, ctx: Ctx) =>
      parent.people ?? (await ctx.people.involvementsOfCase(parent.id))?.people ?? [],
    objects: caseObjects,
  },
};

/** @apollo/subgraph calls `__resolveReference(reference, context, info)`; its resolver map types it as a field resolver. */
function referenceResolver<R, T>(resolve: (ref: R, ctx: Ctx, info: GraphQLResolveInfo) => Promise<T>): GraphQLFieldResolver<unknown, Ctx> {
  return resolve as unknown as GraphQLFieldResolver<unknown, Ctx>;
}

/** Every resolver of the subgraph; each root field and type appears in exactly one of the parts. */
export const resolvers: ResolverMap<Ctx> = {
  ...objectResolvers,
  ...victimResolvers,
  ...personResolvers,
  Query: { ...objectResolvers['Query'], ...personResolvers['Query'] } as ResolverMap<Ctx>[string],
  Mutation: { ...objectResolvers['Mutation'], ...victimResolvers['Mutation'], ...personResolvers['Mutation'] } as ResolverMap<Ctx>[string],
};

/** Whether a person was a child when put in the case: for a case's participant and a person just recorded alike. */
function childWhenRecorded(involvement: Involvement) {
  return childStatus(storedDateOfBirth(involvement.person.dateOfBirth), new Date(involvement.since));
}
