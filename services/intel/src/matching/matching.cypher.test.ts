import { caseVisible, personVisible } from '@crosslink/common';
import { HOSTILE, parameterProblems } from '@crosslink/common/testing';
import { describe, expect, it } from 'vitest';
import { analystViewer as viewer } from '../network/viewer.testing.js';
import { decideMatch, decisionsOn, matchCandidates } from './matching.cypher.js';

const builders = {
  matchCandidates: () => matchCandidates([HOSTILE], 50, viewer),
  decisionsOn: () => decisionsOn([HOSTILE], viewer),
  decideMatch: () =>
    decideMatch({ id: HOSTILE, pair: HOSTILE, personIds: [HOSTILE, HOSTILE], outcome: HOSTILE, reason: HOSTILE, decidedBy: HOSTILE, force: HOSTILE }, viewer),
};

describe('matching Cypher', () => {
  it.each(Object.entries(builders))('%s passes every value as a parameter', (_name, build) => {
    expect(parameterProblems(build())).toEqual([]);
  });

  it.each(Object.entries(builders))('%s reaches only people the $viewer may see', (_name, build) => {
    const { text, params } = build();
    expect(text).toMatch(/MATCH \((p|a|dp)\)-\[:INVOLVED_IN\]->\(vc:Case\) WHERE/);
    expect(text).toContain('vc.force = $viewer.force OR $viewer.crossForce');
    expect(params['viewer']).toEqual(viewer.viewer);
  });

  it('compares each person of the scope only with people the viewer may see, never themself', () => {
    const { text, params } = matchCandidates(['p1'], 50, viewer);
    expect(text).toContain(`MATCH (p:Person {id: personId}) WHERE ${personVisible('p')}`);
    expect(text.match(new RegExp(`AND ${escape(personVisible('q'))}`, 'g'))).toHaveLength(4);
    expect(text.match(/q <> p/g)).toHaveLength(4);
    expect(params).toMatchObject({ personIds: ['p1'] });
    expect(String(params['perPerson'])).toBe('50');
  });

  it('finds candidates by shared identifiers, date of birth or its swap, and name key with a date missing', () => {
    const { text } = matchCandidates(['p1'], 50, viewer);
    expect(text).toContain('[held:HAS_PHONE|HAS_EMAIL|HAS_VEHICLE|HAS_ADDRESS]->(thing)<-[other:HAS_PHONE|HAS_EMAIL|HAS_VEHICLE|HAS_ADDRESS]-(q:Person)');
    expect(text).toContain("[p.dateOfBirth, substring(p.dateOfBirth, 0, 5) + substring(p.dateOfBirth, 8, 2) + '-' + substring(p.dateOfBirth, 5, 2)]");
    expect(text).toContain('MATCH (q:Person {nameKey: p.nameKey})');
    expect(text).toContain("WHERE q.nameKey STARTS WITH split(p.nameKey, '|')[0] + '|'");
    expect(text.match(/\(p\.dateOfBirth IS NULL OR q\.dateOfBirth IS NULL\)/g)).toHaveLength(2);
    // Each way is bounded, and so is the whole.
    expect(text.match(/LIMIT \$perPerson/g)).toHaveLength(5);
  });

  it('counts an identifier only where visible cases record both holdings, and forces only of visible cases', () => {
    const decision = { id: 'd', pair: 'a:b', personIds: ['a', 'b'] as const, outcome: 'SAME', reason: 'r', decidedBy: 'u', force: 'GMP' };
    const heldVisibly = `EXISTS { MATCH (hc:Case {id: held.caseId}) WHERE ${caseVisible('hc')} } AND EXISTS { MATCH (hc:Case {id: other.caseId}) WHERE ${caseVisible('hc')} }`;
    const forcesOf = (v: string) => `MATCH (${v})-[:INVOLVED_IN]->(fc:Case) WHERE ${caseVisible('fc')} RETURN DISTINCT fc.force AS force`;
    const candidates = matchCandidates(['p1'], 50, viewer).text;
    expect(candidates).toContain(heldVisibly);
    expect(candidates).toContain(forcesOf('p'));
    expect(candidates).toContain(forcesOf('q'));
    const decided = decideMatch(decision, viewer).text;
    expect(decided).toContain(heldVisibly);
    expect(decided).toContain(forcesOf('a'));
    expect(decided).toContain(forcesOf('b'));
  });

  it('writes a decision only when both people are visible, one per pair', () => {
    const { text, params } = decideMatch({ id: 'd', pair: 'a:b', personIds: ['a', 'b'], outcome: 'SAME', reason: 'r', decidedBy: 'u', force: 'GMP' }, viewer);
    expect(text).toContain(`MATCH (a:Person {id: $personIds[0]}) WHERE ${personVisible('a')}`);
    expect(text).toContain(`MATCH (b:Person {id: $personIds[1]}) WHERE ${personVisible('b')}`);
    expect(text).toContain('MERGE (d:MatchDecision {pair: $pair})');
    expect(text.indexOf('MERGE (d:MatchDecision')).toBeGreaterThan(text.indexOf('MATCH (b:Person'));
    expect(params).toMatchObject({ pair: 'a:b', personIds: ['a', 'b'], outcome: 'SAME' });
  });

  it('reads a decision only beside both its people', () => {
    const { text } = decisionsOn(['a:b'], viewer);
    expect(text).toContain(`COUNT { MATCH (d)-[:ABOUT]->(dp:Person) WHERE ${personVisible('dp')} } = 2`);
  });
});

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
