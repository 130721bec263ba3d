import { createHash, createHmac, randomBytes, timingSafeEqual } from 'node:crypto';
import type { ApolloServerPlugin, BaseContext, GraphQLRequestContextWillSendResponse } from '@apollo/server';
import type { GraphQLAbstractType, GraphQLFieldResolver, GraphQLNamedType, GraphQLObjectType, GraphQLResolveInfo, GraphQLSchema, GraphQLType } from 'graphql';
import { CrosslinkError } from '../errors/crosslink-error.js';
import { bearerToken } from '../auth/bearer.js';
import type { AuditedWriter } from './audited-writer.js';
import { keepWhatWasWritten } from './committed-answer.js';
import { codeExtensions } from '../errors/catalog.js';
import type { AuditEntry } from './audit-event.js';
import { isForeignRecord, type RequestAudit } from './request-audit.js';

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
 * Why attest rather than have every subgraph write its own consultations: on the same four dossier
 * calls, interleaved (`npm run bench:dossier`), one write at the end was 1.32x faster at p50 and
 * 1.62x at p95 than a write per call, each commit sitting on the critical path; the single-use
 * nonce adds a map lookup beside the HMAC both variants pay, too small to measure.
 *
 * What a request consulted is what the services returned to it, whatever the client selected
 * (auditReads): every record in every result a resolver hands to GraphQL — a case read for its
 * `__typename` only, a search hit read for its score, a person's roles in cases — is noted, with
 * whether it is another force's data (the `foreign` the repositories project beside each row, or a
 * case's `force`). Without a purpose, another force's records are left out of lists (the answer's
 * `extensions.withheld` says how many), and a single one is refused with PURPOSE_REQUIRED naming it.
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
  const parts = [
    VERSION,
    String(expires),
    nonce,
    call.audience,
    call.requestId,
    sha256(call.token),
    sha256(call.query),
    sha256(canonicalJson(call.variables ?? {})),
  ];
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
const notCaseData = new Set(['AuditEvent', 'AuditEventConnection', 'AuditEventEdge']);

/** The answer's extension that says how many other-force records a list left out for want of a purpose. */
export const WITHHELD_EXTENSION = 'withheld';

/**
 * The records a row of a type names, for the types whose rows carry no `id` of their own or are not
 * named by it; any other row with an `id` names `Type:id`, and a row without one names the records in
 * its fields (a person's role in a case names the case, a search hit its node). `args` are the field's arguments.
 */
const recordsOfRow: Record<string, (row: Record<string, unknown>, args: Record<string, unknown>) => string[]> = {
  PersonCaseRole: (row) => (typeof row['caseId'] === 'string' ? [`Case:${row['caseId']}`] : []),
  Officer: (row) => (typeof row['username'] === 'string' ? [`Officer:${row['username']}`] : []),
  OfficerWorkload: (row) => (typeof row['officer'] === 'string' ? [`Officer:${row['officer']}`] : []),
  TeamWorkload: (row, args) => [`Team:${String(args['force'] ?? '?').toUpperCase()}/${typeof row['team'] === 'string' ? row['team'] : '-'}`],
};

// Kinds of GraphQL types told by their tag, not `instanceof`: the schema may come from another copy of
// graphql (its CommonJS and ESM builds) than this module.
const kindOf = (type: GraphQLType): string => Object.prototype.toString.call(type).slice(8, -1);
const isObjectType = (type: GraphQLType): type is GraphQLObjectType => kindOf(type) === 'GraphQLObjectType';
const isAbstractType = (type: GraphQLType): type is GraphQLAbstractType => ['GraphQLUnionType', 'GraphQLInterfaceType'].includes(kindOf(type));
const isLeafType = (type: GraphQLType): boolean => ['GraphQLScalarType', 'GraphQLEnumType'].includes(kindOf(type));
function getNamedType(type: GraphQLType): GraphQLNamedType {
  let named: GraphQLType = type;
  while ('ofType' in named) named = named.ofType;
  return named;
}
const defaultFieldResolver: GraphQLFieldResolver<unknown, unknown> = (source, args, context, info) => {
  if (source === null || typeof source !== 'object') return undefined;
  const value = (source as Record<string, unknown>)[info.fieldName];
  return typeof value === 'function' ? (value as (...a: unknown[]) => unknown).call(source, args, context, info) : value;
};

/**
 * Wraps every resolver of `schema` that returns records (objects, lists of them, connections) so
 * that what it returns is noted as consulted and screened by the purpose rule (see the top of this
 * file). Types of connections and edges are structural: their parent field does the work.
 */
export function auditReads(schema: GraphQLSchema): GraphQLSchema {
  for (const type of Object.values(schema.getTypeMap())) {
    if (!isObjectType(type) || type.name.startsWith('__') || notCaseData.has(type.name) || isStructural(type.name)) continue;
    for (const field of Object.values(type.getFields())) {
      const named = getNamedType(field.type);
      if (isLeafType(named) || notCaseData.has(named.name)) continue;
      const resolve = field.resolve ?? defaultFieldResolver;
      field.resolve = (source, args: Record<string, unknown>, context: AuditedContext, info) => {
        const result: unknown = resolve(source, args, context, info);
        if (context?.audit === undefined) return result;
        return isThenable(result)
          ? Promise.resolve(result).then((value) => screen(value, named, args, context.audit, info))
          : screen(result, named, args, context.audit, info);
      };
    }
  }
  return schema;
}

function isStructural(name: string): boolean {
  return name.endsWith('Connection') || name.endsWith('Edge') || name === 'PageInfo';
}

function isThenable(value: unknown): value is PromiseLike<unknown> {
  return value !== null && typeof value === 'object' && typeof (value as { then?: unknown }).then === 'function';
}

type Row = Record<string, unknown>;

/** Notes what a resolver returned and applies the purpose rule to it; returns what may be answered. */
function screen(result: unknown, type: GraphQLNamedType, args: Record<string, unknown>, audit: RequestAudit, info: GraphQLResolveInfo): unknown {
  if (result === null || result === undefined || typeof result !== 'object') return result;
  if (Array.isArray(result)) {
    if (result.some(isThenable)) return Promise.all(result).then((items) => screen(items, type, args, audit, info));
    // The gateway matches `_entities` answers to its representations by position: refuse in place.
    if (info.parentType.name === 'Query' && info.fieldName === '_entities') return result.map((item) => single(item, type, args, audit, info, true));
    return keep(result, type, args, audit, info, (item) => item);
  }
  const { edges } = result as { edges?: unknown };
  if (isObjectType(type) && isStructural(type.name) && Array.isArray(edges)) {
    const nodeType = connectionNode(type);
    if (nodeType === null) return result;
    return { ...result, edges: keep(edges, nodeType, args, audit, info, (edge) => (edge as { node?: unknown } | null)?.node) };
  }
  return single(result, type, args, audit, info, false);
}

/** The items of a list the caller may have; another force's, without a purpose, are counted and left out. */
function keep(
  items: readonly unknown[],
  type: GraphQLNamedType,
  args: Record<string, unknown>,
  audit: RequestAudit,
  info: GraphQLResolveInfo,
  rowOf: (item: unknown) => unknown,
): unknown[] {
  const kept: unknown[] = [];
  for (const item of items) {
    const row = rowOf(item);
    if (row === null || row === undefined || typeof row !== 'object') {
      kept.push(item);
      continue;
    }
    const { records, foreign } = recordsOf(row as Row, type, args, audit, info);
    if (foreign && audit.purpose === null) {
      audit.withheld += 1;
      continue;
    }
    for (const record of records) audit.consultRecord(rootField(info), record, foreign);
    kept.push(item);
  }
  return kept;
}

/** One record: noted, or refused (thrown, or for `_entities` returned in place) when it needs a purpose the caller did not give. */
function single(row: unknown, type: GraphQLNamedType, args: Record<string, unknown>, audit: RequestAudit, info: GraphQLResolveInfo, inPlace: boolean): unknown {
  if (row === null || row === undefined || typeof row !== 'object') return row;
  const { records, foreign } = recordsOf(row as Row, type, args, audit, info);
  if (foreign && audit.purpose === null) {
    const record = records[0] ?? type.name;
    const refusal = new CrosslinkError(
      'PURPOSE_REQUIRED',
      `${record} is another force’s data, which needs a purpose: send it in the x-crosslink-purpose header`,
      { record },
    );
    if (inPlace) return refusal;
    throw refusal;
  }
  for (const record of records) audit.consultRecord(rootField(info), record, foreign);
  return row;
}

/** The records a row names, and whether it is another force's data (itself, or a record in its fields). */
function recordsOf(
  row: Row,
  type: GraphQLNamedType,
  args: Record<string, unknown>,
  audit: RequestAudit,
  info: GraphQLResolveInfo,
): { records: string[]; foreign: boolean } {
  const typeName = concreteType(row, type, audit, info);
  if (notCaseData.has(typeName)) return { records: [], foreign: false };
  const force = audit.principal.force;
  let foreign = isForeignRecord(row, force);
  const named = recordsOfRow[typeName];
  if (named !== undefined) return { records: named(row, args), foreign };
  if (typeof row['id'] === 'string') return { records: [`${typeName}:${row['id']}`], foreign };
  // A row without an id of its own (a person's part in a case): the records in its fields.
  const records: string[] = [];
  const fields = isObjectType(type) ? type.getFields() : {};
  for (const [key, child] of Object.entries(row)) {
    const field = fields[key];
    if (field === undefined || child === null || typeof child !== 'object' || Array.isArray(child)) continue;
    const { id } = child as { id?: unknown };
    if (typeof id !== 'string') continue;
    records.push(`${concreteType(child as Row, getNamedType(field.type), audit, info)}:${id}`);
    if (isForeignRecord(child, force)) foreign = true;
  }
  return { records, foreign };
}

/** The object type a row is: its own `__typename`, or its abstract type's choice, or the field's type. */
function concreteType(row: Row, type: GraphQLNamedType, audit: RequestAudit, info: GraphQLResolveInfo): string {
  if (typeof row['__typename'] === 'string') return row['__typename'];
  if (isAbstractType(type) && type.resolveType !== undefined && type.resolveType !== null) {
    try {
      const resolved = type.resolveType(row, { audit }, info, type);
      if (typeof resolved === 'string') return resolved;
    } catch {
      // An abstract type that cannot tell from the row alone: named by the field's type.
    }
  }
  return type.name;
}

function connectionNode(type: GraphQLNamedType): GraphQLNamedType | null {
  if (!isObjectType(type)) return null;
  const edge = type.getFields()['edges'];
  if (edge === undefined) return null;
  const edgeType = getNamedType(edge.type);
  if (!isObjectType(edgeType)) return null;
  const node = edgeType.getFields()['node'];
  return node === undefined ? null : getNamedType(node.type);
}

/** What `extensions.withheld` says: how many other-force records were left out, and why. */
export function withheldNote(count: number): { count: number; code: 'PURPOSE_REQUIRED'; message: string } {
  return {
    count,
    code: 'PURPOSE_REQUIRED',
    message: `${count} record${count === 1 ? '' : 's'} of other forces left out: reading them needs a purpose, sent in the x-crosslink-purpose header`,
  };
}

/**
 * Audits every read of a subgraph: what the services returned (see auditReads) is noted as
 * consulted, under the root field that reached it — whether asked for directly, nested, or through a
 * federation reference — and the consultation is written before the response is sent. If it cannot
 * be written the response is replaced by an error (fail closed). A response holding another force's
 * data is refused unless the caller stated a purpose (see RequestAudit.consult and isForeignRecord).
 * Under a valid attestation the consultations go back to the gateway in the answer's extensions.
 */
export function auditPlugin(trail: Pick<AuditedWriter, 'append'>, attestations: AttestationCheck): ApolloServerPlugin<AuditedContext> {
  return {
    async requestDidStart() {
      return {
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
          if (audit.withheld > 0 && request.response.body.kind === 'single') {
            const result = request.response.body.singleResult;
            result.extensions = { ...result.extensions, [WITHHELD_EXTENSION]: withheldNote(audit.withheld) };
          }
          if (attestedByGateway(request, attestations)) {
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
  request.response.body.singleResult = { errors: [{ message, extensions: codeExtensions(code) }] };
}

// ─── The gateway side ───────────────────────────────────────────────────────────────────────────

/** A gateway request's part in the audit: what its subgraph calls consulted, written at the end. */
export interface GatewayAuditContext {
  readonly consulted: AuditEntry[];
  /** How many other-force records each subgraph call left out for want of a purpose. */
  readonly withheld: number[];
}

/**
 * Takes the consultations out of a subgraph's answer to an attested call, into the request's
 * context. An answer with data but no audit is refused: the gateway cannot vouch for it.
 */
export function takeConsultations(subgraph: string, response: { data?: unknown; extensions?: Record<string, unknown> }, context: GatewayAuditContext): void {
  const entries = response.extensions?.[AUDIT_EXTENSION];
  const withheld = (response.extensions?.[WITHHELD_EXTENSION] as { count?: unknown } | undefined)?.count;
  if (typeof withheld === 'number' && withheld > 0) context.withheld.push(withheld);
  if (response.extensions !== undefined) {
    delete response.extensions[AUDIT_EXTENSION];
    delete response.extensions[WITHHELD_EXTENSION];
  }
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
export function gatewayAuditPlugin(trail: Pick<AuditedWriter, 'append'>): ApolloServerPlugin<GatewayAuditContext & BaseContext> {
  return {
    async requestDidStart() {
      return {
        async willSendResponse(request) {
          const { consulted, withheld } = request.contextValue;
          const count = withheld.reduce((sum, n) => sum + n, 0);
          if (count > 0 && request.response.body.kind === 'single') {
            const result = request.response.body.singleResult;
            result.extensions = { ...result.extensions, [WITHHELD_EXTENSION]: withheldNote(count) };
          }
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
