import { shownAddressFields } from '@crosslink/common';
import type { Resolvers } from '../generated/resolvers-types.js';
import { formatPartialTime } from './event.time.js';

export const eventResolvers: Resolvers = {
  Mutation: {
    recordEvent: (_root, args, ctx) => ctx.events.record(args.input),
  },
  Case: {
    timeline: (parent, args, ctx) => ctx.events.timeline(parent.id, args.first, args.after),
  },
  Event: {
    occurredAt: (event) => formatPartialTime(event.occurredAt, event.precision),
    occurredFrom: (event) => event.occurredAt,
    place: (event, _args, ctx) => ctx.events.placeOf(event),
    case: (event, _args, ctx) => ctx.cases.byIdOrNull(event.caseId),
  },
  Location: {
    ...shownAddressFields,
  },
};
