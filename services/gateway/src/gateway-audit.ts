import type { ApolloServerPlugin } from '@apollo/server';
import { keepWhatWasWritten, refuse, type AuditedWriter } from '@crosslink/common';
import type { GatewayContext } from './subgraph-source.js';

/**
 * Writes what a request consulted in every subgraph — returned to the gateway under attestation —
 * in one commit to the gateway's chain of the audit trail, before the answer leaves. If it cannot be
 * written the answer is replaced by an error (fail closed), as a subgraph would do.
 */
export function gatewayAuditPlugin(trail: Pick<AuditedWriter, 'append'>): ApolloServerPlugin<GatewayContext> {
  return {
    async requestDidStart() {
      return {
        async willSendResponse(request) {
          const { consulted } = request.contextValue;
          if (consulted.length === 0) return;
          try {
            await trail.append(consulted.splice(0));
          } catch {
            // A mutation's change has committed in its subgraph: its answer says so, with the ids it wrote.
            if (request.operation?.operation === 'mutation') keepWhatWasWritten(request);
            else refuse(request, 'AUDIT_UNAVAILABLE', 'The audit trail cannot be written, so nothing is returned');
          }
        },
      };
    },
  };
}
