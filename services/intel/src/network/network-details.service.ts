import { assertCan, type RequestScope } from '@crosslink/common';
import type { NetworkAnswer, NetworkCase, NetworkEvent, NetworkPlace } from './network.model.js';
import type { NetworkRepository } from './network.repository.js';

/** Events a network's timeline reads, at most. */
const NETWORK_EVENTS = 500;

/**
 * What a map and a timeline need of a network already answered: its places, the cases asserting its
 * links and their events. Each is read again under the viewer's visibility, only when a query asks
 * for it, and audited as consulted by the network's question.
 */
export class NetworkDetailsService {
  constructor(
    private readonly repository: NetworkRepository,
    private readonly scope: RequestScope,
  ) {}

  /**
   * The places of a network the viewer was answered, for a map: its LOCATION records as they are
   * shown them (coordinates included where the claim records them), read again under their
   * visibility. No read when the network holds no place.
   */
  async placesOf(network: Pick<NetworkAnswer, 'nodes'>): Promise<NetworkPlace[]> {
    assertCan(this.scope.principal, 'network:read');
    const locations = new Map(network.nodes.filter((node) => node.kind === 'LOCATION').map((node) => [node.id, node]));
    if (locations.size === 0) return [];
    const places = await this.repository.places([...locations.keys()], this.scope.access, this.scope.meta);
    for (const place of places) {
      this.scope.audit.consult('Query.network', 'Location', place.id, { ...place, foreign: locations.get(place.id)?.foreign ?? true });
    }
    return places;
  }

  /**
   * The cases asserting a network's links, oldest first, for a timeline, read again under the
   * viewer's visibility. No read when no link names a case.
   */
  async casesOf(network: Pick<NetworkAnswer, 'edges'>): Promise<NetworkCase[]> {
    assertCan(this.scope.principal, 'network:read');
    const ids = casesNamed(network);
    if (ids.length === 0) return [];
    const cases = await this.repository.cases(ids, this.scope.access, this.scope.meta);
    for (const c of cases) this.scope.audit.consult('Query.network', 'Case', c.id, c);
    return cases;
  }

  /**
   * The events of the cases asserting a network's links, oldest first (at most NETWORK_EVENTS), for
   * a timeline, read again under the viewer's visibility. No read when no link names a case.
   */
  async eventsOf(network: Pick<NetworkAnswer, 'edges'>): Promise<NetworkEvent[]> {
    assertCan(this.scope.principal, 'network:read');
    const ids = casesNamed(network);
    if (ids.length === 0) return [];
    const events = await this.repository.events(ids, NETWORK_EVENTS, this.scope.access, this.scope.meta);
    for (const e of events) this.scope.audit.consult('Query.network', 'Event', e.id, e);
    return events;
  }
}

/** The cases a network's links name, once each. */
function casesNamed(network: Pick<NetworkAnswer, 'edges'>): string[] {
  return [...new Set(network.edges.flatMap((edge) => (edge.caseId === null ? [] : [edge.caseId])))];
}
