import { CrosslinkError, seesAcrossForces, type RequestScope } from '@crosslink/common';
import { byKind, NetworkAssembly } from './network.assembly.js';
import type { LinkKind, NetworkAnswer, NetworkNode } from './network.model.js';
import type { NetworkRepository } from './network.repository.js';
import type { Scope } from './network.validation.js';

/** How many links one hop may read per node it may hold, so a hub record cannot flood the service. */
const ROWS_PER_NODE = 20;

/**
 * Reads a scope (network.validation.ts) as the viewer may see it: its starting records, then hop by
 * hop, then the links among the last ones reached, at most `limit` records. Every question asked of
 * a scope reads it here — its network, key players, groups, people at risk, match suggestions — so
 * a scope means the same records to each. Taking everything the viewer sees as a scope is the hub's
 * analysts' and supervisors' alone. Nothing is audited here: each question consults what it returns.
 */
export class ScopeReader {
  constructor(
    private readonly repository: NetworkRepository,
    private readonly scope: RequestScope,
  ) {}

  async read(scope: Scope, via: readonly LinkKind[], limit: number): Promise<NetworkAnswer> {
    const { access, meta } = this.scope;
    const assembly = new NetworkAssembly(limit);
    let frontier = assembly.addNodes(await this.starts(scope, limit));
    const rowCap = limit * ROWS_PER_NODE;
    for (let hop = 0; hop <= scope.hops && frontier.length > 0; hop++) {
      const grow = hop < scope.hops;
      const { rows, capped } = await this.repository.linksAround(byKind(frontier), via, scope.filter, rowCap, assembly.held, access, meta);
      if (capped) assembly.markTruncated();
      frontier = assembly.addLinks(rows, grow);
    }
    return assembly.answer();
  }

  private async starts(scope: Scope, limit: number): Promise<NetworkNode[]> {
    const { principal, hubForce, access, meta } = this.scope;
    switch (scope.kind) {
      case 'seeds':
        return this.repository.records(byKind(scope.seeds), access, meta);
      case 'cases':
      case 'operation': {
        return this.repository.peopleOfCases(
          scope.kind === 'cases' ? scope.caseIds : null,
          scope.kind === 'operation' ? scope.operationId : null,
          scope.filter,
          limit + 1,
          access,
          meta,
        );
      }
      case 'everything': {
        if (!seesAcrossForces(principal, hubForce)) {
          throw new CrosslinkError('FORBIDDEN', 'Only the hub’s analysts and supervisors may take everything they see as a scope', {
            field: 'scope.everything',
          });
        }
        return this.repository.peopleInView(scope.filter, limit + 1, access, meta);
      }
    }
  }
}
