import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CrosslinkError } from '@crosslink/common';
import { describe, expect, it } from 'vitest';
import { BundleIds } from './bundle-ids.js';
import type { BundleFile } from './bundle-files.js';
import { parseMapping, planBundle, poleMapping, readMapping } from './bundle-mapping.js';
import { linkFormat } from './pole-links.js';
import { crimeFormat, locationFormat, objectFormat, personFormat } from './pole-nodes.js';

const example = {
  nodes: {
    Offence: { as: 'Crime', columns: { offence_date: 'date', category: 'type' } },
    Suspect: { as: 'Person', columns: { forename: 'name', family_name: 'surname' } },
    Victim: { as: 'Person', columns: { forename: 'name', family_name: 'surname' } },
    Mobile: { as: 'Phone', columns: { msisdn: 'phoneNo' } },
  },
  relationships: {
    SUSPECT_IN: { as: 'PARTY_TO', columns: { part: 'role' } },
    VICTIM_OF: { as: 'PARTY_TO', values: { role: 'VICTIM' } },
    LIVES_AT: { as: 'CURRENT_ADDRESS' },
  },
  ignore: { Note: 'free-text notes are not imported', Vehicle: 'vehicles come from the fleet register' },
};
const parse = (mapping: unknown) => parseMapping(JSON.stringify(mapping), 'm.json');
const files = (...names: string[]): BundleFile[] =>
  names.map((name) => {
    const [kind, label] = name.split('.') as [BundleFile['kind'], string];
    return { path: `/bundle/x.${name}.csv`, graph: 'x', kind, name: label };
  });

/** The problems a mapping is refused with, as `field: message` lines. */
function problems(mapping: unknown): string[] {
  try {
    parse(mapping);
  } catch (error) {
    expect(error).toBeInstanceOf(CrosslinkError);
    expect((error as CrosslinkError).code).toBe('VALIDATION_FAILED');
    return ((error as CrosslinkError).details['problems'] as { field: string; message: string }[]).map((p) => `${p.field}: ${p.message}`);
  }
  throw new Error('the mapping was accepted');
}

describe('a mapping file', () => {
  it('reads each source label and type as a POLE one, with its columns renamed and values given', () => {
    const mapping = parse(example);
    expect(mapping.nodes.get('Suspect')).toEqual({
      as: 'Person',
      columns: new Map([
        ['forename', 'name'],
        ['family_name', 'surname'],
      ]),
      values: new Map(),
    });
    expect(mapping.relationships.get('VICTIM_OF')).toEqual({ as: 'PARTY_TO', columns: new Map(), values: new Map([['role', 'VICTIM']]) });
    expect(mapping.relationships.get('LIVES_AT')).toEqual({ as: 'CURRENT_ADDRESS', columns: new Map(), values: new Map() });
  });

  it('falls back to the built-in POLE mapping for every name it does not give, and an empty one is the POLE mapping', () => {
    const mapping = parse(example);
    expect(mapping.nodes.get('Person')).toEqual(poleMapping.nodes.get('Person'));
    expect(mapping.relationships.get('KNOWS')).toEqual(poleMapping.relationships.get('KNOWS'));
    expect(mapping.ignore.get('Area')).toBe(poleMapping.ignore.get('Area'));
    // Ignoring a POLE label takes it out.
    expect(mapping.nodes.has('Vehicle')).toBe(false);
    expect(parse({})).toEqual(poleMapping);
  });

  it('plans nodes before relationships in the POLE order, imports two labels read as one, and says why each other file is left out', () => {
    const plan = planBundle(
      files(
        'relationships.LIVES_AT',
        'nodes.Victim',
        'nodes.Suspect',
        'nodes.Mobile',
        'nodes.Offence',
        'nodes.Person',
        'nodes.Note',
        'nodes.Vehicle',
        'nodes.Area',
        'nodes.Gang',
        'relationships.SUSPECT_IN',
      ),
      parse(example),
    );
    expect(plan.imports.map((p) => `${p.file.name} as ${p.mapped.as}`)).toEqual([
      'Offence as Crime',
      'Victim as Person',
      'Suspect as Person',
      'Person as Person',
      'Mobile as Phone',
      'SUSPECT_IN as PARTY_TO',
      'LIVES_AT as CURRENT_ADDRESS',
    ]);
    expect(plan.notImported).toEqual([
      { file: 'x.nodes.Note.csv', reason: 'free-text notes are not imported' },
      { file: 'x.nodes.Vehicle.csv', reason: 'vehicles come from the fleet register' },
      { file: 'x.nodes.Area.csv', reason: 'areas follow from postcodes, which every location keeps' },
      { file: 'x.nodes.Gang.csv', reason: 'the mapping does not name it' },
    ]);
  });

  it('reads a label as a node file and a type as a relationships file only', () => {
    const plan = planBundle(files('relationships.Person', 'nodes.KNOWS'), poleMapping);
    expect(plan.imports).toEqual([]);
    expect(plan.notImported.map((n) => n.reason)).toEqual(['the mapping does not name it', 'the mapping does not name it']);
  });

  it('lets a source column be read as any column a POLE format needs', () => {
    const context = { source: 's', indexCase: 's:index', indexCaseId: null, ids: new BundleIds('s') };
    const needs = {
      Crime: crimeFormat(context).required,
      Person: personFormat(context).required,
      Location: locationFormat(context).required,
      Phone: objectFormat('Phone', 'Phone', 'phoneNo', context).required,
      Email: objectFormat('EmailAddress', 'Email', 'email_address', context).required,
      Vehicle: objectFormat('Vehicle', 'Vehicle', 'reg', context).required,
      PARTY_TO: linkFormat('PARTY_TO', context).required,
    };
    for (const [as, required] of Object.entries(needs)) {
      const columns = Object.fromEntries(required.filter((c) => !c.startsWith(':')).map((c) => [`source_${c}`, c]));
      const kind = as === 'PARTY_TO' ? 'relationships' : 'nodes';
      expect(() => parse({ [kind]: { Source: { as, columns } } }), as).not.toThrow();
    }
  });

  it('refuses text that is not JSON, or a file it cannot read, naming the mapping', () => {
    expect(() => parseMapping('{ "nodes": ', 'm.json')).toThrow(expect.objectContaining({ code: 'VALIDATION_FAILED', details: { field: 'mapping' } }));
    expect(() => parseMapping('{ "nodes": ', 'm.json')).toThrow(/^The mapping m.json is not JSON: /);
    expect(() => readMapping(join(tmpdir(), 'no-such-mapping.json'))).toThrow(expect.objectContaining({ details: { field: 'mapping' } }));
  });

  it('reads the example docs/import.md gives', () => {
    const doc = readFileSync(new URL('../../../../docs/import.md', import.meta.url), 'utf8');
    const [, json] = /#### A mapping file[^]*?```json\n([^]*?)```/.exec(doc) ?? [];
    const documented = parseMapping(json ?? '', 'docs/import.md');
    expect(documented.nodes.get('Victim')?.as).toBe('Person');
    expect(documented.relationships.get('VICTIM_OF')?.values.get('role')).toBe('VICTIM');
  });

  it('reads a mapping file from disk', () => {
    const path = join(mkdtempSync(join(tmpdir(), 'crosslink-mapping-')), 'm.json');
    writeFileSync(path, JSON.stringify(example));
    expect(readMapping(path).nodes.get('Mobile')?.as).toBe('Phone');
  });

  it.each<[string, unknown, string[]]>([
    ['a mapping that is not an object', [], ['mapping: must be a JSON object of "nodes", "relationships" and "ignore"']],
    ['a part it does not read', { node: {} }, ['mapping.node: is not part of a mapping: use "nodes", "relationships" and "ignore"']],
    [
      'a label read as no POLE label',
      { nodes: { Subject: { as: 'Suspect' } } },
      ['mapping.nodes.Subject.as: "Suspect" is not a POLE label: use one of Crime, Person, Location, Phone, Email, Vehicle'],
    ],
    [
      'an entry without "as"',
      { relationships: { LIVES_AT: {} } },
      [
        'mapping.relationships.LIVES_AT.as: must name the POLE relationship type it is read as: one of PARTY_TO, OCCURRED_AT, CURRENT_ADDRESS, HAS_PHONE, HAS_EMAIL, INVOLVED_IN, KNOWS, KNOWS_LW, KNOWS_SN, KNOWS_PHONE, FAMILY_REL',
      ],
    ],
    [
      'a name no bundle file can carry',
      { nodes: { 'Sus-pect': { as: 'Person' } } },
      ['mapping.nodes["Sus-pect"]: is not a label a bundle file can be named by (letters, digits and underscores)'],
    ],
    [
      'a column renamed to something not a string',
      { nodes: { Subject: { as: 'Person', columns: { forename: 1 } } } },
      ['mapping.nodes.Subject.columns.forename: must be a string: the POLE column forename is read as'],
    ],
    [
      'a column renamed to one the label does not read',
      { nodes: { Subject: { as: 'Person', columns: { forename: 'first_name' } } } },
      ['mapping.nodes.Subject.columns.forename: "first_name" is not a column Person reads: use one of name, surname, date_of_birth, gender, nhs_no, age'],
    ],
    [
      'a column of a type that reads none',
      { relationships: { ASSOCIATE_OF: { as: 'KNOWS', columns: { since: 'role' } } } },
      ['mapping.relationships.ASSOCIATE_OF.columns.since: KNOWS reads no column but :START_ID, :END_ID and :TYPE'],
    ],
    [
      'a column named with its type, or a neo4j-admin one',
      { nodes: { Place: { as: 'Location', columns: { 'lat:double': 'latitude', ':ID': 'address' } } } },
      [
        'mapping.nodes.Place.columns["lat:double"]: must name a column as the header does, without its :type suffix (:ID, :START_ID, :END_ID and :TYPE are read as they are)',
        'mapping.nodes.Place.columns[":ID"]: must name a column as the header does, without its :type suffix (:ID, :START_ID, :END_ID and :TYPE are read as they are)',
      ],
    ],
    [
      'two columns read as one',
      { nodes: { Subject: { as: 'Person', columns: { forename: 'name', first: 'name' } } } },
      ['mapping.nodes.Subject.columns.first: is read as name, as forename is: one column gives each value'],
    ],
    [
      'a value for a column also read from the file, and a value that is not a string',
      { relationships: { VICTIM_OF: { as: 'PARTY_TO', columns: { part: 'role' }, values: { role: 7 } } } },
      [
        'mapping.relationships.VICTIM_OF.values.role: must be the value every row is read with: a string on one line',
        'mapping.relationships.VICTIM_OF.values.role: is read from the column part too: give a value or a column, not both',
      ],
    ],
    [
      'a name both mapped and ignored',
      { nodes: { Note: { as: 'Crime' } }, ignore: { Note: 'not imported' } },
      ['mapping.ignore.Note: is mapped too (mapping.nodes.Note): a label or type is either read or ignored'],
    ],
    [
      'an ignored name without a reason',
      { ignore: { Note: '' } },
      ['mapping.ignore.Note: must be the reason the run lists for leaving the files out: a string on one line'],
    ],
    [
      'an entry with a key it does not read',
      { nodes: { Subject: { as: 'Person', column: {} } } },
      ['mapping.nodes.Subject.column: is not part of a mapping entry: use "as", "columns" and "values"'],
    ],
  ])('refuses %s, naming where', (_, mapping, expected) => {
    expect(problems(mapping)).toEqual(expected);
  });

  it('lists every problem in one refusal, the field the first one’s', () => {
    const refusal = () => parse({ nodes: { Subject: { as: 'Persn' } }, ignore: { Note: 3 } });
    expect(refusal).toThrow(
      expect.objectContaining({
        details: expect.objectContaining({ field: 'mapping.nodes.Subject.as' }),
        message:
          'The mapping m.json cannot be used: mapping.nodes.Subject.as: "Persn" is not a POLE label: use one of Crime, Person, Location, Phone, Email, Vehicle; ' +
          'mapping.ignore.Note: must be the reason the run lists for leaving the files out: a string on one line',
      }),
    );
  });
});
