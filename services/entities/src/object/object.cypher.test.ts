import { caseVisible, caseWritable, type CypherQuery, type ViewerParams, type WriterParams } from '@crosslink/common';
import { HOSTILE, parameterProblems } from '@crosslink/common/testing';
import { describe, expect, it } from 'vitest';
import { linkPeople, linksOfPeople } from '../link/link.cypher.js';
import { changeDecision, createReferral, recordDecision, referralById, referralsOfPeople } from '../victim/nrm.cypher.js';
import { casesOfObjects, objectsByIds, objectsOfCases, objectsOfPeople, recordItem, recordSharedObject } from './object.cypher.js';
import { objectVisible } from './object.visibility.js';

const viewer: ViewerParams & WriterParams = { viewer: { force: 'GMP', crossForce: false, clearanceRank: 0, caveats: [] }, writer: { anyForce: false } };
const hostile = HOSTILE;
const entry = { id: hostile, field: hostile, from: hostile, to: hostile };
const page = { key: hostile, parentId: hostile, kind: hostile, limit: 3, afterAt: hostile, afterId: hostile };
const owner = { id: hostile, caseId: hostile, personId: hostile, recordedBy: hostile, idempotency: { id: hostile, fingerprint: hostile, mutation: hostile } };

const builders: Record<string, () => CypherQuery<unknown>> = {
  objectsByIds: () => objectsByIds('Phone', [hostile], viewer),
  recordPhone: () => recordSharedObject({ label: 'Phone', key: hostile, properties: { number: hostile }, imei: hostile, ...owner }, viewer),
  recordVehicle: () => recordSharedObject({ label: 'Vehicle', key: hostile, properties: { vrm: hostile, make: hostile }, ...owner }, viewer),
  recordItem: () => recordItem({ kind: 'CASH', description: hostile, ...owner }, viewer),
  objectsOfPeople: () => objectsOfPeople([hostile], viewer),
  objectsOfCases: () => objectsOfCases([page], viewer),
  casesOfObjects: () => casesOfObjects('Vehicle', [page], viewer),
  linkPeople: () => linkPeople({ fromId: hostile, toId: hostile, kind: 'FAMILY_REL', relation: 'PARENT', caseId: hostile, recordedBy: hostile }, viewer),
  linksOfPeople: () => linksOfPeople([{ key: hostile, personId: hostile, limit: 2, after: hostile }], viewer),
  referralsOfPeople: () => referralsOfPeople([hostile], viewer),
  referralById: () => referralById(hostile, viewer),
  recordDecision: () =>
    recordDecision(
      { id: hostile, stage: 'CONCLUSIVE_GROUNDS', decision: hostile, date: hostile },
      { entry, changedBy: hostile, changeReason: hostile },
      viewer,
    ),
  changeDecision: () =>
    changeDecision(
      { id: hostile, stage: 'REASONABLE_GROUNDS', expected: { decision: 'POSITIVE', date: hostile }, to: null },
      { entry, changedBy: hostile, changeReason: hostile },
      viewer,
    ),
  createReferral: () =>
    createReferral(
      {
        id: hostile,
        personId: hostile,
        caseId: hostile,
        createdBy: hostile,
        referralDate: hostile,
        firstResponder: hostile,
        consent: 'CONSENTED',
        route: 'NRM',
        reasonableGrounds: null,
        conclusiveGrounds: null,
        missing: false,
        guardianContact: hostile,
        idempotency: owner.idempotency,
      },
      viewer,
    ),
};

describe('object, link and NRM Cypher', () => {
  it.each(Object.entries(builders))('%s passes every value as a parameter', (_name, build) => {
    expect(parameterProblems(build())).toEqual([]);
  });

  it.each(Object.entries(builders))('%s only reaches records the $viewer may see', (_name, build) => {
    const query = build();
    expect(query.text).toMatch(/\.force = \$viewer\.force/);
    expect(query.params['viewer']).toEqual(viewer.viewer);
  });

  it.each(['recordPhone', 'recordVehicle', 'recordItem', 'linkPeople', 'createReferral', 'recordDecision', 'changeDecision'])(
    '%s writes only to a case of the viewer’s force, or for a $writer who acts for any force',
    (name) => {
      expect(builders[name]?.().text).toContain(caseWritable('c'));
      expect(builders[name]?.().params['writer']).toEqual({ anyForce: false });
    },
  );

  it('links only two people recorded in the case the link is asserted in', () => {
    const { text } = builders['linkPeople']?.() as CypherQuery<unknown>;
    expect(text).toContain('MATCH (p:Person {id: $fromId}) WHERE EXISTS { (p)-[:INVOLVED_IN]->(c) }');
    expect(text).toContain('MATCH (other:Person {id: $toId}) WHERE EXISTS { (other)-[:INVOLVED_IN]->(c) }');
  });

  it('keeps a create’s idempotency key in the statement that creates', () => {
    for (const name of ['recordPhone', 'recordItem', 'createReferral']) expect(builders[name]?.().text).toContain('CREATE (:EntityIdempotencyKey');
  });

  it('merges a shared object on its normalised key, and keeps what the case says on its own sighting', () => {
    const { text } = builders['recordVehicle']?.() as CypherQuery<unknown>;
    expect(text).toContain('MERGE (o:Vehicle {vrm: $key})');
    expect(text).toContain('ON CREATE SET s.at = datetime(), s.recordedBy = $recordedBy, s += $claim');
    expect(text).toContain('ON MATCH SET s.make = coalesce(s.make, $claim.make)');
    expect(text).not.toMatch(/o\.(make|model|colour)\b/);
    expect(text).toContain('MERGE (p)-[h:HAS_VEHICLE {caseId: c.id}]->(o)');
  });

  it('records a phone handset separately, keyed on its IMEI', () => {
    expect(builders['recordPhone']?.().text).toContain('MERGE (hs:Handset {imei: $imei})');
    expect(builders['recordVehicle']?.().text).not.toContain('Handset {imei');
  });

  it('never merges an item: each record is its own node', () => {
    expect(builders['recordItem']?.().text).toContain('CREATE (o:Item');
  });

  it('reaches an object only through a visible case it is recorded in', () => {
    expect(objectVisible('o')).toBe(`EXISTS { MATCH (o)-[:SEEN_IN]->(vc:Case) WHERE ${caseVisible('vc')} }`);
    expect(objectsByIds('Phone', ['x'], viewer).text).toContain(objectVisible('o'));
    expect(() => objectVisible('o) OR true OR (o')).toThrow(/not a Cypher variable/);
  });

  it('refuses a label that is not an object kind', () => {
    expect(() => objectsByIds('Person' as never, ['x'], viewer)).toThrow(/not an object label/);
  });

  it('sends page limits as integers', () => {
    const requests = objectsOfCases([page], viewer).params['requests'] as { limit: unknown }[];
    expect(requests[0]?.limit).toMatchObject({ low: 3, high: 0 });
  });
});
