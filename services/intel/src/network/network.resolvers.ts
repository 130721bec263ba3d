import type { Resolvers } from '../generated/resolvers-types.js';
import type { LinePerson } from './county-line.footprint.js';
import type { NetworkNode } from './network.model.js';

export const networkResolvers: Resolvers = {
  Query: {
    network: (_root, args, ctx) => ctx.network.network(args.scope, args.via, args.limit),
    paths: (_root, args, ctx) => ctx.network.paths(args.from, args.to, args.maxHops, args.via, args.first),
    keyPlayers: (_root, args, ctx) => ctx.network.keyPlayers(args.scope, args.measure, args.first, args.via, args.limit),
    communities: (_root, args, ctx) => ctx.network.communities(args.scope, args.via, args.limit),
    peopleAtRisk: (_root, args, ctx) => ctx.network.peopleAtRisk(args.scope, args.first, args.limit),
    countyLine: (_root, args, ctx) => ctx.network.countyLine(args.phoneId),
    hotspots: (_root, args, ctx) => ctx.network.hotspots(args.filter, args.first),
    crimeStatistics: (_root, args, ctx) => ctx.network.crimeStatistics(args.groupBy, args.filter),
  },
  Mutation: {
    exportNetwork: (_root, args, ctx) => ctx.network.exportNetwork(args.input),
  },
  // A network's places, cases and events are read only when a query asks for them.
  Network: {
    places: (network, _args, ctx) => ctx.networkDetails.placesOf(network),
    cases: (network, _args, ctx) => ctx.networkDetails.casesOf(network),
    events: (network, _args, ctx) => ctx.networkDetails.eventsOf(network),
  },
  CountyLine: {
    phone: (line) => ({ id: line.phone.id, kind: 'PHONE', label: line.phone.number, foreign: line.phone.foreign }),
    withheld: (line) => line.withheldForces.map((force) => ({ force, touches: [line.phone.id] })),
  },
  LineMember: {
    person: (member) => personNode(member.person),
    roles: (member) => member.person.roles,
  },
  CuckooedAddress: {
    occupant: (cuckooed) => personNode(cuckooed.occupant),
  },
  WithheldMarker: {
    message: (marker) => `Known to ${marker.force}: ask its officers for access`,
  },
};

function personNode(person: LinePerson): NetworkNode {
  return { id: person.id, kind: 'PERSON', label: [person.forenames, person.surname].filter((n) => n !== null && n !== '').join(' '), foreign: person.foreign };
}
