import { caseRef, forceRef } from '@crosslink/common';
import type { Resolvers } from '../generated/resolvers-types.js';

/** Objects of POLE: each kind by id (null for unknown or hidden), its people and its cases. */
export const objectResolvers: Resolvers = {
  Query: {
    phone: (_root, args, ctx) => ctx.objects.byIdOrNull('Phone', args.id),
    vehicle: (_root, args, ctx) => ctx.objects.byIdOrNull('Vehicle', args.id),
  },
  Mutation: {
    recordPhone: (_root, args, ctx) => ctx.objects.recordPhone(args.input),
    recordVehicle: (_root, args, ctx) => ctx.objects.recordVehicle(args.input),
    recordEmailAddress: (_root, args, ctx) => ctx.objects.recordEmailAddress(args.input),
    recordOnlineAccount: (_root, args, ctx) => ctx.objects.recordOnlineAccount(args.input),
    recordBankAccount: (_root, args, ctx) => ctx.objects.recordBankAccount(args.input),
    recordItem: (_root, args, ctx) => ctx.objects.recordItem(args.input),
  },
  Phone: {
    __resolveReference: (ref, ctx) => ctx.objects.byIdOrNull('Phone', ref.id),
    people: (phone, _args, ctx) => ctx.objects.holders('Phone', phone.id),
    cases: (phone, args, ctx) => ctx.objects.casesPage('Phone', phone.id, args),
  },
  Vehicle: {
    __resolveReference: (ref, ctx) => ctx.objects.byIdOrNull('Vehicle', ref.id),
    make: (vehicle, _args, ctx) => ctx.objects.detail(vehicle, 'make'),
    model: (vehicle, _args, ctx) => ctx.objects.detail(vehicle, 'model'),
    colour: (vehicle, _args, ctx) => ctx.objects.detail(vehicle, 'colour'),
    people: (vehicle, _args, ctx) => ctx.objects.holders('Vehicle', vehicle.id),
    cases: (vehicle, args, ctx) => ctx.objects.casesPage('Vehicle', vehicle.id, args),
  },
  EmailAddress: {
    __resolveReference: (ref, ctx) => ctx.objects.byIdOrNull('EmailAddress', ref.id),
    people: (address, _args, ctx) => ctx.objects.holders('EmailAddress', address.id),
    cases: (address, args, ctx) => ctx.objects.casesPage('EmailAddress', address.id, args),
  },
  OnlineAccount: {
    __resolveReference: (ref, ctx) => ctx.objects.byIdOrNull('OnlineAccount', ref.id),
    people: (account, _args, ctx) => ctx.objects.holders('OnlineAccount', account.id),
    cases: (account, args, ctx) => ctx.objects.casesPage('OnlineAccount', account.id, args),
  },
  BankAccount: {
    __resolveReference: (ref, ctx) => ctx.objects.byIdOrNull('BankAccount', ref.id),
    people: (account, _args, ctx) => ctx.objects.holders('BankAccount', account.id),
    cases: (account, args, ctx) => ctx.objects.casesPage('BankAccount', account.id, args),
  },
  Item: {
    __resolveReference: (ref, ctx) => ctx.objects.byIdOrNull('Item', ref.id),
    people: (item, _args, ctx) => ctx.objects.holders('Item', item.id),
    cases: (item, args, ctx) => ctx.objects.casesPage('Item', item.id, args),
  },
  VehicleClaim: {
    case: (claim) => caseRef(claim.caseId, claim.force),
    force: (claim) => forceRef(claim.force),
  },
  Hit: {
    id: (hit) => hit.alertId,
    force: (hit) => forceRef(hit.force),
    // Only a case the recorder may see is named.
    case: (hit) => (hit.caseId === null ? null : caseRef(hit.caseId, hit.force)),
  },
  ObjectHolder: {
    person: (holder, _args, ctx) => ctx.people.named(holder.personId, 'The person went out of sight'),
    case: (holder) => caseRef(holder.caseId, holder.force),
  },
};
