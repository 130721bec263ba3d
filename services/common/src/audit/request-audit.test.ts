import { describe, expect, it } from 'vitest';
import type { Principal } from '../auth/principal.js';
import { operationOf, purposeFrom, recordsIn, RequestAudit } from './request-audit.js';

const principal: Principal = {
  userId: 'u1',
  username: 'analyst.nca',
  displayName: 'Analyst',
  roles: new Set(['analyst']),
  force: 'NCA',
  clearance: 'SECRET',
  caveats: new Set(),
};

describe('RequestAudit', () => {
  it('gathers one consultation per root field, records deduplicated and sorted', () => {
    const audit = new RequestAudit(principal, 'req-1', 'Network review', 'cases');
    audit.consult('Query.case', 'Case', 'b', 'NCA');
    audit.consult('Query.case', 'Case', 'a', 'NCA');
    audit.consult('Query.case', 'Case', 'b', 'NCA');
    audit.consult('Query.cases', 'Case', 'c', 'NCA');
    const entries = audit.drainConsultations();
    expect(entries.map((e) => [e.action, e.records])).toEqual([
      ['Query.case', ['Case:a', 'Case:b']],
      ['Query.cases', ['Case:c']],
    ]);
    expect(entries[0]).toMatchObject({ operation: 'CONSULTATION', username: 'analyst.nca', force: 'NCA', purpose: 'Network review', requestId: 'req-1', service: 'cases' });
    expect(audit.drainConsultations()).toEqual([]);
  });

  it('needs a purpose only once another force’s record is consulted', () => {
    const audit = new RequestAudit(principal, 'req-2', null, 'cases');
    audit.consult('Query.case', 'Case', 'own', 'NCA');
    audit.consult('Query.case', 'Person', 'p1');
    expect(audit.purposeMissing).toBe(false);
    audit.consult('Query.case', 'Case', 'theirs', 'GMP');
    expect(audit.purposeMissing).toBe(true);
    expect(new RequestAudit(principal, 'req-3', 'Deconfliction', 'cases').purposeMissing).toBe(false);
  });

  it('attributes a write to the mutation running, with its DPA operation', () => {
    const audit = new RequestAudit(principal, 'req-4', null, 'entities');
    audit.beginMutation('linkPersonToCase');
    expect(audit.writeEntry(['Person:p1'])).toMatchObject({ operation: 'COMBINATION', action: 'Mutation.linkPersonToCase', records: ['Person:p1'] });
  });

  it('names a write that is not the mutation’s own as it is told', () => {
    const audit = new RequestAudit(principal, 'req-5', null, 'cases');
    const entry = audit.writeEntry(['Officer:detective.gmp'], [], { action: 'Officer.fromToken', operation: 'COLLECTION' });
    expect(entry).toMatchObject({ operation: 'COLLECTION', action: 'Officer.fromToken', records: ['Officer:detective.gmp'] });
  });
});

describe('operationOf', () => {
  it.each([
    ['createCase', 'COLLECTION'],
    ['recordPerson', 'COLLECTION'],
    ['linkPersonToCase', 'COMBINATION'],
    ['shareCase', 'DISCLOSURE'],
    ['revokeCaseShare', 'ALTERATION'],
    ['changeCaseStatus', 'ALTERATION'],
    ['transferLead', 'ALTERATION'],
    ['deleteAlias', 'ERASURE'],
  ] as const)('%s is %s', (mutation, operation) => {
    expect(operationOf(mutation)).toBe(operation);
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

describe('recordsIn', () => {
  it('names the records a write returned, labelled by where they sit', () => {
    expect(recordsIn({ reference: 'GMP-2026-00001', case: { id: 'c1' } })).toEqual(['Case:c1']);
    expect(recordsIn({ role: 'SUSPECT', person: { id: 'p1' } })).toEqual(['Person:p1']);
    expect(recordsIn({ caseId: 'c1', role: 'SUSPECT', person: { id: 'p1' } })).toEqual(['Case:c1', 'Person:p1']);
    expect(recordsIn({ id: 'l1', line1: 'x' })).toEqual(['Record:l1']);
    expect(recordsIn(null)).toEqual([]);
  });
});
