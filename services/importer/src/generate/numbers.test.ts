import { describe, expect, it } from 'vitest';
import { Numbers } from './numbers.js';
import { phoneDigits } from './phones.js';
import { Random } from './random.js';

describe('Numbers', () => {
  it('never gives the same mobile, NHS number, email or registration twice', () => {
    const numbers = new Numbers(1);
    const rng = new Random('numbers');
    const [mobiles, nhs, emails, plates, personal] = [new Set<string>(), new Set<string>(), new Set<string>(), new Set<string>(), new Set<string>()];
    for (let i = 0; i < 20_000; i++) {
      mobiles.add(numbers.ukMobile());
      nhs.add(numbers.nhs());
      emails.add(numbers.email(rng, 'John', 'Smith'));
      emails.add(numbers.throwawayEmail(rng));
      plates.add(numbers.registration('M', i % 2 === 0 ? '19' : '69'));
      personal.add(phoneDigits(numbers.personalPhone(rng)));
    }
    expect([mobiles.size, nhs.size, emails.size, plates.size, personal.size]).toEqual([20_000, 20_000, 40_000, 20_000, 20_000]);
    for (const mobile of [...mobiles].slice(0, 100)) expect(mobile).toMatch(/^07[45789]\d{8}$/);
    for (const n of [...nhs].slice(0, 100)) expect(n).toMatch(/^\d{3}-\d{2}-\d{4}$/);
    for (const plate of [...plates].slice(0, 100)) expect(plate).toMatch(/^M[A-HJ-PR-Y](19|69) [A-HJ-PR-Y]{3}$/);
  });

  it('numbers each email domain on its own, so one suffix is not seen at every domain', () => {
    const numbers = new Numbers(1);
    const rng = new Random('suffixes');
    const suffixes = Array.from({ length: 200 }, () => numbers.email(rng, 'Ann', 'Lee').replace(/^\D*(\d+)@.*$/, '$1'));
    expect(new Set(suffixes).size).toBeGreaterThan(190);
  });

  it('gives the same numbers for the same seed', () => {
    const [a, b] = [new Numbers(3), new Numbers(3)];
    expect([a.ukMobile(), a.nhs(), a.registration('L', '22')]).toEqual([b.ukMobile(), b.nhs(), b.registration('L', '22')]);
  });
});
