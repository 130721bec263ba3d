import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { CrosslinkError, textFault } from '@crosslink/common';
import type { LinkType } from '../pole/pole.cypher.js';
import { isBundleName, type BundleFile } from './bundle-files.js';
import type { Renames } from './renamed-format.js';

/**
 * The POLE model the importer reads, as Neo4j's crime-investigation example names it: each label
 * and relationship type with the columns its format reads (pole-nodes.ts, pole-links.ts; named
 * without a `:type` suffix, and besides `:ID`, `:START_ID`, `:END_ID`, `:TYPE`), in the order a
 * bundle is imported — nodes before the relationships that join them. A mapping renames a source's
 * columns to these names and no others, so a mistyped one is refused rather than never read.
 */
const poleNodes = {
  Crime: ['date', 'type', 'id', 'last_outcome', 'note', 'charge'],
  Person: ['name', 'surname', 'date_of_birth', 'gender', 'nhs_no', 'age'],
  Location: ['address', 'postcode', 'latitude', 'longitude'],
  Phone: ['phoneNo'],
  Email: ['email_address'],
  Vehicle: ['reg', 'make', 'model'],
} as const;
const poleRelationships = {
  PARTY_TO: ['role'],
  OCCURRED_AT: [],
  CURRENT_ADDRESS: [],
  HAS_PHONE: [],
  HAS_EMAIL: [],
  INVOLVED_IN: [],
  KNOWS: [],
  KNOWS_LW: [],
  KNOWS_SN: [],
  KNOWS_PHONE: [],
  FAMILY_REL: ['rel_type'],
} as const satisfies Partial<Record<LinkType, readonly string[]>>;

export type PoleLabel = keyof typeof poleNodes;
export type PoleType = keyof typeof poleRelationships;

/** What the built-in mapping leaves out of the POLE example, and why: the run lists each such file with its reason. */
const poleIgnored: Readonly<Record<string, string>> = {
  Area: 'areas follow from postcodes, which every location keeps',
  PostCode: 'postcodes are kept on the locations',
  LOCATION_IN_AREA: 'areas follow from postcodes',
  HAS_POSTCODE: 'postcodes are kept on the locations',
  POSTCODE_IN_AREA: 'areas follow from postcodes',
  PhoneCall: 'Crosslink holds no call records yet',
  CALLER: 'Crosslink holds no call records yet',
  CALLED: 'Crosslink holds no call records yet',
  Officer: 'officers are the realm’s users; the importing supervisor is each case’s officer in charge',
  INVESTIGATED_BY: 'the importing supervisor is each case’s officer in charge',
  Object: 'an item needs a kind (weapon, drugs, cash, document) the bundle does not give',
};

/** A source label or relationship type read as a POLE one, with its columns renamed and values given. */
export interface Mapped<T extends PoleLabel | PoleType> extends Renames {
  readonly as: T;
}

/** What a bundle's labels, relationship types and columns are read as. */
export interface BundleMapping {
  readonly nodes: ReadonlyMap<string, Mapped<PoleLabel>>;
  readonly relationships: ReadonlyMap<string, Mapped<PoleType>>;
  /** Source labels and types deliberately not imported, with the reason the run lists. */
  readonly ignore: ReadonlyMap<string, string>;
}

const asItself = <T extends PoleLabel | PoleType>(names: readonly T[]) =>
  new Map(names.map((name): [string, Mapped<T>] => [name, { as: name, columns: new Map(), values: new Map() }]));

/** The built-in mapping: every POLE label and type read as itself, and the rest of the POLE example left out with its reason. */
export const poleMapping: BundleMapping = {
  nodes: asItself(Object.keys(poleNodes) as PoleLabel[]),
  relationships: asItself(Object.keys(poleRelationships) as PoleType[]),
  ignore: new Map(Object.entries(poleIgnored)),
};

/** A file of a bundle to import, and what it is read as. */
export type PlannedFile =
  | { readonly kind: 'nodes'; readonly file: BundleFile; readonly mapped: Mapped<PoleLabel> }
  | { readonly kind: 'relationships'; readonly file: BundleFile; readonly mapped: Mapped<PoleType> };

export interface BundlePlan {
  /** In import order: nodes before relationships, each in the POLE model's order, files read as the same one by name. */
  readonly imports: readonly PlannedFile[];
  /** The files left out: the mapping's reason for a name it ignores, or that it does not name it. */
  readonly notImported: readonly { readonly file: string; readonly reason: string }[];
}

const importOrder: readonly string[] = [...Object.keys(poleNodes), ...Object.keys(poleRelationships)];

/** What each of a bundle's files is read as, or why it is not imported. */
export function planBundle(files: readonly BundleFile[], mapping: BundleMapping): BundlePlan {
  const imports: PlannedFile[] = [];
  const notImported: { file: string; reason: string }[] = [];
  for (const file of files) {
    const nodes = file.kind === 'nodes' ? mapping.nodes.get(file.name) : undefined;
    const relationships = file.kind === 'relationships' ? mapping.relationships.get(file.name) : undefined;
    if (nodes !== undefined) imports.push({ kind: 'nodes', file, mapped: nodes });
    else if (relationships !== undefined) imports.push({ kind: 'relationships', file, mapped: relationships });
    else notImported.push({ file: basename(file.path), reason: mapping.ignore.get(file.name) ?? 'the mapping does not name it' });
  }
  // A stable sort: files read as the same label keep their order by name.
  imports.sort((a, b) => importOrder.indexOf(a.mapped.as) - importOrder.indexOf(b.mapped.as));
  return { imports, notImported };
}

/** Reads a mapping file (docs/import.md): refused, with every problem in it listed, before any file of a bundle is opened. */
export function readMapping(path: string): BundleMapping {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (error) {
    throw new CrosslinkError('VALIDATION_FAILED', `The mapping ${path} cannot be read: ${error instanceof Error ? error.message : String(error)}`, {
      field: 'mapping',
    });
  }
  return parseMapping(text, path);
}

/**
 * A mapping file's text, checked whole, laid over the built-in POLE mapping: a label or type the
 * file does not name is read as itself if it is a POLE one, or left out with the built-in reason.
 */
export function parseMapping(text: string, file: string): BundleMapping {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    throw new CrosslinkError('VALIDATION_FAILED', `The mapping ${file} is not JSON: ${error instanceof Error ? error.message : String(error)}`, {
      field: 'mapping',
    });
  }
  const problems: Problem[] = [];
  const mapping = checked(json, problems);
  if (problems.length > 0) {
    throw new CrosslinkError('VALIDATION_FAILED', `The mapping ${file} cannot be used: ${problems.map((p) => `${p.field}: ${p.message}`).join('; ')}`, {
      field: problems[0]!.field,
      problems,
    });
  }
  const kept = <T>(builtIn: ReadonlyMap<string, T>) => [...builtIn].filter(([name]) => !mapping.ignore.has(name));
  return {
    nodes: new Map([...kept(poleMapping.nodes), ...mapping.nodes]),
    relationships: new Map([...kept(poleMapping.relationships), ...mapping.relationships]),
    ignore: new Map([...poleMapping.ignore, ...mapping.ignore]),
  };
}

/** What is wrong with the mapping, at a JSON path (`mapping.nodes.Subject.as`). */
interface Problem {
  readonly field: string;
  readonly message: string;
}

type Json = Readonly<Record<string, unknown>>;
const isObject = (value: unknown): value is Json => typeof value === 'object' && value !== null && !Array.isArray(value);
const at = (path: string, key: string) => (/^[A-Za-z_][A-Za-z0-9_]*$/.test(key) ? `${path}.${key}` : `${path}[${JSON.stringify(key)}]`);
const oneLine = (value: unknown): value is string => typeof value === 'string' && value.trim() !== '' && textFault(value, 'line') === null;
// A column as a mapping names it: as the header has it, without a `:type` suffix; `:ID` and the like are read as they are.
const isColumn = (name: string) => oneLine(name) && name.trim() === name && !name.includes(':');
const columnRule = 'must name a column as the header does, without its :type suffix (:ID, :START_ID, :END_ID and :TYPE are read as they are)';

function checked(json: unknown, problems: Problem[]): BundleMapping {
  const empty: BundleMapping = { nodes: new Map(), relationships: new Map(), ignore: new Map() };
  if (!isObject(json)) {
    problems.push({ field: 'mapping', message: 'must be a JSON object of "nodes", "relationships" and "ignore"' });
    return empty;
  }
  for (const key of Object.keys(json)) {
    if (!['nodes', 'relationships', 'ignore'].includes(key))
      problems.push({ field: at('mapping', key), message: 'is not part of a mapping: use "nodes", "relationships" and "ignore"' });
  }
  const nodes = section(json['nodes'], 'mapping.nodes', 'label', poleNodes, problems);
  const relationships = section(json['relationships'], 'mapping.relationships', 'relationship type', poleRelationships, problems);
  const ignore = new Map<string, string>();
  const skipped = json['ignore'];
  if (skipped !== undefined && !isObject(skipped))
    problems.push({ field: 'mapping.ignore', message: 'must be an object from each label or type left out to the reason why' });
  for (const [name, reason] of Object.entries(isObject(skipped) ? skipped : {})) {
    const field = at('mapping.ignore', name);
    if (!isBundleName(name)) problems.push({ field, message: 'is not a label or type a bundle file can be named by (letters, digits and underscores)' });
    if (!oneLine(reason)) problems.push({ field, message: 'must be the reason the run lists for leaving the files out: a string on one line' });
    else ignore.set(name, reason.trim());
    for (const [kind, mapped] of [
      ['nodes', nodes.named],
      ['relationships', relationships.named],
    ] as const) {
      if (mapped.has(name)) problems.push({ field, message: `is mapped too (mapping.${kind}.${name}): a label or type is either read or ignored` });
    }
  }
  return { nodes: nodes.mapped, relationships: relationships.mapped, ignore };
}

/** One of `nodes` and `relationships`: the names it maps (the valid entries, and every name, to catch one also ignored). */
function section<T extends PoleLabel | PoleType>(
  value: unknown,
  path: string,
  kind: string,
  model: Readonly<Record<T, readonly string[]>>,
  problems: Problem[],
): { mapped: Map<string, Mapped<T>>; named: Set<string> } {
  const mapped = new Map<string, Mapped<T>>();
  if (value === undefined) return { mapped, named: new Set() };
  if (!isObject(value)) {
    problems.push({ field: path, message: `must be an object from each source ${kind} to what it is read as: { "as": …, "columns": { … } }` });
    return { mapped, named: new Set() };
  }
  const targets = Object.keys(model) as T[];
  for (const [name, entry] of Object.entries(value)) {
    const field = at(path, name);
    if (!isBundleName(name)) problems.push({ field, message: `is not a ${kind} a bundle file can be named by (letters, digits and underscores)` });
    if (!isObject(entry)) {
      problems.push({ field, message: `must say what the ${kind} is read as: { "as": …, "columns": { … }, "values": { … } }` });
      continue;
    }
    for (const key of Object.keys(entry)) {
      if (!['as', 'columns', 'values'].includes(key))
        problems.push({ field: at(field, key), message: 'is not part of a mapping entry: use "as", "columns" and "values"' });
    }
    const as = entry['as'];
    const known = typeof as === 'string' && (targets as readonly string[]).includes(as);
    if (!known) {
      const message = typeof as === 'string' ? `"${as}" is not a POLE ${kind}: use one of` : `must name the POLE ${kind} it is read as: one of`;
      problems.push({ field: `${field}.as`, message: `${message} ${targets.join(', ')}` });
    }
    const reads = known ? { as, columns: model[as as T] } : null;
    const columns = renames(entry['columns'], `${field}.columns`, reads, problems);
    const values = given(entry['values'], `${field}.values`, reads, columns, problems);
    if (known) mapped.set(name, { as: as as T, columns, values });
  }
  return { mapped, named: new Set(Object.keys(value)) };
}

/** What a POLE label or type reads, to check a mapping's columns against (null when the entry's `as` is wrong). */
type Reads = { readonly as: string; readonly columns: readonly string[] } | null;

function notRead(column: string, reads: Reads): string | null {
  if (reads === null || reads.columns.includes(column)) return null;
  if (reads.columns.length === 0) return `${reads.as} reads no column but :START_ID, :END_ID and :TYPE`;
  return `"${column}" is not a column ${reads.as} reads: use one of ${reads.columns.join(', ')}`;
}

/** `columns`: each source column → the POLE column it is read as, no two read as the same. */
function renames(value: unknown, path: string, reads: Reads, problems: Problem[]): Map<string, string> {
  const columns = new Map<string, string>();
  if (value === undefined) return columns;
  if (!isObject(value)) {
    problems.push({ field: path, message: 'must be an object from each source column to the POLE column it is read as' });
    return columns;
  }
  const readFrom = new Map<string, string>();
  for (const [source, read] of Object.entries(value)) {
    const field = at(path, source);
    if (!isColumn(source)) problems.push({ field, message: columnRule });
    if (typeof read !== 'string' || !isColumn(read)) {
      problems.push({
        field,
        message:
          typeof read === 'string'
            ? `"${read}" is not a column: ${columnRule.replace('must name', 'name')}`
            : `must be a string: the POLE column ${source} is read as`,
      });
      continue;
    }
    const unknown = notRead(read, reads);
    if (unknown !== null) problems.push({ field, message: unknown });
    const other = readFrom.get(read);
    if (other !== undefined) problems.push({ field, message: `is read as ${read}, as ${other} is: one column gives each value` });
    readFrom.set(read, source);
    columns.set(source, read);
  }
  return columns;
}

/** `values`: each POLE column → the value every row is read with, for a column the source does not have. */
function given(value: unknown, path: string, reads: Reads, columns: ReadonlyMap<string, string>, problems: Problem[]): Map<string, string> {
  const values = new Map<string, string>();
  if (value === undefined) return values;
  if (!isObject(value)) {
    problems.push({ field: path, message: 'must be an object from each POLE column to the value every row is read with' });
    return values;
  }
  for (const [column, fixed] of Object.entries(value)) {
    const field = at(path, column);
    const unknown = isColumn(column) ? notRead(column, reads) : columnRule;
    if (unknown !== null) problems.push({ field, message: unknown });
    if (!oneLine(fixed)) problems.push({ field, message: 'must be the value every row is read with: a string on one line' });
    else values.set(column, fixed.trim());
    const from = [...columns].find(([, read]) => read === column)?.[0];
    if (from !== undefined) problems.push({ field, message: `is read from the column ${from} too: give a value or a column, not both` });
  }
  return values;
}
