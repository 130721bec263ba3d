import { principalOf } from '../testing/principal.js';
import { describe, expect, it } from 'vitest';
import { writeRecord } from './write-record.js';
import { isForeignRecord, purposeFrom, RequestAudit } from './request-audit.js';

const principal = principalOf('analyst.nca', { userId: 'u1', displayName: 'Analyst', clearance: 'SECRET' });

describe('RequestAudit', () => {
  it('gathers one consultation per root field, records deduplicated and sorted', () => {
    const audit = new RequestAudit(principal, 'req-1', 'Network review', 'cases');
    audit.consult('Query.case', 'Case', 'b', { id: 'b', force: 'NCA' });
    audit.consult('Query.case', 'Case', 'a', { id: 'a', force: 'NCA' });
    audit.consult('Query.case', 'Case', 'b', { id: 'b', force: 'NCA' });
    audit.consult('Query.cases', 'Case', 'c', { id: 'c', force: 'NCA' });
    const entries = audit.drainConsultations();
    expect(entries.map((e) => [e.action, e.records])).toEqual([
      ['Query.case', ['Case:a', 'Case:b']],
      ['Query.cases', ['Case:c']],
    ]);
    expect(entries[0]).toMatchObject({
      operation: 'CONSULTATION',
      username: 'analyst.nca',
      force: 'NCA',
      purpose: 'Network review',
      requestId: 'req-1',
      service: 'cases',
    });
    expect(audit.drainConsultations()).toEqual([]);
  });

  it('needs a purpose only once another force’s record is consulted', () => {
    const audit = new RequestAudit(principal, 'req-2', null, 'cases');
    audit.consult('Query.case', 'Case', 'own', { id: 'own', force: 'NCA' });
    audit.consult('Query.case', 'Person', 'p1', { id: 'p1', foreign: false });
    expect(audit.purposeMissing).toBe(false);
    audit.consult('Query.case', 'Case', 'theirs', { id: 'theirs', force: 'GMP' });
    expect(audit.purposeMissing).toBe(true);
    expect(new RequestAudit(principal, 'req-3', 'Deconfliction', 'cases').purposeMissing).toBe(false);
  });

  it('needs a purpose for a person, object or item seen only through another force’s case', () => {
    const audit = new RequestAudit(principal, 'req-5', null, 'entities');
    audit.consult('Query.person', 'Person', 'p1', { id: 'p1', foreign: true });
    expect(audit.purposeMissing).toBe(true);
  });

  it('refuses a write touching another force’s data without a purpose, and lets it through with one', () => {
    const gmp = { ...principal, force: 'GMP' };
    const reachedThroughMps = { foreign: true };
    expect(() => new RequestAudit(gmp, 'req-6', null, 'entities').assertPurposeFor(reachedThroughMps)).toThrow(
      expect.objectContaining({ code: 'PURPOSE_REQUIRED' }),
    );
    expect(() => new RequestAudit(gmp, 'req-7', 'Joint review', 'entities').assertPurposeFor(reachedThroughMps)).not.toThrow();
    expect(() => new RequestAudit(gmp, 'req-8', null, 'cases').assertPurposeFor({ owners: ['GMP'] })).not.toThrow();
    expect(() => new RequestAudit(gmp, 'req-8', null, 'cases').assertPurposeFor({ owners: ['GMP', 'MPS'] })).toThrow(
      expect.objectContaining({ code: 'PURPOSE_REQUIRED' }),
    );
    expect(() => new RequestAudit(gmp, 'req-8', null, 'cases').assertPurposeFor({})).not.toThrow();
  });

  it('requires a purpose for an export whoever owns the data', () => {
    expect(() => new RequestAudit(principal, 'req-9', null, 'cases').requirePurpose('An export')).toThrow(
      expect.objectContaining({ code: 'PURPOSE_REQUIRED' }),
    );
    expect(new RequestAudit(principal, 'req-9', 'Disclosure to CPS', 'cases').requirePurpose('An export')).toBe('Disclosure to CPS');
  });

  it('records a mutation’s write with the operation its table entry gives, records deduplicated and sorted', () => {
    const audit = new RequestAudit(principal, 'req-4', null, 'entities');
    const entry = audit.writeEntry(writeRecord('linkPersonToCase', { records: ['Person:p1', 'Case:c1', 'Person:p1'] }));
    expect(entry).toMatchObject({ operation: 'COMBINATION', action: 'Mutation.linkPersonToCase', records: ['Case:c1', 'Person:p1'], recipients: [] });
    expect(audit.writeEntry(writeRecord('shareCase', { records: ['Case:c1'], recipients: ['BTP'] }))).toMatchObject({
      operation: 'DISCLOSURE',
      recipients: ['BTP'],
    });
  });

  it('names a write that is not a mutation’s own as it is told', () => {
    const audit = new RequestAudit(principal, 'req-5', null, 'cases');
    const entry = audit.writeEntry(writeRecord({ action: 'Officer.fromToken', operation: 'COLLECTION' }, { records: ['Officer:detective.gmp'] }));
    expect(entry).toMatchObject({ operation: 'COLLECTION', action: 'Officer.fromToken', records: ['Officer:detective.gmp'] });
  });
});

describe('isForeignRecord', () => {
  it.each([
    [{ id: 'c', force: 'MPS' }, true],
    [{ id: 'c', force: 'GMP' }, false],
    [{ force: 'MPS' }, false],
    [{ id: 'i', force: 'MPS', foreign: false }, false],
    [{ id: 'p', foreign: true }, true],
    [null, false],
    ['MPS', false],
  ])('%j from GMP is foreign: %s', (record, foreign) => {
    expect(isForeignRecord(record, 'GMP')).toBe(foreign);
  });
});

describe('purposeFrom', () => {
  it('keeps a stated purpose, trimmed', () => {
    expect(purposeFrom('  Safeguarding check on a child  ')).toBe('Safeguarding check on a child');
    expect(purposeFrom(['Deconfliction', 'ignored'])).toBe('Deconfliction');
  });

  it.each([[undefined], [''], ['ok'], ['x'.repeat(501)], ['line\nbreak']])('treats %j as none', (header) => {
    expect(purposeFrom(header)).toBeNull();
  });
});
