import { createReadStream } from 'node:fs';
import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { csvRecords } from '../csv/csv-records.js';
import {
  type NodeLabel,
  nodeFile,
  nodeHeaders,
  nodeLabels,
  relationshipFile,
  relationshipHeaders,
  type RelationshipType,
  relationshipTypes,
} from './bundle-writer.js';
import { writeForceBundle } from './force-bundle.js';
import { force, forceCodes } from './forces.js';
import { generate, type GenerateReport, planGraph } from './generate.js';
import { Numbers } from './numbers.js';
import { phoneDigits } from './phones.js';
import type { Truth } from './truth.js';

const people = 2000;
let root = '';
let report: GenerateReport;

beforeAll(async () => {
  root = await mkdtemp(join(tmpdir(), 'crosslink-generate-'));
  report = await generate({ people, seed: 7, out: join(root, 'a') });
  await generate({ people, seed: 7, out: join(root, 'b') });
  // Another seed: the first force's bundle is enough to compare (it is what generate would write first).
  const numbers = new Numbers(8);
  const { allocation, weave } = planGraph(people, 8, numbers);
  const code = forceCodes[0] ?? '';
  await writeForceBundle({
    force: force(code),
    people: allocation[code] ?? 0,
    weave: weave.of(code),
    numbers,
    seed: 8,
    ids: new Map(),
    dir: join(root, 'c', code),
  });
}, 60_000);

afterAll(async () => {
  if (root !== '') await rm(root, { recursive: true, force: true });
});

/** Every file under a folder, by its path relative to the folder. */
async function files(dir: string): Promise<Map<string, Buffer>> {
  const found = new Map<string, Buffer>();
  for (const entry of await readdir(dir, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    const path = join(entry.parentPath, entry.name);
    found.set(path.slice(dir.length + 1), await readFile(path));
  }
  return found;
}

/** A CSV file's rows, the header first, read with the importer's own CSV reader. */
async function rows(path: string): Promise<string[][]> {
  const all: string[][] = [];
  for await (const record of csvRecords(createReadStream(path))) {
    if ('error' in record) throw new Error(`${path}:${record.line}: ${record.error}`);
    all.push([...record.fields]);
  }
  return all;
}

/** One force's bundle of the first graph: its node rows by label and relationship rows by type (headers left off). */
interface Bundle {
  readonly nodes: Record<NodeLabel, string[][]>;
  readonly relationships: Record<RelationshipType, string[][]>;
  readonly ids: Record<NodeLabel, Set<string>>;
}

const bundles = new Map<string, Bundle>();

async function bundle(code: string): Promise<Bundle> {
  const cached = bundles.get(code);
  if (cached !== undefined) return cached;
  const dir = join(root, 'a', code);
  const nodes = {} as Record<NodeLabel, string[][]>;
  const ids = {} as Record<NodeLabel, Set<string>>;
  for (const label of nodeLabels) {
    const [header, ...body] = await rows(join(dir, nodeFile('national', label)));
    expect(header?.join(','), `${code} ${label}`).toBe(nodeHeaders[label]);
    nodes[label] = body;
    ids[label] = new Set(body.map((row) => row[0] ?? ''));
  }
  const relationships = {} as Record<RelationshipType, string[][]>;
  for (const type of relationshipTypes) {
    const [header, ...body] = await rows(join(dir, relationshipFile('national', type)));
    expect(header?.join(','), `${code} ${type}`).toBe(relationshipHeaders[type]);
    relationships[type] = body;
  }
  const loaded = { nodes, relationships, ids };
  bundles.set(code, loaded);
  return loaded;
}

const truth = async (): Promise<Truth> => JSON.parse(await readFile(join(root, 'a', 'truth.json'), 'utf8')) as Truth;

/** The labels each relationship type joins. */
const ends: Record<RelationshipType, readonly [NodeLabel, NodeLabel]> = {
  PARTY_TO: ['Person', 'Crime'],
  OCCURRED_AT: ['Crime', 'Location'],
  INVESTIGATED_BY: ['Crime', 'Officer'],
  CURRENT_ADDRESS: ['Person', 'Location'],
  HAS_PHONE: ['Person', 'Phone'],
  HAS_EMAIL: ['Person', 'Email'],
  CALLER: ['PhoneCall', 'Phone'],
  CALLED: ['PhoneCall', 'Phone'],
  KNOWS: ['Person', 'Person'],
  KNOWS_LW: ['Person', 'Person'],
  KNOWS_SN: ['Person', 'Person'],
  KNOWS_PHONE: ['Person', 'Person'],
  FAMILY_REL: ['Person', 'Person'],
  INVOLVED_IN: ['Vehicle', 'Crime'],
};

describe('generate', () => {
  it('gives byte-identical files for the same seed and people, and different ones for another seed', async () => {
    const [a, b, c] = await Promise.all(['a', 'b', 'c'].map((name) => files(join(root, name))));
    expect([...(a?.keys() ?? [])].sort()).toEqual([...(b?.keys() ?? [])].sort());
    expect(a?.size).toBe(43 * 22 + 1);
    const differing = [...(a ?? [])].filter(([path, bytes]) => !bytes.equals(b?.get(path) ?? Buffer.alloc(0))).map(([path]) => path);
    expect(differing).toEqual([]);
    expect(c?.size).toBe(22);
    const person = join(forceCodes[0] ?? '', 'national.nodes.Person.csv');
    expect(
      c
        ?.get(person)
        ?.subarray(0, 64)
        .equals(a?.get(person)?.subarray(0, 64) ?? Buffer.alloc(0)),
    ).toBe(true);
    expect(c?.get(person)?.equals(a?.get(person) ?? Buffer.alloc(0))).toBe(false);
  });

  it('writes a bundle per territorial force, every file with its header and every row its header’s width', async () => {
    expect((await readdir(join(root, 'a'))).sort()).toEqual([...forceCodes, 'truth.json'].sort());
    const bad: string[] = [];
    for (const code of forceCodes) {
      const { nodes, relationships } = await bundle(code);
      for (const label of nodeLabels) {
        const width = nodeHeaders[label].split(',').length;
        for (const row of nodes[label]) if (row.length !== width || row[width - 1] !== label) bad.push(`${code} ${label} ${row.join(',')}`);
      }
      for (const type of relationshipTypes) {
        const width = relationshipHeaders[type].split(',').length;
        for (const row of relationships[type]) if (row.length !== width || row[2] !== type) bad.push(`${code} ${type} ${row.join(',')}`);
      }
    }
    expect(bad).toEqual([]);
  });

  it('gives :IDs unique across the country, and relationships only between nodes of their own bundle', async () => {
    const national = new Set<string>();
    const bad: string[] = [];
    for (const code of forceCodes) {
      const { ids, relationships } = await bundle(code);
      for (const label of nodeLabels) {
        for (const id of ids[label]) {
          if (!id.startsWith(`${code}-`) || national.has(id)) bad.push(id);
          national.add(id);
        }
      }
      for (const type of relationshipTypes) {
        const [from, to] = ends[type];
        for (const [start = '', end = ''] of relationships[type]) if (!ids[from].has(start) || !ids[to].has(end)) bad.push(`${code} ${type} ${start} ${end}`);
      }
    }
    expect(bad).toEqual([]);
    expect(national.size).toBeGreaterThan(people * 4);
  });

  it('has the shapes of the POLE example: dates, roles, a home for everyone, crime references', async () => {
    const bad: string[] = [];
    const check = (ok: boolean, what: () => string): void => {
      if (!ok) bad.push(what());
    };
    for (const code of forceCodes) {
      const { nodes, relationships, ids } = await bundle(code);
      for (const row of nodes.Person) {
        const [, , nhs = '', , age = '', dob = '', gender = ''] = row;
        check(/^(\d{3}-\d{2}-\d{4})?$/.test(nhs) && /^\d*$/.test(age) && /^(\d{2}\/\d{2}\/\d{4})?$/.test(dob) && /^(MALE|FEMALE)?$/.test(gender), () =>
          row.join(','),
        );
      }
      const reference = new RegExp(`^${code}/2[2-5]/\\d{6}$`);
      for (const row of nodes.Crime) check(/^\d{2}\/\d{2}\/202[2-5]$/.test(row[1] ?? '') && reference.test(row[2] ?? ''), () => row.join(','));
      check(new Set(nodes.Crime.map((row) => row[2])).size === nodes.Crime.length, () => `${code} crime references repeat`);
      for (const row of nodes.Location) check(/^[A-Z]{1,2}\d[A-Z\d]? \d[A-Z]{2}$/.test(row[2] ?? ''), () => row.join(','));
      for (const row of nodes.Vehicle) check(/^[A-Z]{2}\d{2} [A-Z]{3}$/.test(row[2] ?? ''), () => row.join(','));
      for (const row of relationships.PARTY_TO) check(['SUSPECT', 'VICTIM', 'WITNESS'].includes(row[3] ?? ''), () => row.join(','));
      for (const row of relationships.FAMILY_REL) check(['PARENT', 'SIBLING'].includes(row[3] ?? ''), () => row.join(','));
      expect(new Set(relationships.CURRENT_ADDRESS.map((row) => row[0]))).toEqual(ids.Person);
    }
    expect(bad).toEqual([]);
  });

  it('spreads the people over the forces as truth.json counts them', async () => {
    const t = await truth();
    expect(t.seed).toBe(7);
    expect(t.people).toBe(people);
    expect(Object.keys(t.forces)).toEqual(forceCodes);
    let total = 0;
    for (const code of forceCodes) {
      const { nodes } = await bundle(code);
      expect(t.forces[code]?.people).toBe(nodes.Person.length);
      expect(t.forces[code]?.crimes).toBe(nodes.Crime.length);
      total += nodes.Person.length;
    }
    expect(total).toBe(people);
    expect(report.totals.people).toBe(people);
    expect(t.forces['MPS']?.people).toBeGreaterThan(t.forces['COLP']?.people ?? Infinity);
  });

  it('puts each county line’s deal line in the Phone files of its forces, with runners and cuckooed addresses', async () => {
    const t = await truth();
    expect(t.countyLines.length).toBeGreaterThanOrEqual(3);
    for (const line of t.countyLines) {
      const holding: string[] = [];
      for (const code of forceCodes) {
        const { nodes } = await bundle(code);
        if (nodes.Phone.some((row) => phoneDigits(row[1] ?? '') === line.dealLine)) holding.push(code);
      }
      expect(holding.length).toBeGreaterThanOrEqual(2);
      expect([...holding].sort()).toEqual([...line.forces].sort());
      expect((await bundle(line.homeForce)).ids.Person.has(line.controller)).toBe(true);
      expect(line.runners.length).toBeGreaterThan(0);
      for (const runner of line.runners) {
        const row = (await bundle(runner.force)).nodes.Person.find((r) => r[0] === runner.id);
        expect(row).toBeDefined();
        const age = Number(row?.[4]);
        if (runner.child) expect(age >= 14 && age <= 17, `${runner.id} aged ${age}`).toBe(true);
      }
      for (const place of line.cuckooed) expect((await bundle(place.force)).ids.Location.has(place.locationId)).toBe(true);
      for (const crime of line.crimes) {
        const row = (await bundle(crime.split('-')[0] ?? '')).nodes.Crime.find((r) => r[0] === crime);
        expect(['County lines', 'Drugs']).toContain(row?.[3]);
      }
    }
  });

  it('records each duplicated person in two forces, and their shared phone in both', async () => {
    const t = await truth();
    expect(t.duplicates.length).toBeGreaterThanOrEqual(10);
    for (const { a, b, error, phone } of t.duplicates) {
      expect(a.force).not.toBe(b.force);
      const first = (await bundle(a.force)).nodes.Person.find((row) => row[0] === a.id);
      const second = (await bundle(b.force)).nodes.Person.find((row) => row[0] === b.id);
      expect(first, a.id).toBeDefined();
      expect(second, b.id).toBeDefined();
      if (error === 'EXACT') expect([second?.[1], second?.[3], second?.[5]]).toEqual([first?.[1], first?.[3], first?.[5]]);
      if (error === 'DOB_MISSING') expect(second?.[5]).toBe('');
      if (phone !== null) {
        for (const side of [a, b]) {
          const { nodes, relationships } = await bundle(side.force);
          const held = new Set(relationships.HAS_PHONE.filter((row) => row[0] === side.id).map((row) => row[1]));
          expect(nodes.Phone.some((row) => held.has(row[0]) && phoneDigits(row[1] ?? '') === phone)).toBe(true);
        }
      }
    }
    expect(new Set(t.duplicates.map((d) => d.error)).size).toBe(6);
  });

  it('records trafficking victims as victims of their ring’s crimes, and fraud networks sharing an address across forces', async () => {
    const t = await truth();
    expect(t.traffickingRings.length).toBeGreaterThanOrEqual(2);
    for (const ring of t.traffickingRings) {
      expect(ring.controller.map((c) => c.force)).toEqual(ring.forces);
      const victims = new Set(ring.victims.map((v) => v.id));
      for (const force of ring.forces) {
        const { relationships } = await bundle(force);
        const crimes = new Set(ring.crimes.filter((id) => id.startsWith(`${force}-`)));
        const parties = relationships.PARTY_TO.filter((row) => crimes.has(row[1] ?? ''));
        expect(parties.some((row) => victims.has(row[0] ?? '') && row[3] === 'VICTIM')).toBe(true);
        expect(parties.some((row) => ring.controller.some((c) => c.id === row[0]) && row[3] === 'SUSPECT')).toBe(true);
      }
    }
    expect(t.fraudNetworks.length).toBeGreaterThanOrEqual(2);
    for (const network of t.fraudNetworks) {
      for (const force of network.forces) {
        const { nodes } = await bundle(force);
        expect(nodes.Email.some((row) => row[1] === network.emails[0])).toBe(true);
      }
    }
  });
});
