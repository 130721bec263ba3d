import { describe, expect, it } from 'vitest';
import { refusedField } from '../testing/refusals.js';
import {
  normaliseCroNumber,
  normaliseDrivingLicence,
  normaliseIdentifiers,
  normaliseNiNumber,
  normalisePassportNumber,
  normalisePncId,
} from './identifiers.normalise.js';

const today = new Date('2026-03-15T12:00:00Z');

describe('normalisePncId', () => {
  it.each([
    ['2008/0056560Z', '2008/0056560Z'],
    ['08/56560Z', '2008/0056560Z'],
    [' 2008/56560z ', '2008/0056560Z'],
    ['99/1234567B', '1999/1234567B'],
  ])('reads %j as %s', (raw, pnc) => {
    expect(normalisePncId(raw, 'input.identifiers.pncId', today)).toBe(pnc);
  });

  it.each(['2008/0056560A', '08/56560Y', '2008-0056560Z', '2008/00565601Z', '200/0056560Z', ''])('refuses %j', (raw) => {
    expect(refusedField(() => normalisePncId(raw, 'input.identifiers.pncId', today))).toBe('input.identifiers.pncId');
  });
});

describe('normaliseCroNumber', () => {
  it.each([
    ['123456/08C', '123456/08C'],
    ['1234/95a', '001234/95A'],
    ['SF 93/123456A', 'SF93/123456A'],
  ])('reads %j as %s', (raw, cro) => {
    expect(normaliseCroNumber(raw, 'f')).toBe(cro);
  });

  it.each(['1234567/08C', '123456/8C', '123456/08', 'SF93/1234567A'])('refuses %j', (raw) => {
    expect(refusedField(() => normaliseCroNumber(raw, 'f'))).toBe('f');
  });
});

describe('normaliseNiNumber', () => {
  it.each([
    ['AB 12 34 56 C', 'AB123456C'],
    ['ab123456d', 'AB123456D'],
    ['JG103759A', 'JG103759A'],
  ])('reads %j as %s', (raw, nino) => {
    expect(normaliseNiNumber(raw, 'f')).toBe(nino);
  });

  it.each([
    ['first letter D', 'DA123456A'],
    ['first letter F', 'FA123456A'],
    ['first letter I', 'IA123456A'],
    ['first letter Q', 'QQ123456C'],
    ['second letter O', 'AO123456A'],
    ['first letter U', 'UA123456A'],
    ['first letter V', 'VA123456A'],
    ['second letter D', 'AD123456A'],
    ['second letter V', 'AV123456A'],
    ['prefix BG', 'BG123456A'],
    ['prefix GB', 'GB123456A'],
    ['prefix NK', 'NK123456A'],
    ['prefix KN', 'KN123456A'],
    ['prefix TN', 'TN123456A'],
    ['prefix NT', 'NT123456A'],
    ['prefix ZZ', 'ZZ123456A'],
    ['suffix E', 'AB123456E'],
    ['no suffix', 'AB123456'],
    ['five digits', 'AB12345A'],
  ])('refuses %s (%s)', (_name, raw) => {
    expect(refusedField(() => normaliseNiNumber(raw, 'f'))).toBe('f');
  });
});

describe('passport and driving licence', () => {
  it('normalises a passport number', () => {
    expect(normalisePassportNumber(' 123 456 789 ', 'f')).toBe('123456789');
    expect(refusedField(() => normalisePassportNumber('12345', 'f'))).toBe('f');
    expect(refusedField(() => normalisePassportNumber('1234567890', 'f'))).toBe('f');
  });

  it.each([
    ['morga 753116 sm9ij', 'MORGA753116SM9IJ'],
    ['SMITH810230J99AB', 'SMITH810230J99AB'],
    ['12345678', '12345678'],
  ])('reads the licence %j as %s', (raw, licence) => {
    expect(normaliseDrivingLicence(raw, 'f')).toBe(licence);
  });

  it.each(['MORGA783116SM9IJ', 'MORGA753116SM9I', 'MORG1753116SM9IJ', '1234567'])('refuses the licence %j', (raw) => {
    expect(refusedField(() => normaliseDrivingLicence(raw, 'f'))).toBe('f');
  });
});

describe('normaliseIdentifiers', () => {
  it('normalises what is given and leaves the rest null', () => {
    expect(normaliseIdentifiers({ niNumber: 'ce 123456 c', pncId: ' ', passportNumber: null }, 'input.identifiers', today)).toEqual({
      pncId: null,
      croNumber: null,
      niNumber: 'CE123456C',
      passportNumber: null,
      drivingLicence: null,
    });
  });

  it('names the identifier at fault', () => {
    expect(refusedField(() => normaliseIdentifiers({ croNumber: 'nope' }, 'input.identifiers', today))).toBe('input.identifiers.croNumber');
  });
});
