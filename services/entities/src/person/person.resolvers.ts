import { caseRef, selectedArguments } from '@crosslink/common';
import type { Resolvers } from '../generated/resolvers-types.js';

export const personResolvers: Resolvers = {
  Query: {
    person: (_root, args, ctx) => ctx.people.byIdOrNull(args.id),
  },
  Mutation: {
    recordPerson: (_root, args, ctx) => ctx.people.recordInCase(args.input),
    linkPersonToCase: (_root, args, ctx) => ctx.people.linkToCase(args.input),
    updatePerson: (_root, args, ctx) => ctx.people.update(args.input),
    recordAlias: (_root, args, ctx) => ctx.people.recordAlias(args.input),
  },
  Person: {
    __resolveReference: (ref, ctx) => ctx.people.byIdOrNull(ref.id),
    cases: (person, _args, ctx) => ctx.people.caseLinksOf(person.id),
    aliases: (person, _args, ctx) => ctx.people.aliasesOf(person),
    child: (person, args, ctx) => ctx.people.childAt(person, args.at),
    safeguarding: (person, _args, ctx) => ctx.people.safeguarding(person),
    nrmReferrals: (person, _args, ctx) => ctx.nrm.referralsOf(person.id),
    links: (person, args, ctx) => ctx.links.linksOf(person.id, args),
    history: (person, args, ctx) => ctx.history.page('Person', person.id, args),
    phones: (person, _args, ctx) => ctx.objects.ofPersonByKind(person.id, 'Phone'),
    vehicles: (person, _args, ctx) => ctx.objects.ofPersonByKind(person.id, 'Vehicle'),
    emailAddresses: (person, _args, ctx) => ctx.objects.ofPersonByKind(person.id, 'EmailAddress'),
    onlineAccounts: (person, _args, ctx) => ctx.objects.ofPersonByKind(person.id, 'OnlineAccount'),
    bankAccounts: (person, _args, ctx) => ctx.objects.ofPersonByKind(person.id, 'BankAccount'),
    items: (person, _args, ctx) => ctx.objects.ofPersonByKind(person.id, 'Item'),
  },
  CaseParticipant: {
    childWhenRecorded: (involvement, _args, ctx) => ctx.people.childWhenRecorded(involvement),
  },
  RecordPersonPayload: {
    childWhenRecorded: (recorded, _args, ctx) => ctx.people.childWhenRecorded(recorded),
  },
  PersonCaseRole: {
    case: (link) => caseRef(link.caseId, link.force),
  },
  Case: {
    // One query per batch of representations; a case that is unknown or hidden resolves to null.
    // Objects asked for with the people are loaded at the same time (their resolver then finds them loaded).
    __resolveReference: (ref, ctx, info) => {
      ctx.objects.prefetchOfCase(ref.id, selectedArguments(info, 'Case', 'objects'));
      return ctx.people.caseById(ref.id);
    },
    people: (stub, _args, ctx) => ctx.people.peopleOf(stub),
    objects: (stub, args, ctx) => ctx.objects.ofCasePage(stub.id, args),
  },
};
