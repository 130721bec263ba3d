import { describe, expect, it } from 'vitest';
import { UsageError } from '@crosslink/common';
import { optionFor, parseExportArgs, usage } from './export-args.js';

const now = new Date('2026-05-13T10:15:02.345Z');
const required = ['--format', 'graphml', '--recipient', 'CPS North West', '--purpose', 'Charging file for Operation Larkspur'];
const parse = (...argv: string[]) => parseExportArgs(argv, now);

describe('parseExportArgs', () => {
  it('reads a case scope into the service’s input, leaving every default to the service', () => {
    expect(parse('case:c-1', ...required)).toEqual({
      input: { scope: { caseIds: ['c-1'], filter: null }, format: 'GRAPHML', recipients: ['CPS North West'], grading: null, via: null, limit: null },
      purpose: 'Charging file for Operation Larkspur',
      out: 'crosslink-export-20260513T101502Z',
    });
  });

  it.each([
    [['everything'], { everything: true }],
    [['operation:op-7'], { operationId: 'op-7' }],
    [['case:c-1,c-2, c-3'], { caseIds: ['c-1', 'c-2', 'c-3'] }],
    [['person:p-1'], { seeds: [{ kind: 'PERSON', id: 'p-1' }] }],
    [
      ['Online-Account:a-1', 'bank-account:b-1', 'location:l-1'],
      {
        seeds: [
          { kind: 'ONLINE_ACCOUNT', id: 'a-1' },
          { kind: 'BANK_ACCOUNT', id: 'b-1' },
          { kind: 'LOCATION', id: 'l-1' },
        ],
      },
    ],
  ])('reads the scope %j', (scope, start) => {
    expect(parse(...scope, ...required).input.scope).toEqual({ ...start, filter: null });
  });

  it('reads the options: recipients, hops, links, the case filter as instants, the limit and the folder', () => {
    const args = parse(
      'phone:ph-1',
      ...required,
      '--recipient',
      'HMRC',
      '--hops',
      '2',
      '--via',
      'knows,holds-phone',
      '--via',
      'CO_OFFENDING',
      '--force',
      'gmp',
      '--force',
      'merpol,cheshire',
      '--crime-type',
      'modern slavery',
      '--from',
      '2026-01-01',
      '--to',
      '2026-02-28',
      '--limit',
      '150000',
      '--out',
      'exports/larkspur',
    );
    expect(args.input).toMatchObject({
      scope: {
        seeds: [{ kind: 'PHONE', id: 'ph-1' }],
        hops: 2,
        // `to` is the day after the last one given: the API's period ends before it.
        filter: { forces: ['GMP', 'MERPOL', 'CHESHIRE'], crimeTypes: ['MODERN_SLAVERY'], from: '2026-01-01T00:00:00.000Z', to: '2026-03-01T00:00:00.000Z' },
      },
      recipients: ['CPS North West', 'HMRC'],
      via: ['KNOWS', 'HOLDS_PHONE', 'CO_OFFENDING'],
      limit: 150_000,
    });
    expect(args.out).toBe('exports/larkspur');
  });

  it('reads an ANX chart’s grade as officers write it, leaving its rules to the grading', () => {
    const anx = (...grade: string[]) => parse('case:c-1', ...required, '--format', 'ANX', ...grade).input;
    expect(anx('--grade', '1B P')).toMatchObject({
      format: 'ANX',
      grading: { sourceEvaluation: 1, assessment: 'B', handlingCode: 'P', handlingConditions: null },
    });
    expect(anx('--grade', '2cc', '--conditions', 'Not for court').grading).toEqual({
      sourceEvaluation: 2,
      assessment: 'C',
      handlingCode: 'C',
      handlingConditions: 'Not for court',
    });
    // Out of the scale is validateGrading's refusal (naming --grade), not a usage error.
    expect(anx('--grade', '4Z P').grading).toMatchObject({ sourceEvaluation: 4, assessment: 'Z' });
  });

  it.each([
    [[...required], 'give a scope: everything, operation:<ID>'],
    [['case:c-1', '--recipient', 'CPS', '--purpose', 'Charging file'], '--format is required'],
    [['case:c-1', ...required, '--format', 'pdf'], 'unknown format pdf: use graphml, csv or anx'],
    [['case:c-1', '--format', 'csv', '--purpose', 'Charging file'], '--recipient is required'],
    [['case:c-1', '--format', 'csv', '--recipient', 'CPS'], '--purpose is required: every export states why'],
    [['case:c-1', '--format', 'csv', '--recipient', 'CPS', '--purpose', '  '], '--purpose is required'],
    [['case:c-1', '--format', 'csv', '--recipient', 'CPS', '--purpose', 'ok'], '--purpose is 3-500 characters on one line'],
    [['case:c-1', '--format', 'csv', '--recipient', 'CPS', '--purpose', 'two\nlines'], '--purpose is 3-500 characters on one line'],
    [['case:c-1', ...required, '--format', 'anx'], '--grade is required for an anx chart'],
    [['case:c-1', ...required, '--format', 'anx', '--grade', 'reliable'], '--grade reliable is not a grade'],
    [['case:c-1', ...required, '--grade', '1B P'], '--grade and --conditions grade an anx chart'],
    [['vessel:v-1', ...required], 'unknown scope vessel:v-1: use everything'],
    [['c-1', ...required], 'unknown scope c-1'],
    [['case:', ...required], 'case: names no id'],
    [['case:c-1,', ...required], 'case:c-1, names no id'],
    [['person:', ...required], 'person: names no id'],
    [['everything', 'person:p-1', ...required], 'everything is a scope of its own'],
    [['person:p-1', 'case:c-1', ...required], 'case:c-1 is a scope of its own'],
    [['case:c-1', ...required, '--hops', 'two'], '--hops is a whole number'],
    [['case:c-1', ...required, '--limit', '1e5'], '--limit is a whole number'],
    [['case:c-1', ...required, '--via', 'FRIENDS'], '--via FRIENDS is not a kind of link: use KNOWS, FAMILY_REL'],
    [['case:c-1', ...required, '--via', ','], '--via names at least one kind of link'],
    [['case:c-1', ...required, '--from', '2026-02-30'], '--from is a day, written YYYY-MM-DD'],
    [['case:c-1', ...required, '--to', '01/03/2026'], '--to is a day, written YYYY-MM-DD'],
    [['case:c-1', ...required, '--colour'], "Unknown option '--colour'"],
    [['case:c-1', ...required, '--out'], "Option '--out <value>' argument missing"],
  ])('refuses %j: %s', (argv, message) => {
    expect(() => parse(...argv)).toThrow(UsageError);
    expect(() => parse(...argv)).toThrow(message);
  });
});

describe('optionFor', () => {
  it.each([
    ['input.scope', '<scope>'],
    ['input.scope.seeds[0].id', '<scope>'],
    ['scope.everything', '<scope>'],
    ['input.scope.hops', '--hops'],
    ['input.scope.filter.forces', '--force'],
    ['input.scope.filter.crimeTypes', '--crime-type'],
    ['input.scope.filter.to', '--to'],
    ['input.via[1]', '--via'],
    ['input.limit', '--limit'],
    ['input.recipients.0', '--recipient'],
    ['input.grading.sourceEvaluation', '--grade'],
    ['input.grading.handlingConditions', '--conditions'],
    ['somewhere.else', 'somewhere.else'],
  ])('names %s on the command line as %s', (field, option) => {
    expect(optionFor(field)).toBe(option);
  });
});

describe('usage', () => {
  it('names every record kind and kind of link the way the command line takes them', () => {
    expect(usage).toContain('person, phone, vehicle, email, online-account, bank-account, location');
    expect(usage).toContain('HOLDS_BANK_ACCOUNT');
    expect(usage.split('\n').every((line) => line.length <= 110)).toBe(true);
  });
});
