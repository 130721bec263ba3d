import type { LinkKind, NetworkNodeKind } from '../api/schema-enums.js';
import { linkKinds, type NetworkScope, type RecordRef } from './network-fields.js';

/**
 * Where the explorer starts: one record, the people of one case (NetworkScope.caseIds) or of one
 * operation's cases, or everything the viewer may see (the hub's analysts and supervisors).
 */
export type Start =
  { kind: 'record'; record: RecordRef } | { kind: 'case'; caseId: string } | { kind: 'operation'; operationId: string } | { kind: 'everything' };

/** A record's kind as the seed names it (Person:<id>, as exports name records), case and separators aside. */
const seedKinds: Record<string, NetworkNodeKind | 'CASE' | 'OPERATION'> = {
  person: 'PERSON',
  phone: 'PHONE',
  vehicle: 'VEHICLE',
  email: 'EMAIL',
  emailaddress: 'EMAIL',
  onlineaccount: 'ONLINE_ACCOUNT',
  bankaccount: 'BANK_ACCOUNT',
  location: 'LOCATION',
  case: 'CASE',
  operation: 'OPERATION',
};

/** How a seed names each kind: the label records are stored under. */
const seedLabels: Record<NetworkNodeKind, string> = {
  PERSON: 'Person',
  PHONE: 'Phone',
  VEHICLE: 'Vehicle',
  EMAIL: 'EmailAddress',
  ONLINE_ACCOUNT: 'OnlineAccount',
  BANK_ACCOUNT: 'BankAccount',
  LOCATION: 'Location',
};

/**
 * "Person:<id>", "EmailAddress:<id>", "ONLINE_ACCOUNT:<id>", "online-account:<id>", "Case:<id>",
 * "Operation:<id>" or "everything"; null for anything else.
 */
export function parseSeed(seed: string | null | undefined): Start | null {
  if (seed === null || seed === undefined) return null;
  if (seed.trim().toLowerCase() === 'everything') return { kind: 'everything' };
  const colon = seed.indexOf(':');
  if (colon < 1) return null;
  const kind =
    seedKinds[
      seed
        .slice(0, colon)
        .toLowerCase()
        .replace(/[-_\s]/g, '')
    ];
  const id = seed.slice(colon + 1).trim();
  if (kind === undefined || id === '') return null;
  if (kind === 'CASE') return { kind: 'case', caseId: id };
  if (kind === 'OPERATION') return { kind: 'operation', operationId: id };
  return { kind: 'record', record: { kind, id } };
}

export function seedOf(start: Start): string {
  switch (start.kind) {
    case 'case':
      return `Case:${start.caseId}`;
    case 'operation':
      return `Operation:${start.operationId}`;
    case 'everything':
      return 'everything';
    case 'record':
      return `${seedLabels[start.record.kind]}:${start.record.id}`;
  }
}

export function explorerHref(start: Start): string {
  return `/explorer?seed=${encodeURIComponent(seedOf(start))}`;
}

export const MIN_HOPS = 1;
export const MAX_HOPS = 3;
export const DEFAULT_LIMIT = 500;
export const MAX_LIMIT = 5_000;
export const MAX_SEEDS = 100;
export const MAX_PATH_HOPS = 6;

/** What the scope controls ask for: hops out, the link kinds followed and the most records shown. */
export interface ScopeOptions {
  hops: number;
  via: readonly LinkKind[];
  limit: number;
}

export const defaultOptions: ScopeOptions = { hops: 1, via: linkKinds, limit: DEFAULT_LIMIT };

export function clamp(value: number, min: number, max: number, fallback: number): number {
  if (!Number.isFinite(value)) return fallback;
  return Math.min(max, Math.max(min, Math.round(value)));
}

/** The `via` argument: null (every kind) when all are ticked, else those ticked in the schema's order. */
export function viaArg(via: readonly LinkKind[]): LinkKind[] | null {
  const chosen = linkKinds.filter((kind) => via.includes(kind));
  return chosen.length === linkKinds.length ? null : chosen;
}

export function scopeFor(start: Start, hops: number): NetworkScope {
  switch (start.kind) {
    case 'case':
      return { caseIds: [start.caseId], hops };
    case 'operation':
      return { operationId: start.operationId, hops };
    case 'everything':
      return { everything: true, hops };
    case 'record':
      return { seeds: [start.record], hops };
  }
}

/** The scope of one record's neighbours, as an expansion reads them. */
export function expansionScope(record: RecordRef): NetworkScope {
  return { seeds: [record], hops: 1 };
}

/**
 * The scope an analysis or an export of the view takes. Expanded records are added as seeds when the
 * view is a one-hop view of records (their one-hop neighbourhoods are exactly what the expansions
 * merged in); otherwise the scope is the one first shown, and `complete` says the expansions are
 * not in it.
 */
export function viewScope(start: Start, hops: number, expanded: readonly RecordRef[]): { scope: NetworkScope; complete: boolean } {
  const base = scopeFor(start, hops);
  if (expanded.length === 0) return { scope: base, complete: true };
  if (start.kind !== 'record' || hops !== 1) return { scope: base, complete: false };
  const seeds = [start.record];
  const seen = new Set([`${start.record.kind}:${start.record.id}`]);
  for (const record of expanded) {
    const key = `${record.kind}:${record.id}`;
    if (seen.has(key)) continue;
    seen.add(key);
    seeds.push(record);
  }
  if (seeds.length > MAX_SEEDS) return { scope: { seeds: seeds.slice(0, MAX_SEEDS), hops: 1 }, complete: false };
  return { scope: { seeds, hops: 1 }, complete: true };
}
