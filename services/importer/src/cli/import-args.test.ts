import { describe, expect, it } from 'vitest';
import { UsageError } from '@crosslink/common';
import { parseImportArgs } from './import-args.js';

const parse = (...argv: string[]) => parseImportArgs(argv, ['police-uk', 'nominal', 'neo4j-admin']);

describe('parseImportArgs', () => {
  it('reads a format, a file and the options, with their defaults', () => {
    expect(parse('police-uk', 'street.csv', '--force', 'gmp')).toEqual({
      format: 'police-uk',
      path: 'street.csv',
      force: 'GMP',
      classification: 'OFFICIAL',
      dryRun: false,
      batchSize: 2000,
      rejectPath: null,
      purpose: null,
      source: null,
      mapping: null,
      caseReference: null,
      parallel: 4,
    });
    expect(parse('police-uk', 'a.csv', '--force', 'MPS', '--dry-run', '--classification', 'secret', '--batch-size', '500', '--rejects', 'r.csv')).toMatchObject(
      {
        dryRun: true,
        classification: 'SECRET',
        batchSize: 500,
        rejectPath: 'r.csv',
      },
    );
  });

  it('leaves --force out for a national folder of neo4j-admin bundles', () => {
    expect(parse('neo4j-admin', 'national', '--purpose', 'Load the national graph')).toMatchObject({ format: 'neo4j-admin', force: null });
    expect(parse('neo4j-admin', 'national', '--parallel', '8')).toMatchObject({ parallel: 8 });
  });

  it('takes a mapping file for a neo4j-admin bundle or a national folder of them', () => {
    expect(parse('neo4j-admin', 'bundle', '--force', 'GMP', '--mapping', 'gmp.json')).toMatchObject({ mapping: 'gmp.json' });
    expect(parse('neo4j-admin', 'national', '--mapping', 'export.json')).toMatchObject({ force: null, mapping: 'export.json' });
  });

  it.each([
    [['police-uk', 'a.csv'], '--force is required'],
    [['police-uk'], 'give a format and a file'],
    [['pole', 'a.csv', '--force', 'GMP'], 'unknown format pole: use one of police-uk, nominal, neo4j-admin'],
    [['police-uk', 'a.csv', 'b.csv', '--force', 'GMP'], 'one file (or bundle folder) per import'],
    [['police-uk', 'a.csv', '--force', 'GMP', '--source', 'a b'], '--source is 1-64'],
    [['nominal', 'a.csv', '--force', 'GMP'], '--case is required'],
    [['police-uk', 'a.csv', '--force', 'GMP', '--classification', 'PUBLIC'], '--classification is one of'],
    [['police-uk', 'a.csv', '--force', 'GMP', '--batch-size', '0'], '--batch-size is a whole number'],
    [['neo4j-admin', 'national', '--parallel', '9'], '--parallel is a whole number from 1 to 8'],
    [['neo4j-admin', 'national', '--parallel', '0'], '--parallel is a whole number from 1 to 8'],
    [['police-uk', 'a.csv', '--force', 'GMP', '--colour'], "Unknown option '--colour'"],
    [['police-uk', 'a.csv', '--force', 'GMP', '--mapping', 'm.json'], '--mapping is for neo4j-admin bundles'],
    [['neo4j-admin', 'bundle', '--force', 'GMP', '--mapping'], "Option '--mapping <value>' argument missing"],
  ])('refuses %j: %s', (argv, message) => {
    expect(() => parse(...argv)).toThrow(UsageError);
    expect(() => parse(...argv)).toThrow(message);
  });
});
