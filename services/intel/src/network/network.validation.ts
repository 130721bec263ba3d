import { CrosslinkError, recipientList, validationError } from '@crosslink/common';
import { validateGrading, type Grading, type GradingInput } from '../intelligence/grading.js';
import { noFilter, type CaseFilter } from './network.cypher.js';
import type { ExportFormat } from './network.export.js';
import { linkKinds, nodeKinds, type LinkKind, type NodeKind } from './network.model.js';
import { groupings, type Grouping } from './statistics.cypher.js';

/** A record named by its kind and id. */
export interface RecordRef {
  readonly kind: NodeKind;
  readonly id: string;
}

export interface NetworkScopeInput {
  readonly seeds?: readonly RecordRef[] | null;
  readonly hops?: number | null;
  readonly caseIds?: readonly string[] | null;
  readonly operationId?: string | null;
  readonly everything?: boolean | null;
  readonly filter?: {
    readonly forces?: readonly string[] | null;
    readonly crimeTypes?: readonly string[] | null;
    readonly from?: string | null;
    readonly to?: string | null;
  } | null;
}

export interface ExportNetworkInput {
  readonly scope: NetworkScopeInput;
  readonly format: ExportFormat;
  readonly recipients: readonly string[];
  readonly grading?: GradingInput | null;
  readonly via?: readonly string[] | null;
  readonly limit?: number | null;
}

/** A scope checked: exactly one way to pick its starting records, and how far to reach from them. */
export type Scope =
  | { readonly kind: 'seeds'; readonly seeds: readonly RecordRef[]; readonly hops: number; readonly filter: CaseFilter }
  | { readonly kind: 'cases'; readonly caseIds: readonly string[]; readonly hops: number; readonly filter: CaseFilter }
  | { readonly kind: 'operation'; readonly operationId: string; readonly hops: number; readonly filter: CaseFilter }
  | { readonly kind: 'everything'; readonly hops: number; readonly filter: CaseFilter };

/** Hops from the starting records: 0 keeps just them (and the links among them). Default 1. */
export const MAX_HOPS = 3;
export const MAX_SEEDS = 100;
export const MAX_CASES = 100;
/** Nodes a network answer holds by default, and at most. */
export const DEFAULT_LIMIT = 500;
export const MAX_LIMIT = 5_000;
/**
 * Nodes an export from the command line (npm run export) holds at most. It writes files rather than
 * returning them inline in a GraphQL answer, which the gateway and the client would hold whole, so
 * it may go far past MAX_LIMIT; still bounded, as the network is assembled in memory before it is
 * written out.
 */
export const MAX_EXPORT_LIMIT = 200_000;
/** Nodes a key-player or community analysis reads by default, and at most. */
export const DEFAULT_ANALYSIS_LIMIT = 10_000;
export const MAX_ANALYSIS_LIMIT = 20_000;
export const MAX_PATH_HOPS = 6;

export function checkScope(input: NetworkScopeInput, field = 'scope'): Scope {
  const given = [
    input.seeds != null && 'seeds',
    input.caseIds != null && 'caseIds',
    input.operationId != null && 'operationId',
    input.everything === true && 'everything',
  ].filter((g): g is string => g !== false);
  if (given.length !== 1) {
    throw validationError(field, 'A scope starts from exactly one of seeds, caseIds, operationId or everything');
  }
  const hops = checkRange(input.hops ?? 1, 0, MAX_HOPS, `${field}.hops`);
  const filter = checkFilter(input.filter ?? null, `${field}.filter`);
  if (input.seeds != null) {
    if (input.seeds.length === 0 || input.seeds.length > MAX_SEEDS) throw validationError(`${field}.seeds`, `Give from 1 to ${MAX_SEEDS} seeds`);
    input.seeds.forEach((seed, i) => checkRecord(seed, `${field}.seeds[${i}]`));
    return { kind: 'seeds', seeds: input.seeds, hops, filter };
  }
  if (input.caseIds != null) {
    if (input.caseIds.length === 0 || input.caseIds.length > MAX_CASES) throw validationError(`${field}.caseIds`, `Give from 1 to ${MAX_CASES} cases`);
    return { kind: 'cases', caseIds: input.caseIds, hops, filter };
  }
  if (input.operationId != null) return { kind: 'operation', operationId: input.operationId, hops, filter };
  return { kind: 'everything', hops, filter };
}

export function checkRecord(ref: RecordRef, field: string): RecordRef {
  if (!nodeKinds.includes(ref.kind)) throw validationError(`${field}.kind`, 'Not a kind of record a network holds');
  if (ref.id.trim() === '') throw validationError(`${field}.id`, 'An id is required');
  return ref;
}

/** The link kinds asked for; all of them when none are named. */
export function checkVia(via: readonly string[] | null | undefined, field = 'via'): LinkKind[] {
  if (via == null) return [...linkKinds];
  if (via.length === 0) throw validationError(field, 'Name at least one kind of link, or leave it out for all');
  for (const [i, kind] of via.entries()) {
    if (!(linkKinds as readonly string[]).includes(kind)) throw validationError(`${field}[${i}]`, 'Not a kind of link');
  }
  return [...new Set(via as readonly LinkKind[])];
}

export function checkRange(value: number, min: number, max: number, field: string): number {
  if (!Number.isInteger(value) || value < min || value > max) throw validationError(field, `Must be a whole number from ${min} to ${max}`);
  return value;
}

/** The cases a question's links or counts come from; no filter takes every case the viewer may see. */
export function checkFilter(filter: NetworkScopeInput['filter'], field: string): CaseFilter {
  if (filter == null) return noFilter;
  const from = filter.from ?? null;
  const to = filter.to ?? null;
  if (from !== null && to !== null && Date.parse(from) >= Date.parse(to)) throw validationError(`${field}.to`, 'The period must end after it starts');
  const forces = filter.forces ?? null;
  if (forces !== null && forces.length === 0) throw validationError(`${field}.forces`, 'Name at least one force, or leave it out for all');
  const crimeTypes = filter.crimeTypes ?? null;
  if (crimeTypes !== null && crimeTypes.length === 0) throw validationError(`${field}.crimeTypes`, 'Name at least one crime type, or leave it out for all');
  return { forces, crimeTypes, from, to };
}

/** The groupings of a count, once each; at least one. */
export function checkGroupBy(groupBy: readonly Grouping[]): Grouping[] {
  if (groupBy.length === 0) throw new CrosslinkError('VALIDATION_FAILED', 'Group by at least one of ' + groupings.join(', '), { field: 'groupBy' });
  return [...new Set(groupBy)];
}

/** An export checked: what it holds, at most `maxLimit` records, who receives it and, for an ANX chart, its 3x5x2 grade. */
export interface ValidExport {
  readonly scope: Scope;
  readonly via: LinkKind[];
  readonly limit: number;
  readonly recipients: string[];
  readonly grade: Grading | null;
}

export function checkExport(input: ExportNetworkInput, maxLimit: number): ValidExport {
  const scope = checkScope(input.scope, 'input.scope');
  const via = checkVia(input.via, 'input.via');
  const limit = checkRange(input.limit ?? DEFAULT_LIMIT, 1, maxLimit, 'input.limit');
  const recipients = recipientList(input.recipients, 'input.recipients');
  const grade = input.format === 'ANX' ? validateGrading(chartGrading(input), 'input.grading') : null;
  return { scope, via, limit, recipients, grade };
}

/** A grading is asked of an ANX export only; its absence there is refused naming the field. */
function chartGrading(input: ExportNetworkInput): GradingInput {
  if (input.grading == null) throw new CrosslinkError('VALIDATION_FAILED', 'An ANX chart carries a 3x5x2 grade: give one', { field: 'input.grading' });
  return input.grading;
}
