import { describe, expect, it } from 'vitest';
import type { Principal, Role } from './principal.js';
import { caseVisible, locationVisible, objectInOwnForceCase, objectVisible, ownForceCase, personVisible, viewerParams } from './visibility.js';

const HUB = 'NCA';

const principal = (force: string, ...held: Role[]): Principal => ({
  userId: 'u1',
  username: 'user',
  displayName: 'User',
  roles: new Set(held),
  force,
  clearance: 'OFFICIAL',
  caveats: new Set(['SENSITIVE', 'OP_ALPHA']),
});

describe('viewerParams', () => {
  it.each([
    ['hub analyst', principal(HUB, 'analyst'), true],
    ['hub supervisor', principal(HUB, 'supervisor'), true],
    ['hub detective', principal(HUB, 'detective'), false],
    ['hub auditor', principal(HUB, 'auditor'), false],
    ['hub admin', principal(HUB, 'admin'), false],
    ['other-force supervisor', principal('GMP', 'supervisor'), false],
    ['other-force analyst', principal('GMP', 'analyst'), false],
  ])('%s sees across forces: %s', (_name, who, crossForce) => {
    expect(viewerParams(who, HUB)).toEqual({
      viewer: { force: who.force, crossForce, clearanceRank: 0, caveats: ['OP_ALPHA', 'SENSITIVE'] },
    });
  });

  it('compares the hub force exactly', () => {
    expect(viewerParams(principal('NCA', 'analyst'), 'nca').viewer.crossForce).toBe(false);
  });
});

describe('visibility predicates', () => {
  it('caseVisible reads the viewer from $viewer and the case variable given', () => {
    const predicate = caseVisible('c');
    expect(predicate).toContain('c.force = $viewer.force');
    expect(predicate).toContain('$viewer.crossForce');
    expect(predicate).toContain('(c)-[:SHARED_WITH]->(:Force {code: $viewer.force})');
    expect(predicate).toContain('(c)-[:PART_OF]->(:Operation)-[:HAS_PARTICIPANT]->(:Force {code: $viewer.force})');
    expect(predicate).toContain('<= $viewer.clearanceRank');
    expect(predicate).toContain('WHERE caveat IN $viewer.caveats');
  });

  it('gives the clearance rank in tier order', () => {
    const at = (clearance: 'OFFICIAL' | 'SECRET' | 'TOP_SECRET') => viewerParams({ ...principal('GMP', 'detective'), clearance }, HUB).viewer.clearanceRank;
    expect([at('OFFICIAL'), at('SECRET'), at('TOP_SECRET')]).toEqual([0, 1, 2]);
  });

  it('personVisible and locationVisible go through a visible case', () => {
    expect(personVisible('p')).toContain('MATCH (p)-[:INVOLVED_IN]->(vc:Case)');
    expect(personVisible('p')).toContain(caseVisible('vc'));
    expect(locationVisible('l')).toContain('MATCH (l)-[:RECORDED_IN]->(vc:Case)');
    expect(locationVisible('l')).toContain(caseVisible('vc'));
  });

  it('objectVisible goes through a visible case recording the object, objectInOwnForceCase through one of the own force', () => {
    expect(objectVisible('o')).toBe(`EXISTS { MATCH (o)-[:SEEN_IN]->(vc:Case) WHERE ${caseVisible('vc')} }`);
    expect(objectInOwnForceCase('o')).toBe(`EXISTS { MATCH (o)-[:SEEN_IN]->(ownc:Case) WHERE ${ownForceCase('ownc')} }`);
  });

  it.each([
    ['caseVisible', caseVisible],
    ['personVisible', personVisible],
    ['locationVisible', locationVisible],
    ['objectVisible', objectVisible],
    ['objectInOwnForceCase', objectInOwnForceCase],
  ])('%s refuses what is not a Cypher variable', (_name, predicate) => {
    for (const name of ['', 'C', '1c', 'c.force', 'c) OR true OR (c', 'c d', 'c`', 'c;']) {
      expect(() => predicate(name), name).toThrow(/not a Cypher variable/);
    }
  });

  it('accepts camelCase variables', () => {
    expect(caseVisible('linkedCase')).toContain('linkedCase.force');
  });
});
