import { createHash, createHmac, randomBytes, timingSafeEqual } from 'node:crypto';
import type { ApolloServerPlugin, BaseContext, GraphQLRequestContextWillSendResponse } from '@apollo/server';
import type { GraphQLResolveInfo } from 'graphql';
import { bearerToken } from '../auth/bearer.js';
import type { Neo4jExecutor } from '../neo4j/executor.js';
import type { AuditEntry } from './audit-event.js';
import type { RequestAudit } from './request-audit.js';

/*
 * THE READ AUDIT, end to end. Every read of case data is written to the audit trail before its answer
 * leaves; this file is the whole path.
 *
 * 1. A subgraph notes what each request consulted (auditPlugin, below) and writes it to its own chain
 *    before answering — failing closed with AUDIT_UNAVAILABLE. A client calling a subgraph directly
 *    always takes this path.
 * 2. Through the gateway, a request reaches up to four subgraphs one after another. Rather than one
 *    audit commit per hop on the critical path, the gateway attests each call (attest, in
 *    SubgraphSource.willSendRequest): "I will write this call's consultations myself". A subgraph
 *    that accepts the attestation returns its consultations in the answer's extensions instead of
 *    writing them; the gateway takes them out (takeConsultations) and writes those of the whole
 *    request in one commit before it answers (gatewayAuditPlugin), failing closed as well.
 * 3. An attestation binds the exact call — the subgraph it is for, the request id, the caller's token,
 *    the query and its variables (in a canonical key order, so a re-serialisation cannot change what
 *    was signed) — and a random nonce, and it expires. Each subgraph accepts a nonce once
 *    (AttestationCheck): a captured call replayed, even unchanged and within its lifetime, is no
 *    longer attested, so the subgraph audits it itself. Attestations issued before the subgraph
 *    process started are not accepted (its store of used nonces started empty then).
 *
 * Whatever the path, a subgraph refuses another force's data without a purpose on its own.
 */

/** The header in which the gateway attests that it will write the audit of a subgraph call itself. */
export const ATTESTATION_HEADER = 'x-crosslink-audit-attestation';

/** The response extension a subgraph returns its consultations in when the gateway audits. */
export const AUDIT_EXTENSION = 'crosslinkAudit';

const VERSION = 'v2';
/** How long an attestation is honoured: far longer than a subgraph call, far shorter than a token. */
export const ATTESTATION_LIFETIME_MS = 30_000;

/** What an attestation binds: the subgraph called, the request, the caller's token and the exact operation sent. */
export interface AttestedCall {
  /** The subgraph the call is for (its service name): an attestation for one is no good at another. */
  readonly audience: string;
  readonly requestId: string;
  readonly token: string;
  readonly query: string;
  readonly variables: unknown;
}

/** `v2.<expires ms>.<nonce>.<HMAC-SHA256>`: made by the gateway for one subgraph call. */
export function attest(key: string, call: AttestedCall, now = Date.now()): string {
  const expires = now + ATTESTATION_LIFETIME_MS;
  const nonce = randomBytes(16).toString('base64url');
  return `${VERSION}.${expires}.${nonce}.${mac(key, expires, nonce, call)}`;
}

/**
 * A subgraph's check of attestations: genuine, for this subgraph and this exact call, unexpired, and
 * never seen before. Used nonces are kept until their attestation expires (then a replay fails on the
 * expiry anyway), so the store holds at most one lifetime's worth of calls.
 */
export class AttestationCheck {
  private readonly used = new Map<string, number>();
  private readonly startedAt: number;

  constructor(
    private readonly key: string,
    private readonly audience: string,
    now = Date.now(),
  ) {
    this.startedAt = now;
  }

  /** Whether `header` attests exactly this call; if so its nonce is spent and will not be accepted again. */
  accept(header: string | undefined, call: Omit<AttestedCall, 'audience'>, now = Date.now()): boolean {
    this.forgetExpired(now);
    const parsed = parse(header);
    if (parsed === null) return false;
    const { expires, nonce, given } = parsed;
    // Issued (expires - lifetime) before this process started: its nonce may have been spent before a restart.
    if (expires <= now || expires > now + ATTESTATION_LIFETIME_MS || expires - ATTESTATION_LIFETIME_MS < this.startedAt) return false;
    const expected = Buffer.from(mac(this.key, expires, nonce, { ...call, audience: this.audience }));
    const actual = Buffer.from(given);
    if (actual.length !== expected.length || !timingSafeEqual(actual, expected)) return false;
    if (this.used.has(nonce)) return false;
    this.used.set(nonce, expires);
    return true;
  }

  /** How many spent nonces are remembered (for tests). */
  get remembered(): number {
    return this.used.size;
  }

  private forgetExpired(now: number): void {
    // Nonces are spent in roughly the order they expire; stop at the first still live.
    for (const [nonce, expires] of this.used) {
      if (expires > now) break;
      this.used.delete(nonce);
    }
  }
}

function parse(header: string | undefined): { expires: number; nonce: string; given: string } | null {
  if (header === undefined) return null;
  const [version, expiresText, nonce, given, ...rest] = header.split('.');
  if (version !== VERSION || rest.length > 0 || expiresText === undefined || nonce === undefined || given === undefined) return null;
  if (!/^\d{13}$/.test(expiresText) || !/^[A-Za-z0-9_-]{22}$/.test(nonce)) return null;
  return { expires: Number(expiresText), nonce, given };
}

function mac(key: string, expires: number, nonce: string, call: AttestedCall): string {
  const parts = [VERSION, String(expires), nonce, call.audience, call.requestId, sha256(call.token), sha256(call.query), sha256(canonicalJson(call.variables ?? {}))];
  return createHmac('sha256', key).update(parts.join('\n')).digest('base64url');
}

function sha256(text: string): string {
  return createHash('sha256').update(text).digest('base64url');
}

/** JSON with every object's keys in sorted order, so equal values serialise alike whatever order their keys came in. */
export function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map((item) => canonicalJson(item ?? null)).join(',')}]`;
  if (value !== null && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, child]) => child !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, child]) => `${JSON.stringify(k)}:${canonicalJson(child)}`).join(',')}}`;
  }
  return JSON.stringify(value) ?? 'null';
}

// ─── The subgraph side ──────────────────────────────────────────────────────────────────────────

export interface AuditedContext extends BaseContext {
  readonly audit: RequestAudit;
}

/** Types whose objects are not case data (the trail itself), so reading them is not a consultation of records. */
const notCaseData = new Set(['AuditEvent']);

/**
 * Audits every read of a subgraph: each object with an `id` that reaches the response is noted as
 * consulted, under the root field that reached it — whether asked for directly, nested, or through a
 * federation reference — and the consultation is written before the response is sent. If it cannot
 * be written the response is replaced by an error (fail closed). A response holding another force's
 * data is refused unless the caller stated a purpose (see RequestAudit.consult and isForeignRecord).
 * Under a valid attestation the consultations go back to the gateway in the answer's extensions.
 */
export function auditPlugin(executor: Neo4jExecutor, attestations: AttestationCheck): ApolloServerPlugin<AuditedContext> {
  return {
    async requestDidStart() {
      return {
        async executionDidStart() {
          return {
            willResolveField({ source, info, contextValue }) {
              if (info.parentType.name === 'Mutation') contextValue.audit.beginMutation(info.fieldName);
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
          if (attestedByGateway(request, attestations)) {
            if (request.response.body.kind === 'single') {
              const result = request.response.body.singleResult;
              result.extensions = { ...result.extensions, [AUDIT_EXTENSION]: entries };
            }
            return;
          }
          if (entries.length === 0) return;
          try {
            await executor.appendAudit(entries);
          } catch {
            refuse(request, 'AUDIT_UNAVAILABLE', 'The audit trail cannot be written, so nothing is returned');
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

function attestedByGateway(request: GraphQLRequestContextWillSendResponse<AuditedContext>, attestations: AttestationCheck): boolean {
  const headers = request.request.http?.headers;
  const token = bearerToken(headers?.get('authorization'));
  const query = request.request.query;
  if (token === undefined || query === undefined) return false;
  const call = { requestId: request.contextValue.audit.requestId, token, query, variables: request.request.variables };
  return attestations.accept(headers?.get(ATTESTATION_HEADER), call);
}

/** Replaces the whole answer with one coded error: nothing of the data leaves. */
export function refuse(request: GraphQLRequestContextWillSendResponse<BaseContext>, code: string, message: string): void {
  if (request.response.body.kind !== 'single') return;
  request.response.body.singleResult = { errors: [{ message, extensions: { code } }] };
}

// ─── The gateway side ───────────────────────────────────────────────────────────────────────────

/** A gateway request's part in the audit: what its subgraph calls consulted, written at the end. */
export interface GatewayAuditContext {
  readonly consulted: AuditEntry[];
}

/**
 * Takes the consultations out of a subgraph's answer to an attested call, into the request's
 * context. An answer with data but no audit is refused: the gateway cannot vouch for it.
 */
export function takeConsultations(subgraph: string, response: { data?: unknown; extensions?: Record<string, unknown> }, context: GatewayAuditContext): void {
  const entries = response.extensions?.[AUDIT_EXTENSION];
  if (response.extensions !== undefined) delete response.extensions[AUDIT_EXTENSION];
  if (Array.isArray(entries)) {
    context.consulted.push(...(entries as AuditEntry[]));
  } else if (response.data !== undefined && response.data !== null) {
    throw new Error(`the ${subgraph} subgraph answered without its audit, so its answer is not used`);
  }
}

/**
 * Writes what a request consulted in every subgraph in one commit to the gateway's chain of the
 * audit trail, before the answer leaves. If it cannot be written the answer is replaced by an error
 * (fail closed), as a subgraph would do.
 */
export function gatewayAuditPlugin(executor: Neo4jExecutor): ApolloServerPlugin<GatewayAuditContext & BaseContext> {
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
