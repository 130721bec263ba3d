import { DateTime, type ResolverMap } from '@crosslink/common';
import type { IntelContext } from './context.js';
import { gradeCode, type Grading } from './intelligence/grading.js';
import type { RecordIntelligenceInput } from './intelligence/intelligence.service.js';

export const resolvers: ResolverMap<IntelContext> = {
  DateTime,
  Query: {
    search: (_root, args: { text: string; first?: number | null }, ctx: IntelContext) => ctx.search.search(args.text, args.first),
    intelligenceItem: (_root, args: { id: string }, ctx: IntelContext) => ctx.intelligence.byIdOrNull(args.id),
    intelligenceAbout: (_root, args: { subjectKind: string; subjectId: string; first?: number | null; after?: string | null }, ctx: IntelContext) =>
      ctx.intelligence.about(args.subjectKind, args.subjectId, args.first, args.after),
  },
  Mutation: {
    recordIntelligence: (_root, args: { input: RecordIntelligenceInput }, ctx: IntelContext) => ctx.intelligence.record(args.input),
  },
  IntelligenceItem: {
    __resolveReference: (ref: { id: string }, ctx: IntelContext) => ctx.intelligence.byIdOrNull(ref.id),
  },
  SearchResult: {
    __resolveType: (node: { __typename: string }) => node.__typename,
  },
  Grading: {
    code: (grading: Grading) => gradeCode(grading),
  },
};
