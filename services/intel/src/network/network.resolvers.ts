import type { ResolverMap } from '@crosslink/common';
import type { IntelContext } from '../context.js';
import type { Footprint, LinePerson } from './county-line.footprint.js';
import type { Measure } from './network.analysis.js';
import type { NetworkAnswer } from './network.assembly.js';
import type { NetworkNode, WithheldMarker } from './network.model.js';
import type { ExportNetworkInput } from './network.service.js';
import type { NetworkScopeInput, RecordRef } from './network.validation.js';

type Via = { via?: readonly string[] | null };

export const networkResolvers: ResolverMap<IntelContext> = {
  Query: {
    network: (_root, args: { scope: NetworkScopeInput; limit?: number | null } & Via, ctx: IntelContext) =>
      ctx.network.network(args.scope, args.via, args.limit),
    paths: (_root, args: { from: RecordRef; to: RecordRef; maxHops?: number | null; first?: number | null } & Via, ctx: IntelContext) =>
      ctx.network.paths(args.from, args.to, args.maxHops, args.via, args.first),
    keyPlayers: (_root, args: { scope: NetworkScopeInput; measure: Measure; first?: number | null; limit?: number | null } & Via, ctx: IntelContext) =>
      ctx.network.keyPlayers(args.scope, args.measure, args.first, args.via, args.limit),
    communities: (_root, args: { scope: NetworkScopeInput; limit?: number | null } & Via, ctx: IntelContext) =>
      ctx.network.communities(args.scope, args.via, args.limit),
    peopleAtRisk: (_root, args: { scope: NetworkScopeInput; first?: number | null; limit?: number | null }, ctx: IntelContext) =>
      ctx.network.peopleAtRisk(args.scope, args.first, args.limit),
    countyLine: (_root, args: { phoneId: string }, ctx: IntelContext) => ctx.network.countyLine(args.phoneId),
    hotspots: (_root, args: { filter?: NetworkScopeInput['filter']; first?: number | null }, ctx: IntelContext) =>
      ctx.network.hotspots(args.filter, args.first),
    crimeStatistics: (_root, args: { groupBy: string[]; filter?: NetworkScopeInput['filter'] }, ctx: IntelContext) =>
      ctx.network.crimeStatistics(args.groupBy, args.filter),
  },
  Mutation: {
    exportNetwork: (_root, args: { input: ExportNetworkInput }, ctx: IntelContext) => ctx.network.exportNetwork(args.input),
  },
  // A network's places, cases and events are read only when a query asks for them.
  Network: {
    places: (network: NetworkAnswer, _args: unknown, ctx: IntelContext) => ctx.network.placesOf(network),
    cases: (network: NetworkAnswer, _args: unknown, ctx: IntelContext) => ctx.network.casesOf(network),
    events: (network: NetworkAnswer, _args: unknown, ctx: IntelContext) => ctx.network.eventsOf(network),
  },
  CountyLine: {
    phone: (line: Footprint): NetworkNode => ({ id: line.phone.id, kind: 'PHONE', label: line.phone.number, foreign: line.phone.foreign }),
    withheld: (line: Footprint): WithheldMarker[] => line.withheldForces.map((force) => ({ force, touches: [line.phone.id] })),
  },
  LineMember: {
    person: (member: { person: LinePerson }) => personNode(member.person),
    roles: (member: { person: LinePerson }) => member.person.roles,
  },
  CuckooedAddress: {
    occupant: (cuckooed: { occupant: LinePerson }) => personNode(cuckooed.occupant),
  },
  WithheldMarker: {
    message: (marker: WithheldMarker) => `Known to ${marker.force}: ask its officers for access`,
  },
};

function personNode(person: LinePerson): NetworkNode {
  return { id: person.id, kind: 'PERSON', label: [person.forenames, person.surname].filter((n) => n !== null && n !== '').join(' '), foreign: person.foreign };
}
