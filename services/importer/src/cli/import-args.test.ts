import { describe, expect, it } from 'vitest';
import { parseImportArgs, UsageError } from './import-args.js';

const parse = (...argv: string[]) => parseImportArgs(argv, ['police-uk']);

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

  it.each([
    [['police-uk', 'a.csv'], '--force is required'],
    [['police-uk'], 'give a format and a file'],
    [['pole', 'a.csv', '--force', 'GMP'], 'unknown format pole: use one of police-uk'],
    [['police-uk', 'a.csv', 'b.csv', '--force', 'GMP'], 'one file per import'],
    [['police-uk', 'a.csv', '--force', 'GMP', '--classification', 'PUBLIC'], '--classification is one of'],
    [['police-uk', 'a.csv', '--force', 'GMP', '--batch-size', '0'], '--batch-size is a whole number'],
    [['police-uk', 'a.csv', '--force', 'GMP', '--colour'], "Unknown option '--colour'"],
  ])('refuses %j: %s', (argv, message) => {
    expect(() => parse(...argv)).toThrow(UsageError);
    expect(() => parse(...argv)).toThrow(message);
  });
});
