import { describe, expect, it } from 'vitest';
import type { Alert } from './alert.model.js';
import { summarise } from './alert.summary.js';

const base: Alert = {
  alertId: 'a1',
  kind: 'SUBJECT_CHECKED',
  at: '2026-11-30T09:00:00Z',
  by: 'detective.met',
  byName: 'James Whitfield',
  byForce: 'MPS',
  caseId: 'c1',
  otherCaseId: null,
  knownToForce: null,
  knownToOfficer: null,
  subjectKind: 'PHONE',
  subjectValue: '+447700900123',
  requestId: null,
  decision: null,
  actionId: null,
  operationId: null,
  fromForce: null,
  toForce: null,
  detail: null,
  acknowledgedAt: null,
};

describe('summarise', () => {
  it('names who checked or recorded a subject a case of yours holds', () => {
    expect(summarise(base)).toBe('James Whitfield (MPS) checked phone +447700900123, which your case holds');
    expect(summarise({ ...base, kind: 'HIT_ON_ENTRY' })).toBe('James Whitfield (MPS) recorded phone +447700900123, which your case holds');
  });

  it('says of a hidden case only which force knows the value and whom to contact', () => {
    const hidden = { ...base, kind: 'HIT_ON_ENTRY' as const, knownToForce: 'GMP', knownToOfficer: 'detective.gmp', subjectKind: 'BANK_ACCOUNT' };
    expect(summarise(hidden)).toBe('The bank account +447700900123 your case holds is known to GMP: contact detective.gmp');
    expect(summarise({ ...hidden, otherCaseId: 'c2' })).toBe('The bank account +447700900123 your case holds is in a case of GMP: contact detective.gmp');
  });

  it('writes an address by its first line and postcode', () => {
    const address = { ...base, kind: 'HIT_ON_ENTRY' as const, subjectKind: 'ADDRESS', subjectValue: 'FLAT 2 14 LIME ST|M1 1AE' };
    expect(summarise(address)).toBe('James Whitfield (MPS) recorded address FLAT 2 14 LIME ST, M1 1AE, which your case holds');
  });

  it('tells a requester the decision and a supervisor who asks', () => {
    expect(summarise({ ...base, kind: 'ACCESS_DECIDED', by: 'supervisor.met', decision: 'GRANTED' })).toBe(
      'Your request for access was granted by supervisor.met',
    );
    expect(summarise({ ...base, kind: 'ACCESS_DECIDED', by: null, decision: 'REFUSED' })).toBe('Your request for access was refused');
    expect(summarise({ ...base, kind: 'ACCESS_REQUESTED' })).toBe("James Whitfield (MPS) asks for access to your force's case");
  });

  it('describes allocations and lead transfers', () => {
    expect(summarise({ ...base, kind: 'ACTION_ALLOCATED', byName: null, byForce: null, by: 'supervisor.gmp' })).toBe(
      'supervisor.gmp allocated an action to you',
    );
    expect(summarise({ ...base, kind: 'LEAD_TRANSFERRED', fromForce: 'GMP', toForce: 'MPS' })).toBe('The lead of an operation passed from GMP to MPS');
  });
});
