import { describe, expect, it } from 'vitest';
import { Header, type ImportTarget } from '../run/import-format.js';
import { BundleIds, type BundleContext } from './bundle-ids.js';
import { linkFormat } from './pole-links.js';
import { locationFormat, personFormat } from './pole-nodes.js';
import { renamed } from './renamed-format.js';

const target: ImportTarget = { force: 'GMP', forceName: 'Greater Manchester Police', classification: 'OFFICIAL', importedBy: 'supervisor.gmp' };
const context = (): BundleContext => ({
  source: 'neo4j-admin:GMP:x',
  indexCase: 'neo4j-admin:GMP:x:nominal-index',
  indexCaseId: null,
  ids: new BundleIds('neo4j-admin:GMP:x'),
});
const renames = (columns: Record<string, string>, values: Record<string, string> = {}) => ({
  columns: new Map(Object.entries(columns)),
  values: new Map(Object.entries(values)),
});

describe('a format read through renamed columns', () => {
  // A fresh bundle context each: it remembers the :IDs it has read.
  const subjects = () => renamed(personFormat(context()), renames({ forename: 'name', family_name: 'surname' }));

  it('asks the file for its own names of the columns the format needs', () => {
    expect(subjects().required).toEqual([':ID', 'forename', 'family_name']);
  });

  it('reads the renamed columns as the format’s, and names a rejected row’s column as the file does', () => {
    const parse = subjects().parser(new Header([':ID', 'family_name', 'forename', 'age']), target);
    expect(parse(['s1', 'Rahman', 'Aisha', '31'], 2)).toMatchObject({ row: { properties: { forenames: 'Aisha', surname: 'Rahman', ageAtRecord: 31 } } });
    expect(parse(['s2', '', 'Ben', ''], 3)).toEqual({
      fault: { code: 'MISSING_VALUE', column: 'family_name', reason: 'surname is empty (the mapping reads family_name as surname)' },
    });
    expect(parse(['s3', 'Rahman', 'Ca\u0007rl', ''], 4)).toMatchObject({ fault: { code: 'INVALID_VALUE', column: 'forename' } });
    // Unrenamed columns are named as they were.
    expect(parse(['s4', 'Rahman', 'Dev', 'old'], 5)).toMatchObject({ fault: { code: 'INVALID_VALUE', column: 'age', reason: '"old" is not an age in years' } });
  });

  it('counts a row’s fields against the file’s header', () => {
    const parse = renamed(linkFormat('PARTY_TO', context(), 'VICTIM_OF'), renames({}, { role: 'VICTIM' })).parser(
      new Header([':START_ID', ':END_ID', ':TYPE']),
      target,
    );
    expect(parse(['v1', 'c1'], 2)).toEqual({ fault: { code: 'FIELD_COUNT', column: '', reason: 'expected 3 fields as in the header, found 2' } });
  });

  it('keeps a renamed column’s type suffix, and names the file’s column when the format names it with one', () => {
    const places = renamed(locationFormat(context()), renames({ street: 'address', lat: 'latitude', lon: 'longitude' }));
    const typed = places.parser(new Header([':ID', 'street', 'postcode', 'lat:double', 'lon:double']), target);
    expect(typed(['l1', '1 Oxford Road', 'M1 1AE', '53.47', '-2.24'], 2)).toMatchObject({ row: { claim: { line1: '1 Oxford Road', latitude: 53.47 } } });
    expect(typed(['l2', '1 Oxford Road', 'M1 1AE', 'north', '-2.24'], 3)).toMatchObject({ fault: { code: 'INVALID_VALUE', column: 'lat:double' } });
    const untyped = places.parser(new Header([':ID', 'street', 'postcode', 'lat', 'lon']), target);
    expect(untyped(['l3', '1 Oxford Road', 'M1 1AE', '95', '-2.24'], 2)).toMatchObject({ fault: { column: 'lat' } });
  });

  it('does not read a column of the file under a name another column is read as', () => {
    const parse = subjects().parser(new Header([':ID', 'name', 'forename', 'family_name']), target);
    expect(parse(['s1', 'Aisha Rahman', 'Aisha', 'Rahman'], 2)).toMatchObject({ row: { properties: { forenames: 'Aisha' } } });
    // It is still checked as text, and named as the file names it.
    expect(parse(['s2', 'Ben\u0007', 'Ben', 'Rahman'], 3)).toEqual({
      fault: { code: 'INVALID_VALUE', column: 'name', reason: 'name must be one line without control characters' },
    });
  });

  it('reads a value the mapping gives on every row, whatever the file holds, and says so when it is refused', () => {
    const ctx = context();
    ctx.ids.set('v1', { kind: 'Person', key: 'neo4j-admin:GMP:x:v1' });
    ctx.ids.set('c1', { kind: 'Case', key: 'neo4j-admin:GMP:x:c1' });
    const victims = renamed(linkFormat('PARTY_TO', ctx, 'VICTIM_OF'), renames({}, { role: 'VICTIM' }));
    const parse = victims.parser(new Header([':START_ID', ':END_ID', ':TYPE', 'role']), target);
    expect(parse(['v1', 'c1', 'VICTIM_OF', 'SUSPECT'], 2)).toMatchObject({ row: { detail: 'VICTIM' } });
    expect(parse(['v1', 'c1', 'PARTY_TO', ''], 3)).toEqual({
      fault: { code: 'INVALID_VALUE', column: ':TYPE', reason: ':TYPE is PARTY_TO in the VICTIM_OF file' },
    });
    const bystanders = renamed(linkFormat('PARTY_TO', ctx, 'SEEN_AT'), renames({}, { role: 'BYSTANDER' })).parser(new Header([':START_ID', ':END_ID']), target);
    expect(bystanders(['v1', 'c1'], 2)).toMatchObject({
      fault: { column: 'role', reason: expect.stringContaining('(the mapping gives role the value "BYSTANDER")') },
    });
  });

  it('refuses a header in which nothing is read as a column the format needs', () => {
    const swapped = renamed(personFormat(context()), renames({ surname: 'name' }));
    // The file has surname, so the check on its header passes; but surname is read as name.
    expect(swapped.required).toEqual([':ID', 'surname']);
    expect(() => swapped.parser(new Header([':ID', 'surname', 'forename']), target)).toThrow(
      expect.objectContaining({ code: 'VALIDATION_FAILED', details: { field: 'header' } }),
    );
  });

  it('is the format itself when nothing is renamed', () => {
    const format = personFormat(context());
    expect(renamed(format, renames({}))).toBe(format);
  });
});
