import { once } from 'node:events';
import { createWriteStream, type WriteStream, writeFileSync } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';

/**
 * A neo4j-admin CSV bundle in the shape of Neo4j's POLE example, written as it is generated: one file per
 * label and per relationship type, each row added to a chunk that goes to its file once large, with
 * the generator waiting whenever a file falls behind (so memory stays small however large the bundle).
 */

/** The node files' headers: POLE's, with date_of_birth and gender added to Person. */
export const nodeHeaders = {
  Person: ':ID,surname,nhs_no,name,age,date_of_birth,gender,:LABEL',
  Crime: ':ID,date,id,type,last_outcome,note,charge,:LABEL',
  Location: ':ID,latitude:double,postcode,longitude:double,address,:LABEL',
  Phone: ':ID,phoneNo,:LABEL',
  PhoneCall: ':ID,call_duration,call_time,call_date,call_type,:LABEL',
  Email: ':ID,email_address,:LABEL',
  Vehicle: ':ID,model,reg,make,year,:LABEL',
  Officer: ':ID,badge_no,rank,name,surname,:LABEL',
} as const;

const plain = ':START_ID,:END_ID,:TYPE';

/** The relationship files' headers: POLE's, with the role of a party to a crime added to PARTY_TO. */
export const relationshipHeaders = {
  PARTY_TO: `${plain},role`,
  OCCURRED_AT: plain,
  INVESTIGATED_BY: plain,
  CURRENT_ADDRESS: plain,
  HAS_PHONE: plain,
  HAS_EMAIL: plain,
  CALLER: plain,
  CALLED: plain,
  KNOWS: plain,
  KNOWS_LW: plain,
  KNOWS_SN: plain,
  KNOWS_PHONE: plain,
  FAMILY_REL: `${plain},rel_type`,
  INVOLVED_IN: plain,
} as const;

export type NodeLabel = keyof typeof nodeHeaders;
export type RelationshipType = keyof typeof relationshipHeaders;

export const nodeLabels = Object.keys(nodeHeaders) as NodeLabel[];
export const relationshipTypes = Object.keys(relationshipHeaders) as RelationshipType[];

/** The file a label's nodes go to ('national.nodes.Person.csv'). */
export const nodeFile = (graph: string, label: NodeLabel): string => `${graph}.nodes.${label}.csv`;
export const relationshipFile = (graph: string, type: RelationshipType): string => `${graph}.relationships.${type}.csv`;

const needsQuotes = /[",\r\n]/;

/** A field as RFC 4180 writes it: quoted (with quotes doubled) only when it holds a comma, quote or line break. */
export function csvField(value: string): string {
  return needsQuotes.test(value) ? `"${value.replaceAll('"', '""')}"` : value;
}

/** A row of fields, each quoted where it needs to be. */
export function csvRow(fields: readonly string[]): string {
  return fields.map(csvField).join(',');
}

/** Chunks this long go to the file in one write. */
const chunkChars = 1 << 17;

/**
 * One CSV file being written: rows gather into a chunk, written once it is long. The file's stream is
 * opened with its first full chunk; a file that never fills one (most files of a small force) is written
 * in one go when closed, which costs far less than a stream.
 */
export class CsvFile {
  rows = 0;
  bytes = 0;
  private chunk = '';
  private stream: WriteStream | null = null;
  private failure: unknown = null;

  constructor(
    readonly name: string,
    private readonly path: string,
    header: string,
  ) {
    this.chunk = `${header}\n`;
  }

  /** Adds a row, already made of CSV fields (see csvField); no line break. */
  row(line: string): void {
    this.rows++;
    this.chunk += `${line}\n`;
    if (this.chunk.length >= chunkChars) this.flush();
  }

  /** True when the file has more waiting to be written than it wants buffered (and has not caught up since). */
  get behind(): boolean {
    return this.stream?.writableNeedDrain ?? false;
  }

  /** Waits until the file has caught up. */
  async drain(): Promise<void> {
    this.check();
    if (this.stream !== null && this.stream.writableNeedDrain) await once(this.stream, 'drain');
  }

  async close(): Promise<void> {
    if (this.stream === null) {
      const data = Buffer.from(this.chunk, 'utf8');
      this.chunk = '';
      this.bytes += data.length;
      writeFileSync(this.path, data);
      return;
    }
    this.flush();
    this.check();
    const stream = this.stream;
    const finished = once(stream, 'close');
    stream.end();
    await finished;
    this.check();
  }

  private flush(): void {
    if (this.chunk === '') return;
    if (this.stream === null) {
      this.stream = createWriteStream(this.path, { highWaterMark: 1 << 20 });
      this.stream.on('error', (error) => {
        this.failure ??= error;
      });
    }
    const data = Buffer.from(this.chunk, 'utf8');
    this.chunk = '';
    this.bytes += data.length;
    this.stream.write(data);
  }

  private check(): void {
    if (this.failure !== null) throw this.failure;
  }
}

export interface BundleFileReport {
  readonly name: string;
  readonly rows: number;
  readonly bytes: number;
}

/** Every node and relationship file of one bundle, open for writing. */
export class BundleWriter {
  private constructor(
    readonly dir: string,
    private readonly nodeFiles: Record<NodeLabel, CsvFile>,
    private readonly relationshipFiles: Record<RelationshipType, CsvFile>,
  ) {}

  /** Creates the folder (if need be) for the bundle's files; each is written with its header, rows or none. */
  static async open(dir: string, graph = 'national'): Promise<BundleWriter> {
    await mkdir(dir, { recursive: true });
    const open = (name: string, header: string): CsvFile => new CsvFile(name, join(dir, name), header);
    const nodes = Object.fromEntries(nodeLabels.map((label) => [label, open(nodeFile(graph, label), nodeHeaders[label])])) as Record<NodeLabel, CsvFile>;
    const relationships = Object.fromEntries(relationshipTypes.map((type) => [type, open(relationshipFile(graph, type), relationshipHeaders[type])])) as Record<
      RelationshipType,
      CsvFile
    >;
    return new BundleWriter(dir, nodes, relationships);
  }

  node(label: NodeLabel): CsvFile {
    return this.nodeFiles[label];
  }

  relationship(type: RelationshipType): CsvFile {
    return this.relationshipFiles[type];
  }

  /** Adds a relationship row with no properties beyond its type. */
  link(type: RelationshipType, start: string, end: string): void {
    this.relationshipFiles[type].row(`${start},${end},${type}`);
  }

  /** Waits for any file that has fallen behind; call it every so often while generating. */
  async breathe(): Promise<void> {
    for (const file of this.files()) if (file.behind) await file.drain();
  }

  /** Finishes every file; reports each one's rows (header aside) and bytes. */
  async close(): Promise<BundleFileReport[]> {
    const files = this.files();
    await Promise.all(files.map((file) => file.close()));
    return files.map((file) => ({ name: file.name, rows: file.rows, bytes: file.bytes }));
  }

  private files(): CsvFile[] {
    return [...nodeLabels.map((label) => this.nodeFiles[label]), ...relationshipTypes.map((type) => this.relationshipFiles[type])];
  }
}
