import type { ApolloServerPlugin } from '@apollo/server';
import { refuse, type Neo4jExecutor } from '@crosslink/common';
import type { GatewayContext } from './subgraph-source.js';

/**
 * Writes what a request consulted in every subgraph — returned to the gateway under attestation —
 * in one commit to the gateway's chain of the audit trail, before the answer leaves. If it cannot be
 * written the answer is replaced by an error (fail closed), as a subgraph would do.
 */
export function gatewayAuditPlugin(executor: Neo4jExecutor): ApolloServerPlugin<GatewayContext> {
  return {
    async requestDidStart() {
      return {
        async willSendResponse(request) {
          const { consulted } = request.contextValue;
          if (consulted.length === 0) return;
          try {
            await executor.appendAudit(consulted.splice(0));
          } catch {
            refuse(request, 'AUDIT_UNAVAILABLE', 'The audit trail cannot be written, so nothing is returned');
          }
        },
      };
    },
  };
}
