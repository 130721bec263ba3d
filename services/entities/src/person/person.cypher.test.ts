import { caseVisible, type ViewerParams } from '@crosslink/common';
import { HOSTILE, parameterProblems } from '@crosslink/common/testing';
import { describe, expect, it } from 'vitest';
import { createPersonInCase, involvementsOfCases, involvementsOfPeople, linkPersonToCase, peopleByIds, updatePerson, addAlias } from './person.cypher.js';

const viewer: ViewerParams = { viewer: { force: 'GMP', crossForce: false, clearanceRank: 0, caveats: [] } };
const hostile = HOSTILE;

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
      },
      viewer,
    ),
  linkPersonToCase: () => linkPersonToCase({ personId: hostile, caseId: hostile, role: 'WITNESS', recordedBy: hostile }, viewer),
  updatePerson: () => updatePerson(hostile, { nationality: hostile }, viewer),
  addAlias: () => addAlias({ personId: hostile, forenames: hostile, surname: hostile, recordedBy: hostile }, viewer),
};

describe('person Cypher', () => {
  it.each(Object.entries(builders))('%s passes every value as a parameter', (_name, build) => {
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

  it('createPersonInCase passes the role and names it was given', () => {
    const query = builders.createPersonInCase();
    expect(query.params).toMatchObject({ role: 'SUSPECT', caseId: hostile, properties: { surname: `O'Brien ${hostile}`, pncId: hostile } });
  });
});
