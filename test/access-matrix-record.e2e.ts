import { postGraphQL, testEnv, uniqueSuffix } from '@crosslink/common/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditedRecords, expectedVisible, inBatches, matrixSubjects, matrixViewers, purpose, type Subject, type Viewer } from './support/access-matrix.js';
import { closeDriver, count } from './support/neo4j.js';
import { RECORD_PERSON } from './support/operations.js';

// The viewers of the access matrix (those holding the SENSITIVE caveat) recording a person in each
// subject case: allowed exactly where they see the case and their role records.

const env = testEnv();
let viewers: Viewer[] = [];
let subjects: Subject[] = [];

beforeAll(async () => {
  [viewers, subjects] = await Promise.all([matrixViewers((v) => v.caveat), matrixSubjects('0091')]);
}, 240_000);
afterAll(closeDriver);

describe('the access matrix, recording a person', () => {
  it('lets a viewer record a person only in a case they see and their force owns, and only in a role that records', async () => {
    const failures: string[] = [];
    await inBatches(viewers, 6, async (viewer) => {
      for (const subject of subjects) {
        const surname = `Matrixwrite${uniqueSuffix()}`;
        const requestId = `matrix-write-${uniqueSuffix()}`;
        const response = await postGraphQL(
          env.gatewayUrl,
          RECORD_PERSON,
          {
            input: { caseId: subject.id, role: 'WITNESS', forenames: 'Matrix', surname },
          },
          { token: viewer.token, headers: { ...purpose, 'x-request-id': requestId } },
        );
        // Seeing a case through a share, an operation or the hub is not the right to record in it.
        const allowed = expectedVisible(viewer, subject) && viewer.reach === 'own';
        const wrote = response.data?.recordPerson?.person?.surname === surname;
        const stored = (await count('MATCH (p:Person {surname: $surname})', { surname })) > 0;
        if (wrote !== allowed || stored !== allowed) failures.push(`${viewer.name} → ${subject.key}: write ${wrote ? 'allowed' : 'refused'}, stored ${stored}`);
        const collected = await auditedRecords(requestId, 'COLLECTION');
        const person = response.data?.recordPerson?.person?.id;
        if (allowed !== (person !== undefined && collected.includes(`Person:${person}`))) {
          failures.push(`${viewer.name} → ${subject.key}: write audit ${JSON.stringify(collected)}`);
        }
        if (!allowed) {
          const code = response.errors?.[0]?.extensions?.['code'];
          if (code !== 'CASE_NOT_FOUND' && code !== 'FORBIDDEN') failures.push(`${viewer.name} → ${subject.key}: refused with ${String(code)}`);
          if (JSON.stringify(response).includes(subject.title)) failures.push(`${viewer.name} → ${subject.key}: title leaked`);
        }
      }
    });
    expect(failures).toEqual([]);
  }, 240_000);
});
