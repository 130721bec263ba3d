import { CrosslinkError } from '@crosslink/common';
import { describe, expect, it } from 'vitest';
import { validateCaseUpdate, validateNewCase, type CreateCaseInput, type UpdateCaseInput } from './case.validation.js';

function refusedField(input: CreateCaseInput, defaultForce = 'GMP'): string | undefined {
  return refused(() => validateNewCase(input, defaultForce));
}

function refused(run: () => unknown): string | undefined {
  try {
    run();
  } catch (error) {
    if (error instanceof CrosslinkError && error.code === 'VALIDATION_FAILED') return error.details.field;
    throw error;
  }
  throw new Error('expected VALIDATION_FAILED');
}

describe('validateNewCase', () => {
  it('trims the title and summary', () => {
    expect(validateNewCase({ title: '  Operation Lime  ', summary: '\n Burglaries in Digbeth. \n' }, 'GMP', 'detective.gmp')).toEqual({
      title: 'Operation Lime',
      summary: 'Burglaries in Digbeth.',
      force: 'GMP',
      status: 'OPEN',
      crimeTypes: [],
      priority: 'MEDIUM',
      classification: 'OFFICIAL',
      caveats: [],
      officerInCharge: 'detective.gmp',
    });
  });

  it.each([null, '', '   '])('stores a summary of %j as null', (summary) => {
    expect(validateNewCase({ title: 'T', summary }, 'GMP').summary).toBeNull();
  });

  it.each([
    ['NUL', 'Op\u0000Lime'],
    ['a line break', 'Op\nLime'],
    ['a right-to-left override', 'Op \u202Eemil'],
  ])('refuses a title holding %s, and keeps line breaks in the summary', (_name, title) => {
    expect(refusedField({ title })).toBe('input.title');
    expect(refused(() => validateCaseUpdate({ caseId: 'c1', title }))).toBe('input.title');
    expect(validateNewCase({ title: 'Op Lime', summary: 'Seen twice.\nThen left.' }, 'GMP', 'detective.gmp').summary).toBe('Seen twice.\nThen left.');
  });

  it('stores a missing summary as null', () => {
    expect(validateNewCase({ title: 'T' }, 'GMP').summary).toBeNull();
  });

  it.each([null, '', '  '])('defaults a force of %j to the one given', (force) => {
    expect(validateNewCase({ title: 'T', force }, 'WMP').force).toBe('WMP');
  });

  it('defaults a missing force to the one given', () => {
    expect(validateNewCase({ title: 'T' }, 'WMP').force).toBe('WMP');
  });

  it('upper-cases and trims a force code', () => {
    expect(validateNewCase({ title: 'T', force: ' wmp ' }, 'GMP').force).toBe('WMP');
  });

  it.each(['G', 'GMP-1', '1GMP', 'ABCDEFGHIJKLM', 'G M P'])('refuses the force code %j on input.force', (force) => {
    expect(refusedField({ title: 'T', force })).toBe('input.force');
  });

  it('refuses an unusable default force too', () => {
    expect(refusedField({ title: 'T' }, 'gmp')).toBe('input.force');
  });

  it.each(['', '   ', '\t\n'])('refuses the empty title %j on input.title', (title) => {
    expect(refusedField({ title })).toBe('input.title');
  });

  it('accepts a title of 200 characters and refuses 201', () => {
    expect(validateNewCase({ title: 'x'.repeat(200) }, 'GMP').title).toHaveLength(200);
    expect(refusedField({ title: 'x'.repeat(201) })).toBe('input.title');
  });

  it('measures the title after trimming', () => {
    expect(validateNewCase({ title: ` ${'x'.repeat(200)} ` }, 'GMP').title).toHaveLength(200);
  });

  it('accepts a summary of 4000 characters and refuses 4001', () => {
    expect(validateNewCase({ title: 'T', summary: 's'.repeat(4000) }, 'GMP').summary).toHaveLength(4000);
    expect(refusedField({ title: 'T', summary: 's'.repeat(4001) })).toBe('input.summary');
  });
});

describe('validateNewCase, coordination fields', () => {
  it('keeps the classification, priority and status given, and normalises lists', () => {
    const valid = validateNewCase(
      {
        title: 'T',
        status: 'REFERRED',
        priority: 'HIGH',
        classification: 'SECRET',
        crimeTypes: ['FRAUD', 'COUNTY_LINES', 'FRAUD'],
        caveats: [' uk-eyes-only ', 'NCA_ONLY', 'UK-EYES-ONLY'],
      },
      'GMP',
    );
    expect(valid).toMatchObject({
      status: 'REFERRED',
      priority: 'HIGH',
      classification: 'SECRET',
      crimeTypes: ['COUNTY_LINES', 'FRAUD'],
      caveats: ['NCA_ONLY', 'UK-EYES-ONLY'],
    });
  });

  it.each(['ACTIVE', 'CLOSED', 'SUSPENDED'])('refuses to create a case as %s', (status) => {
    expect(refusedField({ title: 'T', status })).toBe('input.status');
  });

  it.each(['', 'has,comma', 'a b', 'x'.repeat(41)])('refuses the caveat %j, naming its index', (caveat) => {
    expect(refusedField({ title: 'T', caveats: ['OK', caveat] })).toBe('input.caveats.1');
  });
});

describe('validateCaseUpdate', () => {
  const update = (input: Omit<UpdateCaseInput, 'caseId'>) => validateCaseUpdate({ caseId: 'c1', ...input });

  it('sets only the fields given, and clears a summary given as null', () => {
    expect(update({ title: ' New title ', summary: null })).toEqual({ title: 'New title', summary: null });
    expect(update({ priority: 'LOW' })).toEqual({ priority: 'LOW' });
  });

  it('refuses an update that changes nothing, on input', () => {
    expect(refused(() => update({ reason: 'why' }))).toBe('input');
  });

  it('refuses a blank title on input.title', () => {
    expect(refused(() => update({ title: '  ' }))).toBe('input.title');
  });
});
