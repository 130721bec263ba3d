import type { ResolverMap } from '@crosslink/common';
import type { Case } from '../case/case.model.js';
import type { CasesContext } from '../context.js';
import type { CaseEvent } from './event.model.js';
import { formatPartialTime } from './event.time.js';
import type { RecordEventInput } from './event.validation.js';

export const eventResolvers: ResolverMap<CasesContext> = {
  Mutation: {
    recordEvent: (_root, args: { input: RecordEventInput }, ctx: CasesContext) => ctx.events.record(args.input),
  },
  Case: {
    timeline: (parent: Case, args: { first?: number | null; after?: string | null }, ctx: CasesContext) =>
      ctx.events.timeline(parent.id, args.first, args.after),
  },
  Event: {
    occurredAt: (parent: CaseEvent) => formatPartialTime(parent.occurredAt, parent.precision),
    occurredFrom: (parent: CaseEvent) => parent.occurredAt,
    place: (parent: CaseEvent) => (parent.locationId === null ? null : { id: parent.locationId }),
    case: (parent: CaseEvent, _args, ctx: CasesContext) => ctx.cases.byIdOrNull(parent.caseId),
  },
};
