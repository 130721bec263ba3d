import { validationError, type Hit, type ResolverMap } from '@crosslink/common';
import type { EntitiesContext } from '../context.js';
import { holderRelations, objectLabels, type Holder, type ObjectClaim, type ObjectLabel, type Sighting, type StoredObject } from '../object/object.model.js';
import type { BankAccountInput } from '../object/bank.normalise.js';
import type { Recorded } from '../object/object.repository.js';
import type { PageArgs, RecordTarget } from '../object/object.service.js';

type Ctx = EntitiesContext;

/** For each object type: its batched reference resolver (null for unknown or hidden) and its cases. */
const objectType = (label: ObjectLabel) => ({
  __resolveReference: (ref: { id: string }, ctx: Ctx) => ctx.objects.byIdOrNull(label, ref.id),
  people: async (parent: StoredObject, _args: unknown, ctx: Ctx) =>
    (await ctx.objects.holders(label, parent.id)).map((holder) => ({ ...holder, relation: holderRelations[label] })),
  cases: async (parent: StoredObject, args: PageArgs, ctx: Ctx) => {
    const page = await ctx.objects.casesPage(label, parent.id, args);
    return { ...page, edges: page.edges.map((e) => ({ cursor: e.cursor, recordedAt: e.node.at, node: { __typename: 'Case', ...e.node.node } })) };
  },
});

const ofPerson = (label: ObjectLabel) => (parent: { id: string }, _args: unknown, ctx: Ctx) => ctx.objects.ofPersonByKind(parent.id, label);

export const objectResolvers: ResolverMap<Ctx> = {
  Query: {
    phone: (_root, args: { id: string }, ctx: Ctx) => ctx.objects.byIdOrNull('Phone', args.id),
    vehicle: (_root, args: { id: string }, ctx: Ctx) => ctx.objects.byIdOrNull('Vehicle', args.id),
  },
  Mutation: {
    recordPhone: async (_root, args: { input: RecordTarget & { number: string; imei?: string | null } }, ctx: Ctx) =>
      payload('phone', await ctx.objects.recordPhone(args.input)),
    recordVehicle: async (_root, args: { input: RecordTarget & { vrm: string } }, ctx: Ctx) => payload('vehicle', await ctx.objects.recordVehicle(args.input)),
    recordEmailAddress: async (_root, args: { input: RecordTarget & { address: string } }, ctx: Ctx) =>
      payload('emailAddress', await ctx.objects.recordEmailAddress(args.input)),
    recordOnlineAccount: async (_root, args: { input: RecordTarget & { platform: string; handle: string } }, ctx: Ctx) =>
      payload('onlineAccount', await ctx.objects.recordOnlineAccount(args.input)),
    recordBankAccount: async (_root, args: { input: RecordTarget & BankAccountInput }, ctx: Ctx) =>
      payload('bankAccount', await ctx.objects.recordBankAccount(args.input)),
    recordItem: (_root, args: { input: RecordTarget & { kind: string; description: string } }, ctx: Ctx) => ctx.objects.recordItem(args.input),
  },
  ...Object.fromEntries(objectLabels.map((label) => [label, objectType(label)])),
  Vehicle: {
    ...objectType('Vehicle'),
    make: (vehicle: StoredObject) => described(vehicle, 'make'),
    model: (vehicle: StoredObject) => described(vehicle, 'model'),
    colour: (vehicle: StoredObject) => described(vehicle, 'colour'),
  },
  VehicleClaim: {
    // The force rides along (never sent) so that the audit judges the reference like the case.
    case: (claim: ObjectClaim) => ({ __typename: 'Case', id: claim.caseId, force: claim.force }),
    force: (claim: ObjectClaim) => ({ __typename: 'Force', code: claim.force }),
  },
  Hit: {
    id: (hit: Hit) => hit.alertId,
    force: (hit: Hit) => ({ __typename: 'Force', code: hit.force }),
    // Only a case the recorder may see is named; the force rides along for the audit (never sent).
    case: (hit: Hit) => (hit.caseId === null ? null : { __typename: 'Case', id: hit.caseId, force: hit.force }),
  },
  ObjectHolder: {
    person: async (holder: Holder, _args: unknown, ctx: Ctx) => {
      const person = await ctx.people.byIdOrNull(holder.personId);
      if (person === null) throw validationError('person', 'The person went out of sight');
      return person;
    },
    // The force rides along (never sent) so that the audit judges the reference like the case.
    case: (holder: Holder) => ({ __typename: 'Case', id: holder.caseId, force: holder.force }),
  },
  CaseObjectEdge: {
    node: (edge: { node: Sighting<StoredObject> }) => edge.node.node,
    recordedAt: (edge: { node: Sighting<StoredObject> }) => edge.node.at,
  },
};

/** A record mutation's answer: the object under its field name, and its hits on entry. */
function payload(field: string, recorded: Recorded) {
  return { [field]: recorded.object, hits: recorded.hits };
}

/** A detail as the first claim giving it says (claims come own force's first, then oldest first). */
function described(object: StoredObject, property: string): unknown {
  return object.claims.find((claim) => claim[property] !== null && claim[property] !== undefined)?.[property] ?? null;
}

/** Person fields listing the person's objects of each kind. */
export const personObjectFields = {
  phones: ofPerson('Phone'),
  vehicles: ofPerson('Vehicle'),
  emailAddresses: ofPerson('EmailAddress'),
  onlineAccounts: ofPerson('OnlineAccount'),
  bankAccounts: ofPerson('BankAccount'),
  items: ofPerson('Item'),
};

/** Case.objects: a page of the case's objects; an empty page if the case went out of sight. */
export async function caseObjects(parent: { id: string }, args: PageArgs & { kind?: ObjectLabel | null }, ctx: Ctx) {
  const page = await ctx.objects.ofCasePage(parent.id, args.kind ?? null, args);
  return page ?? { edges: [], pageInfo: { hasNextPage: false, endCursor: null } };
}
