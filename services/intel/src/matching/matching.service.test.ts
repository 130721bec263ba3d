import type { Principal } from '@crosslink/common';
import { scopeFor } from '@crosslink/common/testing';
import { describe, expect, it } from 'vitest';
import type { NetworkNode } from '../network/network.model.js';
import type { NetworkRepository } from '../network/network.repository.js';
import { ScopeReader } from '../network/scope-reader.js';
import { officerOf } from '../network/viewer.testing.js';
import { nothingShared, type MatchDecision, type MatchPerson } from './matching.model.js';
import type { CandidateRow, Decided, MatchingRepository } from './matching.repository.js';
import { CANDIDATES_PER_PERSON, MatchingService } from './matching.service.js';

const analyst = officerOf('GMP');

const person = (id: string, forenames: string, surname: string, dateOfBirth: string | null, foreign = false): MatchPerson => ({
  id,
  forenames,
  surname,
  dateOfBirth,
  forces: [foreign ? 'MPS' : 'GMP'],
  foreign,
});

const john = person('p1', 'John', 'Walker', '1985-06-14');
const johnTypo = person('p2', 'John', 'Waljer', '1985-06-14', true);
const robert = person('p3', 'Robert', 'Fenwick', '1979-02-20');
const bob = person('p4', 'Bob', 'Fenwick', null, true);
const sandra = person('p5', 'Sandra', 'Walker', '1962-09-11');

/** The scope's people are p1 and p3; each sees the other side of its pairs, and p1 its household too. */
const rows: CandidateRow[] = [
  {
    person: john,
    candidates: [
      { person: johnTypo, shared: nothingShared },
      { person: sandra, shared: { ...nothingShared, ADDRESS: 1 } },
    ],
  },
  { person: robert, candidates: [{ person: bob, shared: { ...nothingShared, PHONE: 1 } }] },
  { person: johnTypo, candidates: [{ person: john, shared: nothingShared }] },
];

const decision: MatchDecision = {
  id: 'd1',
  outcome: 'SAME',
  reason: 'Same custody photo',
  decidedBy: 'analyst.mps',
  force: 'MPS',
  decidedAt: '2026-03-14T09:30:00Z',
};

function serviceWith(options: { rows?: CandidateRow[]; decided?: Decided | null; roles?: string[] } = {}) {
  const people: NetworkNode[] = ['p1', 'p3', 'p2'].map((id) => ({ id, kind: 'PERSON', label: id, foreign: false }));
  const network = {
    peopleOfCases: async () => people,
    linksAround: async () => ({ rows: [], capped: false }),
  } as unknown as NetworkRepository;
  const writes: unknown[] = [];
  const repository = {
    candidates: async () => options.rows ?? rows,
    decisions: async (pairs: readonly string[]) => new Map(pairs.includes('p1:p2') ? [['p1:p2', decision]] : []),
    decide: async (input: unknown) => {
      writes.push(input);
      return options.decided === undefined ? null : options.decided;
    },
  } as unknown as MatchingRepository;
  const principal = { ...analyst, roles: new Set(options.roles ?? ['analyst']) } as Principal;
  const scope = scopeFor(principal, { requestId: 'r1', chain: 'intel' });
  return { service: new MatchingService(repository, scope, new ScopeReader(network, scope)), audit: scope.audit, writes };
}

describe('MatchingService.suggestions', () => {
  it('scores each pair once, drops the implausible, leaves decided pairs out of the open queue and consults whom it shows', async () => {
    const { service, audit } = serviceWith();
    const answer = await service.suggestions({ caseIds: ['c1'], hops: 0 }, null, null);
    expect(answer.compared).toBe(3);
    expect(answer.truncated).toBe(false);
    expect(answer.suggestions.map((s) => [s.id, s.score, s.decision])).toEqual([['p3:p4', 0.755, null]]);
    expect(answer.suggestions[0]?.people.map((p) => p.id)).toEqual(['p3', 'p4']);
    const [consulted] = audit.drainConsultations();
    expect(consulted).toMatchObject({ action: 'Query.matchSuggestions', records: ['Person:p3', 'Person:p4'] });
    // Bob is MPS's: the answer needed a purpose.
    expect(audit.purposeMissing).toBe(true);
  });

  it('shows decided pairs with their decision when asked, best first then by key, and consults the decision', async () => {
    const { service, audit } = serviceWith();
    const answer = await service.suggestions({ caseIds: ['c1'], hops: 0 }, 10, true);
    expect(answer.suggestions.map((s) => [s.id, s.score])).toEqual([
      ['p1:p2', 0.9],
      ['p3:p4', 0.755],
    ]);
    expect(answer.suggestions[0]?.decision).toEqual(decision);
    expect(audit.drainConsultations()[0]?.records).toEqual(['MatchDecision:d1', 'Person:p1', 'Person:p2', 'Person:p3', 'Person:p4']);
    expect((await serviceWith().service.suggestions({ caseIds: ['c1'], hops: 0 }, 1, true)).suggestions.map((s) => s.id)).toEqual(['p1:p2']);
  });

  it('says the answer is truncated when a person had as many candidates as are read', async () => {
    const many = Array.from({ length: CANDIDATES_PER_PERSON }, (_, i) => ({ person: person(`q${i}`, 'Ann', 'Other', null), shared: nothingShared }));
    const { service } = serviceWith({ rows: [{ person: john, candidates: many }] });
    expect((await service.suggestions({ caseIds: ['c1'], hops: 0 }, null, null)).truncated).toBe(true);
  });

  it('checks the scope and the number asked for, and the role', async () => {
    await expect(serviceWith().service.suggestions({ caseIds: ['c1'], operationId: 'o1' }, null, null)).rejects.toMatchObject({ code: 'VALIDATION_FAILED' });
    await expect(serviceWith().service.suggestions({ caseIds: ['c1'] }, 101, null)).rejects.toMatchObject({
      code: 'VALIDATION_FAILED',
      details: { field: 'first' },
    });
    await expect(serviceWith().service.suggestions({ everything: true }, null, null)).rejects.toMatchObject({ code: 'FORBIDDEN' });
    await expect(serviceWith({ roles: ['auditor'] }).service.suggestions({ caseIds: ['c1'] }, null, null)).rejects.toMatchObject({ code: 'FORBIDDEN' });
  });
});

describe('MatchingService.decide', () => {
  it('records the decision under the reviewer’s name and force, and answers the pair scored again', async () => {
    const { service, writes } = serviceWith({ decided: { decision, people: [johnTypo, john], shared: nothingShared } });
    const answer = await service.decide({ personId: 'p2', otherId: 'p1', outcome: 'SAME', reason: ' Same custody photo ' });
    expect(writes).toEqual([
      expect.objectContaining({
        pair: 'p1:p2',
        personIds: ['p1', 'p2'],
        outcome: 'SAME',
        reason: 'Same custody photo',
        decidedBy: 'analyst.gmp',
        force: 'GMP',
      }),
    ]);
    expect(answer).toMatchObject({ id: 'p1:p2', score: 0.9, decision });
    expect(answer.people.map((p) => p.id)).toEqual(['p1', 'p2']);
    expect(answer.reasons.map((r) => r.kind)).toEqual(['SURNAME_TYPO', 'SAME_DATE_OF_BIRTH']);
  });

  it('answers a pair that no longer looks alike with score 0 and no reasons', async () => {
    const { service } = serviceWith({ decided: { decision: { ...decision, outcome: 'DIFFERENT' }, people: [john, sandra], shared: nothingShared } });
    expect(await service.decide({ personId: 'p1', otherId: 'p5', outcome: 'DIFFERENT', reason: 'Mother and son' })).toMatchObject({ score: 0, reasons: [] });
  });

  it('refuses a hidden or unknown person as not found, and a role that may not record', async () => {
    await expect(serviceWith().service.decide({ personId: 'p1', otherId: 'hidden', outcome: 'SAME', reason: 'x' })).rejects.toMatchObject({
      code: 'PERSON_NOT_FOUND',
    });
    const auditor = serviceWith({ roles: ['auditor'] });
    await expect(auditor.service.decide({ personId: 'p1', otherId: 'p2', outcome: 'SAME', reason: 'x' })).rejects.toMatchObject({ code: 'FORBIDDEN' });
    expect(auditor.writes).toEqual([]);
  });
});
