import { postGraphQL, query, testEnv, tokenFor, uniqueSuffix } from '@crosslink/common/testing';
import { beforeAll, describe, expect, it } from 'vitest';
import { addPerson, openCase } from './support/fixtures.js';
import { count } from './support/neo4j.js';

const RECORD = /* GraphQL */ `
  mutation ($input: RecordIntelligenceInput!) {
    recordIntelligence(input: $input) {
      id
      subjectKind
      subjectId
      classification
      recordedBy
      grading {
        sourceEvaluation
        assessment
        handlingCode
        handlingConditions
        code
        legacy
      }
    }
  }
`;
const ABOUT = /* GraphQL */ `
  query ($kind: IntelligenceSubjectKind!, $id: ID!, $first: Int, $after: String) {
    intelligenceAbout(subjectKind: $kind, subjectId: $id, first: $first, after: $after) {
      edges {
        cursor
        node {
          id
          text
          grading {
            code
            handlingConditions
          }
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`;

let person: string;
beforeAll(async () => {
  const opened = await openCase('detective.gmp');
  person = await addPerson('detective.gmp', opened.id);
});

async function record(input: Record<string, unknown>, user = 'detective.gmp') {
  return postGraphQL(testEnv().gatewayUrl, RECORD, { input: { subjectKind: 'PERSON', subjectId: person, ...input } }, { token: await tokenFor(user) });
}

describe('intelligence items', () => {
  it('records a 3x5x2 item with conditions for handling C, shown to every reader', async () => {
    const text = `Seen collecting cash at the Moss Side address ${uniqueSuffix()}`;
    const response = await record({
      text,
      grading: { sourceEvaluation: 2, assessment: 'B', handlingCode: 'C', handlingConditions: 'Not for disclosure to the subject’s employer' },
    });
    expect(response.errors).toBeUndefined();
    expect(response.data.recordIntelligence.grading).toEqual({
      sourceEvaluation: 2,
      assessment: 'B',
      handlingCode: 'C',
      handlingConditions: 'Not for disclosure to the subject’s employer',
      code: '2B C',
      legacy: null,
    });
    const about = await query(testEnv().gatewayUrl, await tokenFor('detective.gmp'), ABOUT, { kind: 'PERSON', id: person, first: 50 });
    const found = about.intelligenceAbout.edges.find((e: any) => e.node.text === text);
    expect(found.node.grading.handlingConditions).toBe('Not for disclosure to the subject’s employer');
  });

  it('refuses handling C without conditions, and writes nothing', async () => {
    const text = `No conditions ${uniqueSuffix()}`;
    const response = await record({ text, grading: { sourceEvaluation: 1, assessment: 'A', handlingCode: 'C' } });
    expect(response.errors?.[0]?.extensions).toMatchObject({ code: 'VALIDATION_FAILED', field: 'input.grading.handlingConditions' });
    expect(await count('MATCH (i:IntelligenceItem {text: $text})', { text })).toBe(0);
  });

  it('accepts a legacy 5x5x5 grade and maps it', async () => {
    const response = await record({ text: `Legacy ${uniqueSuffix()}`, legacyGrading: { source: 'B', intelligence: 2, handling: 4 } });
    expect(response.errors).toBeUndefined();
    expect(response.data.recordIntelligence.grading).toMatchObject({ code: '1A C', legacy: 'B2 4' });
  });

  it('refuses an item classified above its author’s clearance', async () => {
    const response = await record({
      text: `Too high ${uniqueSuffix()}`,
      grading: { sourceEvaluation: 1, assessment: 'A', handlingCode: 'P' },
      classification: 'SECRET',
    });
    expect(response.errors?.[0]?.extensions).toMatchObject({ code: 'FORBIDDEN', field: 'input.classification' });
  });

  it('refuses an item about a subject the author may not see, without saying more', async () => {
    const metCase = await openCase('detective.met');
    const hidden = await addPerson('detective.met', metCase.id, { surname: `Hidden${uniqueSuffix()}` });
    const response = await postGraphQL(
      testEnv().gatewayUrl,
      RECORD,
      {
        input: { subjectKind: 'PERSON', subjectId: hidden, text: 'x', grading: { sourceEvaluation: 1, assessment: 'A', handlingCode: 'P' } },
      },
      { token: await tokenFor('detective.gmp') },
    );
    expect(response.errors?.[0]?.extensions).toMatchObject({ code: 'NOT_FOUND', field: 'input.subjectId' });
    expect(JSON.stringify(response)).not.toContain('Hidden');
  });

  it('pages items about a subject newest first', async () => {
    for (let i = 0; i < 3; i++) await record({ text: `Paged ${i}`, grading: { sourceEvaluation: 3, assessment: 'D', handlingCode: 'P' } });
    const token = await tokenFor('detective.gmp');
    const first = await query(testEnv().gatewayUrl, token, ABOUT, { kind: 'PERSON', id: person, first: 2 });
    const rest = await query(testEnv().gatewayUrl, token, ABOUT, { kind: 'PERSON', id: person, first: 50, after: first.intelligenceAbout.pageInfo.endCursor });
    const ids = [...first.intelligenceAbout.edges, ...rest.intelligenceAbout.edges].map((e: any) => e.node.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids.length).toBeGreaterThanOrEqual(5);
  });
});

describe('intelligence about a person two forces hold', () => {
  const purpose = { 'x-crosslink-purpose': 'Intelligence visibility test' };
  const as = async (user: string, text: string, variables: Record<string, unknown> = {}) =>
    query(testEnv().gatewayUrl, await tokenFor(user), text, variables, purpose);
  const texts = async (user: string, personId: string) =>
    (await as(user, ABOUT, { kind: 'PERSON', id: personId, first: 50 })).intelligenceAbout.edges.map((e: any) => e.node.text);

  it('follows the recording force’s cases: seeing the person through one’s own case is not enough', async () => {
    const gmpCase = await openCase('detective.gmp');
    const personId = await addPerson('detective.gmp', gmpCase.id);
    const text = `GMP source: uses a second phone ${uniqueSuffix()}`;
    await as('detective.gmp', RECORD, {
      input: { subjectKind: 'PERSON', subjectId: personId, text, grading: { sourceEvaluation: 2, assessment: 'B', handlingCode: 'P' } },
    });

    // GMP shares its case with the Met, which puts the same person into a case of its own.
    const SHARE = `mutation ($i: ShareCaseInput!) { shareCase(input: $i) { id } }`;
    await as('supervisor.gmp', SHARE, { i: { caseId: gmpCase.id, force: 'MPS', reason: 'Joint enquiry' } });
    const metCase = await openCase('detective.met');
    await as('detective.met', `mutation ($i: LinkPersonInput!) { linkPersonToCase(input: $i) { role } }`, {
      i: { personId, caseId: metCase.id, role: 'SUSPECT' },
    });
    expect(await texts('detective.met', personId)).toContain(text);

    // The share ends: the Met still sees the person through its own case, but not GMP's intelligence.
    await as('supervisor.gmp', `mutation ($i: RevokeCaseShareInput!) { revokeCaseShare(input: $i) { id } }`, {
      i: { caseId: gmpCase.id, force: 'MPS', reason: 'Joint enquiry closed' },
    });
    expect(await texts('detective.met', personId)).not.toContain(text);
    expect(await texts('detective.gmp', personId)).toContain(text);
  });
});
