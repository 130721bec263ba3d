import { describe, expect, it } from 'vitest';
import { accessReasonProblem } from './access.js';
import { fieldOf } from './field-errors.js';
import { hitsHeadline, type Hit } from './hits.js';
import { attemptFor } from './idempotency.js';
import { nameOf, personChoices } from './people.js';

describe('attemptFor', () => {
  let n = 0;
  const newKey = () => `key-${(n += 1)}`;
  it('keeps the key while the same request is sent again, and makes a new one for another', () => {
    const first = attemptFor(null, { caseId: 'c1', number: '07700 900123' }, newKey);
    const again = attemptFor(first, { caseId: 'c1', number: '07700 900123' }, newKey);
    const changed = attemptFor(again, { caseId: 'c1', number: '07700 900124' }, newKey);
    expect(again.key).toBe(first.key);
    expect(changed.key).not.toBe(first.key);
  });
});

describe('fieldOf', () => {
  const names = ['forenames', 'identifiers.niNumber', 'vulnerabilities', 'identifiers'];
  const refusal = (field?: string) => ({ code: 'VALIDATION_FAILED', message: 'no', ...(field !== undefined ? { field } : {}) });
  it('finds the field a refusal names, the most precise first', () => {
    expect(fieldOf(refusal('input.forenames'), names)).toBe('forenames');
    expect(fieldOf(refusal('input.identifiers.niNumber'), names)).toBe('identifiers.niNumber');
    expect(fieldOf(refusal('input.vulnerabilities[2]'), names)).toBe('vulnerabilities');
  });
  it('names no field for a refusal of something the form does not show', () => {
    expect(fieldOf(refusal('input.caseId'), names)).toBeNull();
    expect(fieldOf(refusal('input.forenamesX'), names)).toBeNull();
    expect(fieldOf(refusal(), names)).toBeNull();
    expect(fieldOf(null, names)).toBeNull();
  });
});

describe('hitsHeadline', () => {
  const seen: Hit = {
    id: null,
    officerInCharge: 'a',
    force: { code: 'GMP', name: 'Greater Manchester Police' },
    case: { id: 'c', reference: 'GMP-2026-1', title: 't' },
  };
  const hidden: Hit = { id: 'h1', officerInCharge: 'b', force: { code: 'MPS', name: 'Metropolitan Police Service' }, case: null };
  it('says where else a value is known, without more than the forces of cases not seen', () => {
    expect(hitsHeadline('The phone', [])).toBe('The phone is not known in any other case.');
    expect(hitsHeadline('The phone', [seen])).toBe('The phone is also in another case, which you may see.');
    expect(hitsHeadline('The phone', [hidden])).toBe('The phone is known to MPS in a case you may not see.');
    expect(hitsHeadline('The phone', [seen, hidden, { ...hidden, id: 'h2' }])).toBe(
      'The phone is also in 3 other cases: 1 you may see, and known to MPS in 2 cases you may not see.',
    );
  });
});

describe('accessReasonProblem', () => {
  it('asks for 10 to 1,000 characters of plain text', () => {
    expect(accessReasonProblem(' too short ')).toContain('at least 10');
    expect(accessReasonProblem('Same deal line in our county lines case')).toBeNull();
    expect(accessReasonProblem('x'.repeat(1001))).toContain('1,000');
    expect(accessReasonProblem('Same deal line\u0007 here')).toBe('Use plain text.');
  });
});

describe('people', () => {
  const people = [
    { id: 'p2', forenames: 'Ann', surname: 'Smith', role: 'VICTIM' },
    { id: 'p1', forenames: 'Bob', surname: 'Jones', role: 'SUSPECT' },
    { id: 'p2', forenames: 'Ann', surname: 'Smith', role: 'WITNESS' },
  ];
  it('offers each person once, by surname, with their roles', () => {
    expect(personChoices(people)).toEqual([
      { value: 'p1', label: 'JONES, Bob (suspect)' },
      { value: 'p2', label: 'SMITH, Ann (victim, witness)' },
    ]);
  });
  it('names a person by id', () => {
    expect(nameOf(people, 'p1')).toBe('Bob Jones');
    expect(nameOf(people, undefined)).toBeNull();
  });
});
