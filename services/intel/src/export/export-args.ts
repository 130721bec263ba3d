import { parseArgs } from 'node:util';
import { PURPOSE_MAX, PURPOSE_MIN, textFault, UsageError } from '@crosslink/common';
import type { GradingInput } from '../intelligence/grading.js';
import type { ExportFormat } from '../network/network.export.js';
import { linkKinds, nodeKinds, type NodeKind } from '../network/network.model.js';
import {
  DEFAULT_LIMIT,
  MAX_CASES,
  MAX_EXPORT_LIMIT,
  MAX_HOPS,
  MAX_SEEDS,
  type ExportNetworkInput,
  type NetworkScopeInput,
} from '../network/network.validation.js';

/** A record kind as the command line writes it (`online-account`), to the kind the network names (`ONLINE_ACCOUNT`). */
const recordKinds = new Map<string, NodeKind>(nodeKinds.map((kind) => [kind.toLowerCase().replace(/_/g, '-'), kind]));

const formats = { graphml: 'GRAPHML', csv: 'CSV', anx: 'ANX' } as const satisfies Record<string, ExportFormat>;

/** Words joined with ', ' and broken into lines of at most `width` characters, each after `indent`. */
function wrap(words: readonly string[], indent: string, width = 100): string {
  const lines = [indent];
  for (const [i, word] of words.entries()) {
    const piece = i < words.length - 1 ? `${word}, ` : word;
    if (lines.at(-1)!.length + piece.trimEnd().length > width) lines.push(indent);
    lines[lines.length - 1] += piece;
  }
  return lines.map((line) => line.trimEnd()).join('\n');
}

export const usage = `usage: npm run export -- <scope> --format graphml|csv|anx --recipient <NAME> --purpose <TEXT> [options]

Discloses a scope's network, as you may see it, to named recipients outside Crosslink: the API's
exportNetwork, audited the same way (one DISCLOSURE naming every record, the recipients and the
purpose), for networks too big to come back in a GraphQL answer.

scopes:
  everything                 the people of every case you may see (the hub's analysts and supervisors)
  operation:<ID>             the people of the cases joined to an operation
  case:<ID>[,<ID>…]          the people of these cases (1 to ${MAX_CASES})
  <kind>:<ID> [<kind>:<ID>…] these records (1 to ${MAX_SEEDS}); kind is one of
${wrap([...recordKinds.keys()], '                             ')}

options:
  --format <FORMAT>          graphml (network.graphml), csv (nodes.csv and edges.csv) or anx (an i2
                             Analyst's Notebook chart, network.anx)
  --recipient <NAME>         who receives the export; repeat for each (at least one)
  --purpose <TEXT>           why it is disclosed, ${PURPOSE_MIN}-${PURPOSE_MAX} characters on one line: every export needs one
  --grade <GRADE>            anx: the 3x5x2 grade every item of the chart carries, written as officers
                             write it: source 1-3, assessment A-E, handling P or C, e.g. "1B P"
  --conditions <TEXT>        anx: the conditions of sharing that handling code C records
  --hops <N>                 links followed out from the starting records, 0 to ${MAX_HOPS} (default 1)
  --via <KIND>[,<KIND>…]     only these kinds of link (default every kind), of
${wrap(linkKinds, '                             ')}
  --force <CODE>             only cases of this force, and the links they assert; repeat for more
  --crime-type <TYPE>        only cases of this crime type (DRUGS, modern-slavery, …); repeat for more
  --from <YYYY-MM-DD>        only cases opened on or after this day (UTC)
  --to <YYYY-MM-DD>          only cases opened on or before this day (UTC)
  --limit <N>                the most records the export holds (default ${DEFAULT_LIMIT}, at most ${MAX_EXPORT_LIMIT})
  --out <DIR>                a new or empty folder for the files (default ./crosslink-export-<UTC time>)

The exporting analyst is the holder of the access token in CROSSLINK_TOKEN (npm run export takes
one for --user <username> [--password <password>] against the running platform).`;

export interface ExportArgs {
  /** The service's own input: the command line adds no rule of its own to what may be exported. */
  readonly input: ExportNetworkInput;
  readonly purpose: string;
  /** As given, or the default named for `now`; relative to the directory the command runs in. */
  readonly out: string;
}

/**
 * Reads the command line into the service's input. Only the shape is checked here (a scope that
 * names one way to start, numbers, dates, a grade written as one); the rules (ranges, who may take
 * `everything`, the recipients' names) stay with the service, whose refusals name the option to
 * change (see optionFor).
 */
export function parseExportArgs(argv: readonly string[], now: Date): ExportArgs {
  let parsed;
  try {
    parsed = parseArgs({
      args: [...argv],
      allowPositionals: true,
      options: {
        format: { type: 'string' },
        recipient: { type: 'string', multiple: true, default: [] },
        purpose: { type: 'string' },
        grade: { type: 'string' },
        conditions: { type: 'string' },
        hops: { type: 'string' },
        via: { type: 'string', multiple: true },
        force: { type: 'string', multiple: true },
        'crime-type': { type: 'string', multiple: true },
        from: { type: 'string' },
        to: { type: 'string' },
        limit: { type: 'string' },
        out: { type: 'string' },
      },
    });
  } catch (error) {
    throw new UsageError(error instanceof Error ? error.message : String(error));
  }
  const { values, positionals } = parsed;
  const format = formatOf(values.format);
  if (values.recipient.length === 0) throw new UsageError('--recipient is required: who receives the export (repeat it for each)');
  const purpose = purposeOf(values.purpose);
  const grading = format === 'ANX' ? gradingOf(values.grade, values.conditions) : null;
  if (format !== 'ANX' && (values.grade !== undefined || values.conditions !== undefined)) {
    throw new UsageError('--grade and --conditions grade an anx chart; graphml and csv files carry no grade');
  }
  const scope: NetworkScopeInput = {
    ...scopeOf(positionals),
    ...(values.hops === undefined ? {} : { hops: wholeNumber(values.hops, '--hops') }),
    filter: filterOf(values),
  };
  return {
    input: {
      scope,
      format,
      recipients: values.recipient,
      grading,
      via: values.via === undefined ? null : linkKindsOf(values.via),
      limit: values.limit === undefined ? null : wholeNumber(values.limit, '--limit'),
    },
    purpose,
    out: values.out ?? `crosslink-export-${now.toISOString().replace(/[-:]|\.\d+/g, '')}`,
  };
}

function formatOf(value: string | undefined): ExportFormat {
  if (value === undefined) throw new UsageError('--format is required: graphml, csv or anx');
  const format = formats[value.toLowerCase() as keyof typeof formats];
  if (format === undefined) throw new UsageError(`unknown format ${value}: use graphml, csv or anx`);
  return format;
}

/** The purpose as the API takes it in its header: one line of PURPOSE_MIN to PURPOSE_MAX characters. */
function purposeOf(value: string | undefined): string {
  const purpose = value?.trim() ?? '';
  if (purpose === '') throw new UsageError('--purpose is required: every export states why it is disclosed');
  const length = [...purpose].length;
  if (length < PURPOSE_MIN || length > PURPOSE_MAX || textFault(purpose, 'line') !== null) {
    throw new UsageError(`--purpose is ${PURPOSE_MIN}-${PURPOSE_MAX} characters on one line`);
  }
  return purpose;
}

/** A grade as officers write it ("1B P", "1BP"); whether its parts are allowed is validateGrading's to say. */
function gradingOf(grade: string | undefined, conditions: string | undefined): GradingInput {
  if (grade === undefined) throw new UsageError('--grade is required for an anx chart: the 3x5x2 grade its items carry, e.g. --grade "1B P"');
  const match = /^\s*(\d)\s*([A-Z])\s*([A-Z])\s*$/i.exec(grade);
  if (match === null) throw new UsageError(`--grade ${grade} is not a grade: write source, assessment and handling, e.g. "1B P"`);
  return {
    sourceEvaluation: Number(match[1]),
    assessment: match[2]!.toUpperCase(),
    handlingCode: match[3]!.toUpperCase(),
    handlingConditions: conditions ?? null,
  };
}

/** How a case filter is given in a scope. */
type CaseFilterInput = NonNullable<NetworkScopeInput['filter']>;

type ScopeStart = Pick<NetworkScopeInput, 'seeds' | 'caseIds' | 'operationId' | 'everything'>;

const scopeHelp = `everything, operation:<ID>, case:<ID>[,<ID>…] or records <kind>:<ID> (kind one of ${[...recordKinds.keys()].join(', ')})`;

function scopeOf(positionals: readonly string[]): ScopeStart {
  const [first] = positionals;
  if (first === undefined) throw new UsageError(`give a scope: ${scopeHelp}`);
  if (positionals.length === 1) {
    if (first === 'everything') return { everything: true };
    const [prefix, id] = split(first);
    if (prefix === 'operation') return { operationId: required(id, first) };
    if (prefix === 'case')
      return {
        caseIds: required(id, first)
          .split(',')
          .map((caseId) => required(caseId.trim(), first)),
      };
  }
  return { seeds: positionals.map(seedOf) };
}

function seedOf(arg: string): { kind: NodeKind; id: string } {
  const [prefix, id] = split(arg);
  if (arg === 'everything' || prefix === 'operation' || prefix === 'case') {
    throw new UsageError(`${arg} is a scope of its own: give it alone, or give only records`);
  }
  const kind = prefix === undefined ? undefined : recordKinds.get(prefix.toLowerCase());
  if (kind === undefined) throw new UsageError(`unknown scope ${arg}: use ${scopeHelp}`);
  return { kind, id: required(id, arg) };
}

/** `kind:id` at its first colon (an id may hold more). */
function split(arg: string): [string | undefined, string] {
  const colon = arg.indexOf(':');
  return colon < 0 ? [undefined, arg] : [arg.slice(0, colon), arg.slice(colon + 1).trim()];
}

function required(id: string, arg: string): string {
  if (id === '') throw new UsageError(`${arg} names no id`);
  return id;
}

/** Names the way the API spells them: upper case, words joined by underscores (`modern-slavery` → `MODERN_SLAVERY`). */
function constantCase(value: string): string {
  return value
    .trim()
    .toUpperCase()
    .replace(/[\s-]+/g, '_');
}

/** Each value given, and each comma-separated part of one, in the API's spelling. */
function listOf(values: readonly string[]): string[] {
  return values
    .flatMap((value) => value.split(','))
    .map(constantCase)
    .filter((value) => value !== '');
}

function linkKindsOf(values: readonly string[]): string[] {
  const kinds = listOf(values);
  const unknown = kinds.find((kind) => !(linkKinds as readonly string[]).includes(kind));
  if (unknown !== undefined) throw new UsageError(`--via ${unknown} is not a kind of link: use ${linkKinds.join(', ')}`);
  if (kinds.length === 0) throw new UsageError('--via names at least one kind of link, or leave it out for every kind');
  return kinds;
}

function filterOf(values: { force?: string[]; 'crime-type'?: string[]; from?: string; to?: string }): CaseFilterInput | null {
  const forces = values.force === undefined ? null : listOf(values.force);
  const crimeTypes = values['crime-type'] === undefined ? null : listOf(values['crime-type']);
  const from = values.from === undefined ? null : dayStart(values.from, '--from', 0);
  // The API's `to` is the instant the period ends before: the day after the last one given.
  const to = values.to === undefined ? null : dayStart(values.to, '--to', 1);
  if (forces === null && crimeTypes === null && from === null && to === null) return null;
  return { forces, crimeTypes, from, to };
}

/** Midnight UTC of a day given as YYYY-MM-DD, `days` later. */
function dayStart(value: string, option: string, days: number): string {
  const day = new Date(`${value}T00:00:00Z`);
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value) || Number.isNaN(day.getTime()) || day.toISOString().slice(0, 10) !== value) {
    throw new UsageError(`${option} is a day, written YYYY-MM-DD`);
  }
  day.setUTCDate(day.getUTCDate() + days);
  return day.toISOString();
}

function wholeNumber(value: string, option: string): number {
  if (!/^\d+$/.test(value.trim())) throw new UsageError(`${option} is a whole number`);
  return Number(value);
}

/** The option to change for each field the service names when it refuses an export, first match wins. */
const fieldOptions: readonly (readonly [RegExp, string])[] = [
  [/\.hops$/, '--hops'],
  [/\.filter\.forces/, '--force'],
  [/\.filter\.crimeTypes/, '--crime-type'],
  [/\.filter\.from/, '--from'],
  [/\.filter\.to/, '--to'],
  [/^input\.via/, '--via'],
  [/^input\.limit/, '--limit'],
  [/^input\.recipients/, '--recipient'],
  [/^input\.grading\.handlingConditions/, '--conditions'],
  [/^input\.grading/, '--grade'],
  [/scope/, '<scope>'],
];

/** The command line's name for a field of the service's input, so a refusal says what to change. */
export function optionFor(field: string): string {
  return fieldOptions.find(([pattern]) => pattern.test(field))?.[1] ?? field;
}
