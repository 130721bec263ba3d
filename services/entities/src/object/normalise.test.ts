import { describe, expect, it } from 'vitest';
import { refusedField } from '@crosslink/common/testing';
import { normaliseOnlineAccount } from './account.normalise.js';
import { mod97, normaliseBankAccount, normaliseIban, normaliseSortCode } from './bank.normalise.js';
import { luhnValid, normaliseImei } from './imei.js';

describe('normaliseImei', () => {
  it.each([
    ['490154203237518', '490154203237518'],
    ['49-015420-323751-8', '490154203237518'],
    ['35 209900 176148 1', '352099001761481'],
  ])('accepts %j as %s', (raw, imei) => {
    expect(normaliseImei(raw, 'input.imei')).toBe(imei);
  });

  it.each(['490154203237519', '49015420323751', '4901542032375180', 'ABCDEFGHIJKLMNO', ''])('refuses %j', (raw) => {
    expect(refusedField(() => normaliseImei(raw, 'input.imei'))).toBe('input.imei');
  });

  it('implements Luhn', () => {
    expect(luhnValid('79927398713')).toBe(true);
    expect(luhnValid('79927398710')).toBe(false);
  });
});

describe('normaliseOnlineAccount', () => {
  it('lower-cases the platform and the handle and strips a leading @', () => {
    expect(normaliseOnlineAccount('  Instagram ', ' @@Dave_Runs ', 'input')).toEqual({ platform: 'instagram', handle: 'dave_runs' });
    expect(normaliseOnlineAccount('Only  Fans', 'X', 'input').platform).toBe('only fans');
  });

  it.each([
    ['', 'handle', 'input.platform'],
    ['tiktok', '@', 'input.handle'],
    ['tiktok', 'two words', 'input.handle'],
    ['tiktok', 'h'.repeat(101), 'input.handle'],
  ])('refuses platform %j handle %j naming %s', (platform, handle, field) => {
    expect(refusedField(() => normaliseOnlineAccount(platform, handle, 'input'))).toBe(field);
  });
});

describe('bank accounts', () => {
  it('normalises sort codes', () => {
    expect(normaliseSortCode('12-34-56', 'f')).toBe('123456');
    expect(normaliseSortCode(' 12 34 56 ', 'f')).toBe('123456');
    expect(refusedField(() => normaliseSortCode('12-34-5', 'f'))).toBe('f');
  });

  it.each([
    ['GB82 WEST 1234 5698 7654 32', 'GB82WEST12345698765432'],
    ['gb33bukb20201555555555', 'GB33BUKB20201555555555'],
    ['DE89 3704 0044 0532 0130 00', 'DE89370400440532013000'],
    ['FR14 2004 1010 0505 0001 3M02 606', 'FR1420041010050500013M02606'],
  ])('accepts the IBAN %j', (raw, iban) => {
    expect(normaliseIban(raw, 'input.iban')).toBe(iban);
  });

  it.each(['GB82WEST12345698765433', 'GB82WEST1234569876543', 'DE89370400440532013001', '1234', 'GBXXWEST12345698765432'])('refuses the IBAN %j', (raw) => {
    expect(refusedField(() => normaliseIban(raw, 'input.iban'))).toBe('input.iban');
  });

  it('computes mod 97 over letters as numbers', () => {
    expect(mod97('WEST12345698765432GB82')).toBe(1);
  });

  it('keys a GB IBAN and its sort code and account number to the same account', () => {
    const pair = normaliseBankAccount({ sortCode: '12-34-56', accountNumber: '98765432' }, 'input');
    const iban = normaliseBankAccount({ iban: 'GB82 WEST 1234 5698 7654 32' }, 'input');
    expect(pair).toEqual({ accountKey: 'UK:12345698765432', sortCode: '123456', accountNumber: '98765432', iban: null });
    expect(iban).toEqual({ ...pair, iban: 'GB82WEST12345698765432' });
  });

  it('pads a seven-digit account number', () => {
    expect(normaliseBankAccount({ sortCode: '123456', accountNumber: '1234567' }, 'input').accountNumber).toBe('01234567');
  });

  it('keys a foreign IBAN by itself', () => {
    expect(normaliseBankAccount({ iban: 'DE89370400440532013000' }, 'input')).toEqual({
      accountKey: 'IBAN:DE89370400440532013000',
      sortCode: null,
      accountNumber: null,
      iban: 'DE89370400440532013000',
    });
  });

  it.each([
    [{}, 'input.sortCode'],
    [{ sortCode: '123456' }, 'input.accountNumber'],
    [{ accountNumber: '12345678' }, 'input.sortCode'],
    [{ sortCode: '123456', accountNumber: '12345678', iban: 'GB82WEST12345698765432' }, 'input.iban'],
    [{ sortCode: '123456', accountNumber: '98765432', iban: 'DE89370400440532013000' }, 'input.iban'],
  ])('refuses %j naming %s', (input, field) => {
    expect(refusedField(() => normaliseBankAccount(input, 'input'))).toBe(field);
  });
});
