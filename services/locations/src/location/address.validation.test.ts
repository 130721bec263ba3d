import { describe, expect, it } from 'vitest';
import { refusedField } from '@crosslink/common/testing';
import { validateAddress, type AddressInput } from './address.validation.js';

const address: AddressInput = { line1: 'Flat 2, 14 Lime St', line2: null, town: 'Birmingham', postcode: 'B12 9QA' };

const fieldOfError = (input: AddressInput) => refusedField(() => validateAddress(input, 'input'));

const keyOf = (line1: string, postcode = 'B12 9QA') => validateAddress({ ...address, line1, postcode }, 'input').addressKey;

describe('validateAddress', () => {
  it('tidies the lines and splits the postcode', () => {
    expect(validateAddress({ line1: '  Flat 2,   14 Lime St ', line2: ' Digbeth  ', town: ' Birmingham ', postcode: 'b129qa' }, 'input')).toEqual({
      line1: 'Flat 2, 14 Lime St',
      line2: 'Digbeth',
      town: 'Birmingham',
      postcode: 'B12 9QA',
      postcodeArea: 'B',
      postcodeDistrict: 'B12',
      postcodeSector: 'B12 9',
      latitude: null,
      longitude: null,
      forceArea: 'WMP',
      addressKey: 'FLAT 2 14 LIME ST|B12 9QA',
    });
  });

  it('takes coordinates and a force area given, over the postcode area’s usual force', () => {
    const recorded = validateAddress({ ...address, postcode: 'CH1 1AA', latitude: 53.19, longitude: -2.89, forceArea: 'ches' }, 'input');
    expect(recorded).toMatchObject({ latitude: 53.19, longitude: -2.89, forceArea: 'CHES' });
    expect(validateAddress({ ...address, postcode: 'CH41 1AA' }, 'input').forceArea).toBe('MERPOL');
  });

  it.each([null, '', '   '])('stores a line2 of %j as null', (line2) => {
    expect(validateAddress({ ...address, line2 }, 'input').line2).toBeNull();
  });

  it('stores a missing line2 as null', () => {
    expect(validateAddress({ line1: '1 High St', town: 'Leeds', postcode: 'LS1 1AA' }, 'input').line2).toBeNull();
  });

  it.each(['flat 2 14 lime st', 'FLAT 2, 14 LIME ST.', '  Flat 2 ,  14  Lime  St ', 'Flat 2, 14 Lime St'])(
    'gives %j at the same postcode the same key',
    (line1) => {
      expect(keyOf(line1, 'b12 9qa')).toBe(keyOf('Flat 2, 14 Lime St'));
    },
  );

  it('gives the same line at another postcode another key', () => {
    expect(keyOf('Flat 2, 14 Lime St', 'B12 9QB')).not.toBe(keyOf('Flat 2, 14 Lime St'));
  });

  // Records are merged on the key, so two distinct addresses with one key become one Location node.
  it.each([
    ['Flat 2,14 Lime St', 'Flat 214 Lime St'],
    ['14-16 Lime St', '1416 Lime St'],
  ])('keeps %j and %j apart', (first, second) => {
    expect(keyOf(first)).not.toBe(keyOf(second));
  });

  it.each([
    ['line1', { ...address, line1: '' }, 'input.line1'],
    ['line1', { ...address, line1: ' \t ' }, 'input.line1'],
    ['town', { ...address, town: '   ' }, 'input.town'],
    ['postcode', { ...address, postcode: 'B12 9CI' }, 'input.postcode'],
    ['line1', { ...address, line1: 'x'.repeat(201) }, 'input.line1'],
    ['line2', { ...address, line2: 'x'.repeat(201) }, 'input.line2'],
    ['town', { ...address, town: 'x'.repeat(201) }, 'input.town'],
  ])('names %s when it is at fault', (_name, input, field) => {
    expect(fieldOfError(input)).toBe(field);
  });

  it('accepts lines of 200 characters', () => {
    expect(validateAddress({ ...address, line1: 'x'.repeat(200) }, 'input').line1).toHaveLength(200);
  });

  it('prefixes the field names with the field it is given', () => {
    expect(() => validateAddress({ ...address, town: '' }, 'input.addresses[1]')).toThrow(
      expect.objectContaining({ details: { field: 'input.addresses[1].town' } }),
    );
  });
});
