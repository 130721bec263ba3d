import type { Resolvers } from '../generated/resolvers-types.js';
import { gradeCode } from './grading.js';

export const intelligenceResolvers: Resolvers = {
  Query: {
    intelligenceItem: (_root, args, ctx) => ctx.intelligence.byIdOrNull(args.id),
    intelligenceAbout: (_root, args, ctx) => ctx.intelligence.about(args.subjectKind, args.subjectId, args.first, args.after),
  },
  Mutation: {
    recordIntelligence: (_root, args, ctx) => ctx.intelligence.record(args.input),
  },
  IntelligenceItem: {
    __resolveReference: (ref, ctx) => ctx.intelligence.byIdOrNull(ref.id),
  },
  Grading: {
    code: (grading) => gradeCode(grading),
  },
};
