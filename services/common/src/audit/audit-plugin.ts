import type { ApolloServerPlugin, BaseContext, GraphQLRequestContextWillSendResponse } from '@apollo/server';
import type { GraphQLResolveInfo } from 'graphql';
import { bearerToken } from '../auth/bearer.js';
import { codeExtensions } from '../errors/catalog.js';
import { ATTESTATION_HEADER, AUDIT_EXTENSION, isAttested } from './attestation.js';
import type { AuditedWriter } from './audited-writer.js';
import { keepWhatWasWritten } from './committed-answer.js';
import type { RequestAudit } from './request-audit.js';

export interface AuditedContext extends BaseContext {
  readonly audit: RequestAudit;
}

/** Types whose objects are not case data (the trail itself), so reading them is not a consultation of records. */
const notCaseData = new Set(['AuditEvent']);

/**
 * Audits every read: each object with an `id` that reaches the response is noted as consulted, under
 * the root field that reached it — whether asked for directly, nested, or through a federation
 * reference — and the consultation is written before the response is sent. If it cannot be written
 * the response is replaced by an error (fail closed). A response holding another force's data is
 * refused unless the caller stated a purpose: a case of another force, or any record the caller sees
 * only through another force's case (its resolver's object says so, see isForeignRecord).
 *
 * When the gateway attests the call (see attestation.ts), the consultations go back to it in the
 * response's extensions instead, and it writes those of the whole request in one commit.
 */
export function auditPlugin(trail: Pick<AuditedWriter, 'append'>, attestationKey: string): ApolloServerPlugin<AuditedContext> {
  return {
    async requestDidStart() {
      return {
        async executionDidStart() {
          return {
            willResolveField({ source, info, contextValue }) {
              if (notCaseData.has(info.parentType.name) || source === null || typeof source !== 'object') return;
              const { id } = source as { id?: unknown };
              if (typeof id !== 'string') return;
              contextValue.audit.consult(rootField(info), info.parentType.name, id, source);
            },
          };
        },
        async willSendResponse(request) {
          const { audit } = request.contextValue;
          if (audit.purposeMissing) {
            audit.drainConsultations();
            // A write touching another force's records was refused in its own transaction (see
            // RequestAudit.assertPurposeFor); one that reached such data only in its answer's further
            // fields has been made and audited, and only the answer is withheld.
            const message =
              request.operation?.operation === 'mutation'
                ? 'The change was made and audited, but its answer holds another force’s data, which needs a purpose: send it in the x-crosslink-purpose header'
                : 'Reading another force’s data needs a purpose: send it in the x-crosslink-purpose header';
            return refuse(request, 'PURPOSE_REQUIRED', message);
          }
          const entries = audit.drainConsultations();
          if (attestedByGateway(request, attestationKey)) {
            if (request.response.body.kind === 'single') {
              const result = request.response.body.singleResult;
              result.extensions = { ...result.extensions, [AUDIT_EXTENSION]: entries };
            }
            return;
          }
          if (entries.length === 0) return;
          try {
            await trail.append(entries);
          } catch {
            // A mutation's change has committed by now: its answer says so, with the ids it wrote.
            if (request.operation?.operation === 'mutation') keepWhatWasWritten(request);
            else refuse(request, 'AUDIT_UNAVAILABLE', 'The audit trail cannot be written, so nothing is returned');
          }
        },
      };
    },
  };
}

function rootField(info: GraphQLResolveInfo): string {
  let path = info.path;
  while (path.prev !== undefined) path = path.prev;
  return `${info.operation.operation === 'mutation' ? 'Mutation' : 'Query'}.${String(path.key)}`;
}

function attestedByGateway(request: GraphQLRequestContextWillSendResponse<AuditedContext>, key: string): boolean {
  const headers = request.request.http?.headers;
  const token = bearerToken(headers?.get('authorization'));
  const query = request.request.query;
  if (token === undefined || query === undefined) return false;
  const call = { requestId: request.contextValue.audit.requestId, token, query, variables: request.request.variables };
  return isAttested(key, headers?.get(ATTESTATION_HEADER), call);
}

/** Replaces the whole answer with one coded error: nothing of the data leaves. */
export function refuse(request: GraphQLRequestContextWillSendResponse<BaseContext>, code: string, message: string): void {
  if (request.response.body.kind !== 'single') return;
  request.response.body.singleResult = { errors: [{ message, extensions: codeExtensions(code) }] };
}
