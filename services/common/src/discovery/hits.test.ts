import { describe, expect, it } from 'vitest';
import { hitsFrom, strongestMatch } from './hits.js';

describe('hits on entry', () => {
  it('names the cases the recorder may see, and for hidden ones only the force and officer, once each', () => {
    const hits = hitsFrom(
      [
        { caseId: 'gmp-1', force: 'GMP', officer: 'dc.one', visible: true },
        { caseId: 'met-1', force: 'MPS', officer: 'dc.met', visible: false },
        { caseId: 'met-2', force: 'MPS', officer: 'dc.met', visible: false },
        { caseId: 'met-3', force: 'MPS', officer: 'dc.other', visible: false },
      ],
      new Map([
        ['met-1', 'alert-1'],
        ['met-2', 'alert-2'],
        ['met-3', 'alert-3'],
      ]),
    );
    expect(hits).toEqual([
      { alertId: null, caseId: 'gmp-1', force: 'GMP', officerInCharge: 'dc.one' },
      { alertId: 'alert-1', caseId: null, force: 'MPS', officerInCharge: 'dc.met' },
      { alertId: 'alert-3', caseId: null, force: 'MPS', officerInCharge: 'dc.other' },
    ]);
    expect(JSON.stringify(hits)).not.toContain('met-');
  });

  it('finds nothing when no other case holds the value', () => {
    expect(hitsFrom([])).toEqual([]);
  });
});

describe('strongestMatch', () => {
  it('prefers an identifier to name and date of birth, and a PNC ID to the others', () => {
    const person = { kind: 'PERSON', value: 'Florin Dumitru, born 1986' };
    const ni = { kind: 'NI_NUMBER', value: 'JK123456C' };
    const pnc = { kind: 'PNC_ID', value: '86/123456X' };
    expect(strongestMatch([person, ni])).toEqual(ni);
    expect(strongestMatch([ni, person, pnc])).toEqual(pnc);
    expect(strongestMatch([person])).toEqual(person);
  });
});
