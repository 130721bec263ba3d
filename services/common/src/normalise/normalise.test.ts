import { describe, expect, it } from 'vitest';
import { refusedField } from '../testing/refusals.js';
import { normaliseEmail } from './email.normalise.js';
import { normalisePhone } from './phone.normalise.js';
import { normaliseVrm } from './vehicle.normalise.js';

describe('normalisePhone', () => {
  it.each([
    ['07700 900123', '+447700900123'],
    ['+44 7700 900123', '+447700900123'],
    ['0044 7700 900123', '+447700900123'],
    ['+44 (0)7700 900123', '+447700900123'],
    ['07700-900-123', '+447700900123'],
    ['(0161) 496 0000', '+441614960000'],
    ['0161 496 0000', '+441614960000'],
    ['+44 161 496 0000', '+441614960000'],
    ['020 7946 0000', '+442079460000'],
    ['0800 123456', '+44800123456'],
    ['+1 (202) 555-0143', '+12025550143'],
    ['0033 1 23 45 67 89', '+33123456789'],
    ['  +48 601 234 567 ', '+48601234567'],
  ])('writes %j as %s', (raw, e164) => {
    expect(normalisePhone(raw, 'input.number')).toBe(e164);
  });

  it.each([
    ['empty', ''],
    ['letters', '07700 9OO123'],
    ['no prefix', '7700900123'],
    ['a short UK mobile', '07700 90012'],
    ['a long UK mobile', '07700 9001234'],
    ['a UK number starting 04', '04700 900123'],
    ['a UK number too short', '0161 496'],
    ['country code 0', '+0 123 456 789'],
    ['more than 15 digits', '+1234567890123456'],
    ['an extension', '0161 496 0000 x12'],
    ['zeros apart read as an international prefix', '0-(070)893-3322'],
  ])('refuses %s (%j), naming the field', (_name, raw) => {
    expect(refusedField(() => normalisePhone(raw, 'input.number'))).toBe('input.number');
  });
});

describe('normaliseVrm', () => {
  it.each([
    ['ab12 cde', 'AB12CDE'],
    [' AB12CDE ', 'AB12CDE'],
    ['a 1', 'A1'],
    ['M-123-ABC', 'M123ABC'],
    ['abc 123d', 'ABC123D'],
    ['BFZ 1234', 'BFZ1234'],
    ['1234 AB', '1234AB'],
  ])('writes %j as %s', (raw, vrm) => {
    expect(normaliseVrm(raw, 'input.vrm')).toBe(vrm);
  });

  it.each(['', '   ', 'AB12 CD!', 'ABCDEFG', 'AB12CDEFGHIJ', 'Ö123', 'O0O0O0O', '1234567', 'AB1C2DE', 'ABCD1234', 'AB123CDE', 'E2E3FA1'])(
    'refuses %j',
    (raw) => {
      expect(refusedField(() => normaliseVrm(raw, 'input.vrm'))).toBe('input.vrm');
    },
  );
});

describe('normaliseEmail', () => {
  it.each([
    ['  Jane.Doe@Example.CO.UK ', 'jane.doe@example.co.uk'],
    ['a+tag@mail.example.com', 'a+tag@mail.example.com'],
  ])('writes %j as %s', (raw, email) => {
    expect(normaliseEmail(raw, 'input.address')).toBe(email);
  });

  it.each(['', 'plainaddress', '@example.com', 'a@b', 'a@@example.com', 'a b@example.com', 'a@-example.com', 'a..b@example.com', 'a@example.c0m'])(
    'refuses %j',
    (raw) => {
      expect(refusedField(() => normaliseEmail(raw, 'input.address'))).toBe('input.address');
    },
  );
});
