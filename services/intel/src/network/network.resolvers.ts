import type { GraphQLResolverMap } from '@apollo/subgraph/dist/schema-helper/index.js';
import type { IntelContext } from '../context.js';
import type { Measure } from './network.analysis.js';
import type { WithheldMarker } from './network.model.js';
import type { NetworkScopeInput, RecordRef } from './network.validation.js';

type Via = { via?: readonly string[] | null };

export const networkResolvers: GraphQLResolverMap<IntelContext> = {
  Query: {
    network: (_root, args: { scope: NetworkScopeInput; limit?: number | null } & Via, ctx: IntelContext) => ctx.network.network(args.scope, args.via, args.limit),
    paths: (_root, args: { from: RecordRef; to: RecordRef; maxHops?: number | null; first?: number | null } & Via, ctx: IntelContext) =>
      ctx.network.paths(args.from, args.to, args.maxHops, args.via, args.first),
    keyPlayers: (_root, args: { scope: NetworkScopeInput; measure: Measure; first?: number | null; limit?: number | null } & Via, ctx: IntelContext) =>
      ctx.network.keyPlayers(args.scope, args.measure, args.first, args.via, args.limit),
    communities: (_root, args: { scope: NetworkScopeInput; limit?: number | null } & Via, ctx: IntelContext) => ctx.network.communities(args.scope, args.via, args.limit),
  },
  WithheldMarker: {
    message: (marker: WithheldMarker) => `Known to ${marker.force}: ask its officers for access`,
  },
};
