import { caseVisible, caseWritable, personWritable, type ViewerParams, type WriterParams } from '@crosslink/common';
import { HOSTILE, parameterProblems } from '@crosslink/common/testing';
import { describe, expect, it } from 'vitest';
import {
  addAlias,
  applyPersonChanges,
  createPersonInCase,
  involvementsOfCases,
  involvementsOfPeople,
  linkPersonToCase,
  lockPerson,
  peopleByIds,
} from './person.cypher.js';

const viewer: ViewerParams & WriterParams = { viewer: { force: 'GMP', crossForce: false, clearanceRank: 0, caveats: [] }, writer: { anyForce: false } };
const hostile = HOSTILE;
const history = { entries: [{ id: hostile, field: 'nationality', from: hostile, to: hostile }], changedBy: hostile, changeReason: hostile };
const idempotency = { id: hostile, fingerprint: hostile, mutation: hostile };

const builders = {
  peopleByIds: () => peopleByIds([hostile], viewer),
  involvementsOfCases: () => involvementsOfCases([hostile], viewer),
  involvementsOfPeople: () => involvementsOfPeople([hostile], viewer),
  createPersonInCase: () =>
    createPersonInCase(
      {
        id: hostile,
        caseId: hostile,
        role: 'SUSPECT',
        createdBy: hostile,
        forenames: hostile,
        surname: `O'Brien ${hostile}`,
        dateOfBirth: hostile,
        dateOfBirthPrecision: 'DAY',
        gender: null,
        nationality: hostile,
        identifiers: { pncId: hostile, croNumber: null, niNumber: null, passportNumber: null, drivingLicence: null },
        vulnerabilities: [],
        aliases: [{ forenames: hostile, surname: hostile }],
        idempotency,
      },
      viewer,
    ),
  linkPersonToCase: () => linkPersonToCase({ personId: hostile, caseId: hostile, role: 'WITNESS', recordedBy: hostile }, viewer),
  lockPerson: () => lockPerson(hostile, viewer),
  addAlias: () => addAlias({ personId: hostile, forenames: hostile, surname: hostile, recordedBy: hostile, idempotency, ...history }, viewer),
};

/** Statements of a change whose person was found (and checked) by lockPerson in the same transaction. */
const afterLock = {
  applyPersonChanges: () => applyPersonChanges(hostile, { nationality: hostile }, history, viewer),
};

describe('person Cypher', () => {
  it.each(Object.entries({ ...builders, ...afterLock }))('%s passes every value as a parameter', (_name, build) => {
    expect(parameterProblems(build())).toEqual([]);
  });

  it.each(Object.entries(builders))('%s only reaches records the $viewer may see', (_name, build) => {
    const query = build();
    expect(query.text).toContain('.force = $viewer.force OR $viewer.crossForce');
    expect(query.params['viewer']).toEqual(viewer.viewer);
  });

  it('peopleByIds checks the person, not just some case', () => {
    expect(peopleByIds(['p'], viewer).text).toContain(`MATCH (p)-[:INVOLVED_IN]->(vc:Case) WHERE ${caseVisible('vc')}`);
  });

  it('linkPersonToCase checks both the case and the person', () => {
    const { text } = linkPersonToCase({ personId: 'p', caseId: 'c', role: 'VICTIM', recordedBy: 'u' }, viewer);
    expect(text).toContain(`MATCH (c:Case {id: $caseId}) WHERE ${caseVisible('c')}`);
    expect(text).toContain('MATCH (p)-[:INVOLVED_IN]->(vc:Case)');
  });

  it('writes into a case only when the $writer may, and changes a person only when the $writer may', () => {
    expect(builders.createPersonInCase().text).toContain(caseWritable('c'));
    expect(builders.linkPersonToCase().text).toContain(caseWritable('c'));
    expect(builders.addAlias().text).toContain(personWritable('p'));
    expect(builders.lockPerson().text).toContain(`${personWritable('p')} AS writable`);
  });

  it('sets only the person fields a plan may, and keeps the history of the change', () => {
    expect(() => applyPersonChanges('p', { forenames: 'X' } as never, history, viewer)).toThrow(/not a settable person field/);
    const { text, params } = afterLock.applyPersonChanges();
    expect(text).toContain('CREATE (p)-[:HAS_CHANGE]->(:PersonChange');
    expect(params['entries']).toEqual(history.entries);
  });

  it('createPersonInCase passes the role and names it was given', () => {
    const query = builders.createPersonInCase();
    expect(query.params).toMatchObject({ role: 'SUSPECT', caseId: hostile, properties: { surname: `O'Brien ${hostile}`, pncId: hostile } });
  });
});
