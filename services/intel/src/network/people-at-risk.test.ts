import { describe, expect, it } from 'vitest';
import type { NetworkEdge, NetworkNode } from './network.model.js';
import { peopleAtRisk, type RiskProfile } from './people-at-risk.js';

const today = new Date('2026-11-29T00:00:00Z');
const node = (id: string): NetworkNode => ({ id, kind: 'PERSON', label: id, foreign: false });
const edge = (kind: NetworkEdge['kind'], from: string, to: string): NetworkEdge => ({ kind, from, to, caseId: 'c', caseReference: null, force: 'GMP' });
const profile = (id: string, over: Partial<RiskProfile> = {}): RiskProfile => ({
  id,
  offender: false,
  victim: false,
  dateOfBirth: null,
  vulnerabilities: [],
  nrmReferred: false,
  ...over,
});

describe('people at risk', () => {
  const nodes = ['dad', 'uncle', 'mate', 'kid', 'friend', 'victim', 'phone'].map(node);
  const edges = [
    edge('FAMILY_REL', 'kid', 'dad'),
    edge('LIVES_WITH', 'kid', 'uncle'),
    edge('KNOWS', 'friend', 'dad'),
    edge('CO_OFFENDING', 'dad', 'mate'),
    edge('KNOWS_SN', 'friend', 'mate'),
    edge('KNOWS_SN', 'victim', 'mate'),
  ];
  const profiles = [
    profile('dad', { offender: true }),
    profile('uncle', { offender: true }),
    profile('mate', { offender: true }),
    profile('kid', { dateOfBirth: '2012-04-01' }),
    profile('friend'),
    profile('victim', { victim: true, vulnerabilities: ['DEBT_BONDAGE'], nrmReferred: true }),
  ];

  it('ranks people in no case as suspects by how many of their family, household and friends are', () => {
    const { exposed } = peopleAtRisk(nodes, edges, profiles, today, 10);
    expect(exposed.map((p) => [p.node.id, p.offenderContacts.map((c) => c.node.id)])).toEqual([
      ['kid', ['dad', 'uncle']],
      ['friend', ['dad']],
    ]);
    expect(exposed[0]?.flags).toEqual(['CHILD']);
  });

  it('never lists a suspect as exposed, and counts only close links', () => {
    const { exposed } = peopleAtRisk(nodes, edges, profiles, today, 10);
    expect(exposed.map((p) => p.node.id)).not.toContain('mate');
    expect(exposed.find((p) => p.node.id === 'victim')).toBeUndefined();
  });

  it('lists flagged victims with every link they have to suspects', () => {
    const { flaggedVictims } = peopleAtRisk(nodes, edges, profiles, today, 10);
    expect(flaggedVictims).toHaveLength(1);
    expect(flaggedVictims[0]).toMatchObject({ node: { id: 'victim' }, flags: ['VULNERABLE', 'NRM_VICTIM'] });
    expect(flaggedVictims[0]?.offenderContacts.map((c) => [c.node.id, c.links.map((l) => l.kind)])).toEqual([['mate', ['KNOWS_SN']]]);
  });

  it('gives at most the number asked for', () => {
    expect(peopleAtRisk(nodes, edges, profiles, today, 1).exposed.map((p) => p.node.id)).toEqual(['kid']);
  });
});
