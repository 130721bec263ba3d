import { CrosslinkError } from '@crosslink/common';
import { describe, expect, it } from 'vitest';
import { personRoles } from './person.model.js';
import { checkDateOfBirth, checkRole, validateAlias, validatePerson, type PersonInput } from './person.validation.js';

const today = new Date('2026-03-15T12:00:00Z');
const person: PersonInput = { forenames: 'Anna Marie', surname: 'Kowalski', dateOfBirth: '1985-07-04' };

function refusal(fn: () => unknown): CrosslinkError {
  try {
    fn();
  } catch (error) {
    if (error instanceof CrosslinkError) return error;
    throw error;
  }
  throw new Error('expected a CrosslinkError');
}

describe('validatePerson', () => {
  it('trims names and collapses their whitespace', () => {
    expect(validatePerson({ forenames: '  Anna \t  Marie ', surname: ' de  la Cruz ', dateOfBirth: ' 1985-07-04 ' }, 'input', today)).toMatchObject({
      forenames: 'Anna Marie',
      surname: 'de la Cruz',
      dateOfBirth: '1985-07-04',
      dateOfBirthPrecision: 'DAY',
    });
  });

  it.each([null, '', '  '])('stores an unknown date of birth (%j) as null', (dateOfBirth) => {
    expect(validatePerson({ ...person, dateOfBirth }, 'input', today).dateOfBirth).toBeNull();
  });

  it('stores a missing date of birth as null', () => {
    expect(validatePerson({ forenames: 'Anna', surname: 'Kowalski' }, 'input', today).dateOfBirth).toBeNull();
  });

  it.each([
    [{ ...person, forenames: '' }, 'input.forenames'],
    [{ ...person, forenames: ' \n ' }, 'input.forenames'],
    [{ ...person, surname: '   ' }, 'input.surname'],
    [{ ...person, forenames: 'A'.repeat(101) }, 'input.forenames'],
    [{ ...person, surname: 'K'.repeat(101) }, 'input.surname'],
    [{ ...person, dateOfBirth: '2010-02-30' }, 'input.dateOfBirth'],
  ])('refuses %j naming %s', (input, field) => {
    const error = refusal(() => validatePerson(input, 'input', today));
    expect(error.code).toBe('VALIDATION_FAILED');
    expect(error.details).toEqual({ field });
  });

  it('keeps a partial date of birth with its precision', () => {
    expect(validatePerson({ ...person, dateOfBirth: '1985-07' }, 'input', today)).toMatchObject({ dateOfBirth: '1985-07', dateOfBirthPrecision: 'MONTH' });
  });

  it('normalises gender, nationality, identifiers, vulnerabilities and aliases', () => {
    const valid = validatePerson(
      {
        ...person,
        gender: 'FEMALE',
        nationality: ' pol ',
        identifiers: { niNumber: 'ab 12 34 56 c' },
        vulnerabilities: ['HOMELESS', 'DEBT_BONDAGE', 'HOMELESS'],
        aliases: [{ forenames: ' Ania ', surname: 'Kowal' }],
      },
      'input',
      today,
    );
    expect(valid).toMatchObject({
      gender: 'FEMALE',
      nationality: 'POL',
      identifiers: { niNumber: 'AB123456C', pncId: null },
      vulnerabilities: ['DEBT_BONDAGE', 'HOMELESS'],
      aliases: [{ forenames: 'Ania', surname: 'Kowal' }],
    });
  });

  it.each([
    [{ ...person, gender: 'male' }, 'input.gender'],
    [{ ...person, nationality: 'GB' }, 'input.nationality'],
    [{ ...person, vulnerabilities: ['HOMELESS', 'SAD'] }, 'input.vulnerabilities[1]'],
    [{ ...person, aliases: [{ forenames: 'A', surname: ' ' }] }, 'input.aliases[0].surname'],
    [{ ...person, identifiers: { pncId: '2008/0056560A' } }, 'input.identifiers.pncId'],
  ])('refuses %j naming %s', (input, field) => {
    expect(refusal(() => validatePerson(input, 'input', today)).details).toEqual({ field });
  });

  it('accepts names of 100 characters', () => {
    expect(validatePerson({ ...person, surname: 'K'.repeat(100) }, 'input', today).surname).toHaveLength(100);
  });
});

describe('checkDateOfBirth', () => {
  const check = (value: string) => () => checkDateOfBirth(value, 'input.dateOfBirth', today);

  it.each(['1985-07-04', '2024-02-29', '2000-02-29', '1900-01-01', '2026-03-15'])('accepts %s', (value) => {
    expect(check(value)).not.toThrow();
  });

  it.each(['2010-02-30', '2023-02-29', '1900-02-29', '1985-13-01', '1985-00-10', '1985-04-31', '1985-07-00'])(
    'refuses %s, which is not a calendar date',
    (value) => {
      expect(check(value)).toThrow(/not a calendar date/);
    },
  );

  it.each(['2026-03-16', '2100-01-01'])('refuses %s, which is in the future', (value) => {
    expect(check(value)).toThrow(/future/);
  });

  it.each(['1899-12-31', '1066-10-14'])('refuses %s, which is before 1900', (value) => {
    expect(check(value)).toThrow(/1900/);
  });

  it.each(['04/07/1985', '1985-7-4', '85-07-04', '19850704', '1985-07-04T00:00:00Z', 'yesterday', ''])(
    'refuses %j, which is not written YYYY-MM-DD',
    (value) => {
      expect(check(value)).toThrow(/YYYY-MM-DD/);
    },
  );

  it('names the field it is given', () => {
    expect(refusal(() => checkDateOfBirth('1985-02-30', 'input.people[2].dateOfBirth', today)).details).toEqual({
      field: 'input.people[2].dateOfBirth',
    });
  });
});

describe('checkRole', () => {
  it.each(personRoles)('accepts %s', (role) => {
    expect(checkRole(role, 'input.role')).toBe(role);
  });

  it.each(['suspect', 'SUSPECTS', '', ' VICTIM'])('refuses %j naming the field', (value) => {
    const error = refusal(() => checkRole(value, 'input.role'));
    expect(error.code).toBe('VALIDATION_FAILED');
    expect(error.details).toEqual({ field: 'input.role' });
  });
});

describe('names', () => {
  it.each([
    ['NUL', 'Smi\u0000th'],
    ['a C1 control', 'Smi\u0085th'],
    ['a right-to-left override', 'Smith\u202E'],
    ['a first-strong isolate', '\u2068Smith'],
  ])('refuses a surname holding %s, naming the field', (_name, surname) => {
    const error = refusal(() => validatePerson({ forenames: 'John', surname }, 'input', today));
    expect(error.details).toEqual({ field: 'input.surname' });
    expect(refusal(() => validateAlias({ forenames: 'J', surname }, 'input.aliases[0]')).details).toEqual({ field: 'input.aliases[0].surname' });
  });

  it('folds line breaks inside a name into spaces', () => {
    expect(validatePerson({ forenames: 'Mary\nJane', surname: 'Smith' }, 'input', today).forenames).toBe('Mary Jane');
  });
});
