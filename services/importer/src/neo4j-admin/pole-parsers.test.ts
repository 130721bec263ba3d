import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { Header, type ImportTarget } from '../run/import-format.js';
import { BundleIds, type BundleContext } from './bundle-ids.js';
import { bundleFiles } from './bundle-files.js';
import { linkFormat } from './pole-links.js';
import { objectFormat, personFormat } from './pole-nodes.js';
import { ukDate } from './source-dates.js';

const target: ImportTarget = { force: 'GMP', forceName: 'Greater Manchester Police', classification: 'OFFICIAL', importedBy: 'supervisor.gmp' };
const context = (): BundleContext => ({
  source: 'neo4j-admin:GMP:pole',
  indexCase: 'neo4j-admin:GMP:pole:nominal-index',
  indexCaseId: null,
  ids: new BundleIds('neo4j-admin:GMP:pole'),
});

describe('ukDate', () => {
  it.each([
    ['24/08/2017', '2017-08-24'],
    ['1/2/2020', '2020-02-01'],
    ['29/02/2024', '2024-02-29'],
    ['29/02/2023', null],
    ['2017-08-24', null],
    ['31/13/2020', null],
  ])('reads %s as %s', (written, iso) => expect(ukDate(written)).toBe(iso));
});

describe('bundleFiles', () => {
  it('finds a bundle’s nodes and relationships files by name and leaves other files alone', () => {
    const dir = mkdtempSync(join(tmpdir(), 'crosslink-bundle-'));
    for (const name of ['pole.nodes.Person.csv', 'pole.relationships.KNOWS.csv', 'README.md', 'pole.nodes.Person.csv.rejects.csv'])
      writeFileSync(join(dir, name), '');
    expect(bundleFiles(dir).map((f) => [f.graph, f.kind, f.name])).toEqual([
      ['pole', 'nodes', 'Person'],
      ['pole', 'relationships', 'KNOWS'],
    ]);
  });
});

describe('the POLE mapping’s parsers', () => {
  it('keeps a phone number that does not normalise as written, marked, and rejects an e-mail address that is not one', () => {
    const ctx = context();
    const phones = objectFormat('Phone', 'Phone', 'phoneNo', ctx).parser(new Header([':ID', 'phoneNo', ':LABEL']), target);
    expect(phones(['t1', '07700 900123', 'Phone'], 2)).toMatchObject({
      row: { key: '+447700900123', properties: {} },
    });
    expect(phones(['t2', '0-(070)893-3322', 'Phone'], 3)).toMatchObject({ row: { key: '0-(070)893-3322', properties: { unnormalised: true } } });
    expect(ctx.ids.get('t2')).toEqual({ kind: 'Phone', key: '0-(070)893-3322' });
    const emails = objectFormat('EmailAddress', 'Email', 'email_address', ctx).parser(new Header([':ID', 'email_address', ':LABEL']), target);
    expect(emails(['e1', 'not-an-address', 'Email'], 2)).toMatchObject({ fault: { code: 'INVALID_VALUE', column: 'email_address' } });
    expect(ctx.ids.get('e1')).toBeUndefined();
  });

  it('refuses an :ID given twice in the bundle, whichever file gave it first', () => {
    const ctx = context();
    const people = personFormat(ctx).parser(new Header([':ID', 'surname', 'name']), target);
    expect(people(['x1', 'Rahman', 'Aisha'], 2)).toHaveProperty('row');
    const phones = objectFormat('Phone', 'Phone', 'phoneNo', ctx).parser(new Header([':ID', 'phoneNo']), target);
    expect(phones(['x1', '07700 900123'], 2)).toMatchObject({ fault: { code: 'DUPLICATE_ID', column: ':ID' } });
  });

  it('rejects a relationship to an unknown node, or between nodes of the wrong kinds, and reads its role or relation', () => {
    const ctx = context();
    ctx.ids.set('p1', { kind: 'Person', key: 'neo4j-admin:GMP:pole:p1' });
    ctx.ids.set('p2', { kind: 'Person', key: 'neo4j-admin:GMP:pole:p2' });
    ctx.ids.set('c1', { kind: 'Case', key: 'neo4j-admin:GMP:pole:c1' });
    const party = linkFormat('PARTY_TO', ctx).parser(new Header([':START_ID', ':END_ID', ':TYPE', 'role']), target);
    expect(party(['p1', 'c1', 'PARTY_TO', 'victim'], 2)).toEqual({ row: { from: 'neo4j-admin:GMP:pole:p1', to: 'neo4j-admin:GMP:pole:c1', detail: 'VICTIM' } });
    expect(party(['p1', 'c1', 'PARTY_TO', ''], 3)).toMatchObject({ row: { detail: 'SUSPECT' } });
    expect(party(['p1', 'c9', 'PARTY_TO', ''], 4)).toMatchObject({ fault: { code: 'UNKNOWN_ID', column: ':END_ID' } });
    expect(party(['c1', 'p1', 'PARTY_TO', ''], 5)).toMatchObject({ fault: { code: 'INVALID_VALUE', column: ':START_ID' } });
    expect(party(['p1', 'c1', 'PARTY_TO', 'BYSTANDER'], 6)).toMatchObject({ fault: { code: 'INVALID_VALUE', column: 'role' } });
    const family = linkFormat('FAMILY_REL', ctx).parser(new Header([':START_ID', ':END_ID', ':TYPE', 'rel_type']), target);
    expect(family(['p1', 'p2', 'FAMILY_REL', 'PARENT'], 2)).toMatchObject({ row: { detail: 'PARENT' } });
    expect(family(['p1', 'p2', 'KNOWS', 'PARENT'], 3)).toMatchObject({ fault: { code: 'INVALID_VALUE', column: ':TYPE' } });
  });
});
