import { describe, expect, it } from 'vitest';
import { refusedField } from '@crosslink/common/testing';
import { validateLink } from './link.validation.js';

const base = { fromId: 'a', toId: 'b', caseId: 'c' };

describe('validateLink', () => {
  it('accepts each kind, and a family link with its relation', () => {
    for (const kind of ['KNOWS', 'LIVES_WITH', 'KNOWS_SN', 'KNOWS_PHONE']) {
      expect(validateLink({ ...base, kind }, 'input')).toEqual({ ...base, kind, relation: null });
    }
    expect(validateLink({ ...base, kind: 'FAMILY_REL', familyRelation: 'PARENT' }, 'input').relation).toBe('PARENT');
  });

  it.each([
    [{ ...base, kind: 'KNOWS_LW' }, 'input.kind'],
    [{ ...base, toId: 'a', kind: 'KNOWS' }, 'input.toId'],
    [{ ...base, kind: 'FAMILY_REL' }, 'input.familyRelation'],
    [{ ...base, kind: 'FAMILY_REL', familyRelation: 'FRIEND' }, 'input.familyRelation'],
    [{ ...base, kind: 'KNOWS', familyRelation: 'SIBLING' }, 'input.familyRelation'],
  ])('refuses %j naming %s', (input, field) => {
    expect(refusedField(() => validateLink(input, 'input'))).toBe(field);
  });
});
