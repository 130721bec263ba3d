import { createHash, createHmac, timingSafeEqual } from 'node:crypto';

/**
 * The header in which the gateway attests that it will write the audit of a subgraph call itself.
 *
 * A request through the gateway reaches up to four subgraphs, one after another. Rather than each
 * writing its consultations durably before answering (one commit per hop, on the critical path), a
 * subgraph called with a valid attestation returns them in its response's extensions, and the
 * gateway writes everything the request consulted in one commit before it answers the caller —
 * failing closed as a subgraph would. A call without a valid attestation (a client calling a
 * subgraph directly, or a replay altered in any way) is audited by the subgraph itself.
 */
export const ATTESTATION_HEADER = 'x-crosslink-audit-attestation';

/** The response extension a subgraph returns its consultations in when the gateway audits. */
export const AUDIT_EXTENSION = 'crosslinkAudit';

const VERSION = 'v1';
/** How long an attestation is honoured: far longer than a subgraph call, far shorter than a token. */
export const ATTESTATION_LIFETIME_MS = 30_000;

/** What an attestation binds: the request, the caller's token and the exact operation sent. */
export interface AttestedCall {
  readonly requestId: string;
  readonly token: string;
  readonly query: string;
  readonly variables: unknown;
}

export function attest(key: string, call: AttestedCall, now = Date.now()): string {
  const expires = now + ATTESTATION_LIFETIME_MS;
  return `${VERSION}.${expires}.${mac(key, expires, call)}`;
}

/** Whether `header` is an attestation for exactly this call, made with `key` and not yet expired. */
export function isAttested(key: string, header: string | undefined, call: AttestedCall, now = Date.now()): boolean {
  if (header === undefined) return false;
  const [version, expiresText, given, ...rest] = header.split('.');
  if (version !== VERSION || rest.length > 0 || expiresText === undefined || given === undefined || !/^\d{13}$/.test(expiresText)) return false;
  const expires = Number(expiresText);
  if (expires <= now || expires > now + ATTESTATION_LIFETIME_MS) return false;
  const expected = Buffer.from(mac(key, expires, call));
  const actual = Buffer.from(given);
  return actual.length === expected.length && timingSafeEqual(actual, expected);
}

function mac(key: string, expires: number, call: AttestedCall): string {
  const parts = [VERSION, String(expires), call.requestId, sha256(call.token), sha256(call.query), sha256(JSON.stringify(call.variables ?? {}))];
  return createHmac('sha256', key).update(parts.join('\n')).digest('base64url');
}

function sha256(text: string): string {
  return createHash('sha256').update(text).digest('base64url');
}
