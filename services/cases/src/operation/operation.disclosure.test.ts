import { describe, expect, it } from 'vitest';
import { disclosedTo } from './operation.disclosure.js';

describe('the forces an operation discloses a case to', () => {
  it('are every force taking part but the case’s own', () => {
    expect(disclosedTo({ leadForce: 'MERPOL', participants: ['MERPOL', 'GMP', 'CHESHIRE'] }, new Map([['c1', 'GMP']]))).toEqual(['CHESHIRE', 'MERPOL']);
  });

  it('are none when the operation is the case’s force alone', () => {
    expect(disclosedTo({ leadForce: 'GMP', participants: ['GMP'] }, new Map([['c1', 'GMP']]))).toEqual([]);
  });

  it('cover every case joined: each force that sees a case of another', () => {
    const cases = new Map([
      ['c1', 'GMP'],
      ['c2', 'MPS'],
    ]);
    expect(disclosedTo({ leadForce: 'NCA', participants: ['GMP', 'MPS', 'NCA'] }, cases)).toEqual(['GMP', 'MPS', 'NCA']);
  });
});
