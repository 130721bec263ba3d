import { describe, expect, it } from 'vitest';
import { answerHeadline, forcesKnowing, inWords, isKnown, NOT_KNOWN, type SubjectCheckAnswer } from './subject-answer.js';

const gmp = { code: 'GMP', name: 'Greater Manchester Police' };
const mps = { code: 'MPS', name: 'Metropolitan Police Service' };
const wmp = { code: 'WMP', name: 'West Midlands Police' };
const seen = (id: string, force = mps) => ({
  id,
  reference: `${force.code}-2026-0000${id}`,
  title: 'Op',
  status: 'OPEN',
  classification: 'OFFICIAL',
  officerInCharge: 'dc.jones',
  force,
});

const nothing: SubjectCheckAnswer = { kind: 'PHONE', value: '+447700900123', cases: [], knownElsewhere: [] };

describe('answerHeadline', () => {
  it('says when nobody may be asked', () => {
    expect(isKnown(nothing)).toBe(false);
    expect(answerHeadline('Phone +447700900123', nothing)).toBe(NOT_KNOWN);
    expect(NOT_KNOWN).toBe('Not known to any force you may ask about.');
  });
  it('counts the cases seen and names the forces of those not seen', () => {
    const answer = {
      ...nothing,
      cases: [seen('1'), seen('2')],
      knownElsewhere: [
        { hitId: 'h1', officerInCharge: 'ds.patel', force: wmp },
        { hitId: 'h2', officerInCharge: 'dc.wu', force: gmp },
        { hitId: 'h3', officerInCharge: 'dc.lee', force: gmp },
      ],
    };
    expect(answerHeadline('Phone +447700900123', answer)).toBe(
      'Phone +447700900123 is in 2 cases you may see, and known to GMP and WMP in cases you may not see.',
    );
  });
  it('speaks of one case, or only of hidden ones', () => {
    expect(answerHeadline('Vehicle AB12CDE', { ...nothing, cases: [seen('1')] })).toBe('Vehicle AB12CDE is in a case you may see.');
    expect(answerHeadline('Vehicle AB12CDE', { ...nothing, knownElsewhere: [{ hitId: 'h', officerInCharge: 'x', force: gmp }] })).toBe(
      'Vehicle AB12CDE is known to GMP in cases you may not see.',
    );
  });
});

describe('forcesKnowing', () => {
  it('lists each force once, by code, with the cases seen and whom to ask', () => {
    const answer = {
      ...nothing,
      cases: [seen('1'), seen('2', gmp)],
      knownElsewhere: [
        { hitId: 'h1', officerInCharge: 'dc.wu', force: gmp },
        { hitId: 'h2', officerInCharge: 'dc.wu', force: gmp },
        { hitId: 'h3', officerInCharge: 'dc.lee', force: gmp },
      ],
    };
    expect(forcesKnowing(answer)).toEqual([
      { force: gmp, seen: 1, contacts: ['dc.wu', 'dc.lee'] },
      { force: mps, seen: 1, contacts: [] },
    ]);
  });
});

describe('inWords', () => {
  it('joins with commas and "and"', () => {
    expect(inWords([])).toBe('');
    expect(inWords(['A'])).toBe('A');
    expect(inWords(['A', 'B'])).toBe('A and B');
    expect(inWords(['A', 'B', 'C'])).toBe('A, B and C');
  });
});
