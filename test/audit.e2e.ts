import { postGraphQL, query, testEnv, tokenFor, uniqueSuffix } from '@crosslink/common/testing';
import { describe, expect, it } from 'vitest';
import { addAddress, addPerson, openCase } from './support/fixtures.js';
import { CASE_DOSSIER } from './support/operations.js';

const EVENTS = /* GraphQL */ `
  query Events($filter: AuditEventFilter, $first: Int, $after: String) {
    auditEvents(filter: $filter, first: $first, after: $after) {
      edges {
        cursor
        node {
          id
          at
          chain
          seq
          username
          force
          operation
          action
          records
          purpose
          requestId
          service
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`;

async function eventsFor(filter: Record<string, unknown>) {
  const data = await query(testEnv().gatewayUrl, await tokenFor('auditor.nca'), EVENTS, { filter, first: 100 });
  return data.auditEvents.edges.map((e: any) => e.node);
}

describe('the audit trail', () => {
  it('records the collection of a case and its people, in the same transaction as the write', async () => {
    const opened = await openCase('detective.gmp', `Audited ${uniqueSuffix()}`);
    const person = await addPerson('detective.gmp', opened.id);
    const caseEvents = await eventsFor({ record: opened.id, operation: 'COLLECTION' });
    expect(caseEvents.map((e: any) => e.action)).toEqual(expect.arrayContaining(['Mutation.createCase', 'Mutation.recordPerson']));
    expect(caseEvents.every((e: any) => e.username === 'detective.gmp' && e.force === 'GMP')).toBe(true);
    const personEvents = await eventsFor({ record: person, operation: 'COLLECTION' });
    expect(personEvents.map((e: any) => e.service)).toEqual(['entities']);
  });

  it('records every consultation, with the request id and the records that reached the response', async () => {
    const opened = await openCase('detective.wmp');
    const person = await addPerson('detective.wmp', opened.id);
    const address = await addAddress('detective.wmp', opened.id, person, '7 Audit Row', 'B4 6QB');
    const requestId = `audit-${uniqueSuffix()}`;
    const response = await postGraphQL(
      testEnv().gatewayUrl,
      CASE_DOSSIER,
      { reference: opened.reference },
      {
        token: await tokenFor('detective.wmp'),
        headers: { 'x-request-id': requestId },
      },
    );
    expect(response.errors).toBeUndefined();
    const consulted = (await eventsFor({ username: 'detective.wmp', operation: 'CONSULTATION' })).filter((e: any) => e.requestId === requestId);
    // cases read the case; entities its people (through the federation reference) and, with them, their addresses.
    expect(new Set(consulted.map((e: any) => e.service))).toEqual(new Set(['cases', 'entities']));
    const records = consulted.flatMap((e: any) => e.records);
    expect(records).toContain(`Case:${opened.id}`);
    expect(records).toContain(`Person:${person}`);
    expect(records).toContain(`Location:${address}`);
    // The subgraphs handed their consultations to the gateway, which wrote them all in one commit.
    expect(consulted.every((e: any) => e.chain === 'gateway')).toBe(true);
    const seqs = consulted.map((e: any) => e.seq).sort((a: number, b: number) => a - b);
    expect(seqs).toEqual(seqs.map((_: number, i: number) => seqs[0] + i));
    expect(JSON.stringify(response)).not.toContain('crosslinkAudit');
    expect(response.headers.get('cache-control'), 'no cache may keep an answer').toBe('no-store');
  });

  it('has a subgraph called directly audit the call itself, whatever attestation the caller makes up', async () => {
    const opened = await openCase('detective.wmp');
    const requestId = `direct-${uniqueSuffix()}`;
    const token = await tokenFor('detective.wmp');
    const forged = `v1.${Date.now() + 10_000}.${'A'.repeat(43)}`;
    const response = await postGraphQL(
      testEnv().subgraphUrls.cases,
      'query ($r: String!) { case(reference: $r) { id title } }',
      { r: opened.reference },
      {
        token,
        headers: { 'x-request-id': requestId, 'x-crosslink-audit-attestation': forged },
      },
    );
    expect(response.errors).toBeUndefined();
    expect(JSON.stringify(response)).not.toContain('crosslinkAudit');
    expect(response.headers.get('cache-control')).toBe('no-store');
    const consulted = (await eventsFor({ record: opened.id, operation: 'CONSULTATION' })).filter((e: any) => e.requestId === requestId);
    expect(consulted).toEqual([expect.objectContaining({ chain: 'cases', service: 'cases', action: 'Query.case' })]);
  });

  it('refuses a hub read of another force’s case without a purpose, and records the purpose given', async () => {
    const opened = await openCase('detective.met');
    const hub = await tokenFor('analyst.nca');
    const without = await postGraphQL(testEnv().gatewayUrl, CASE_DOSSIER, { reference: opened.reference }, { token: hub });
    expect(without.errors?.[0]?.extensions?.['code']).toBe('PURPOSE_REQUIRED');
    expect(without.data?.case ?? null).toBeNull();

    const purpose = `Op Larkspur network review ${uniqueSuffix()}`;
    const withPurpose = await postGraphQL(
      testEnv().gatewayUrl,
      CASE_DOSSIER,
      { reference: opened.reference },
      {
        token: hub,
        headers: { 'x-crosslink-purpose': purpose },
      },
    );
    expect(withPurpose.errors).toBeUndefined();
    expect(withPurpose.data.case.id).toBe(opened.id);
    // The case was consulted in cases, and again in entities when its people were resolved.
    const events = await eventsFor({ purpose, record: opened.id });
    expect(events.map((e: any) => e.service).sort()).toEqual(['cases', 'entities']);
    expect(events.every((e: any) => e.operation === 'CONSULTATION' && e.username === 'analyst.nca')).toBe(true);
  });

  it('is readable by auditors only', async () => {
    for (const user of ['detective.gmp', 'supervisor.nca', 'analyst.nca', 'admin.nca']) {
      const response = await postGraphQL(testEnv().gatewayUrl, EVENTS, { first: 1 }, { token: await tokenFor(user) });
      expect(response.errors?.[0]?.extensions?.['code'], user).toBe('FORBIDDEN');
    }
  });

  it('verifies the whole trail for an auditor, and for nobody else', async () => {
    const VERIFY = '{ auditVerification { intact checked chains breaks { chain seq reason } verifiedAt } }';
    const before = Date.now();
    const { auditVerification: report } = await query(testEnv().gatewayUrl, await tokenFor('auditor.nca'), VERIFY);
    // Other test files write to the trail meanwhile, but never break it (the serial tamper test runs after).
    expect(report.intact).toBe(true);
    expect(report.breaks).toEqual([]);
    expect(report.checked).toBeGreaterThan(0);
    expect(report.chains).toBeGreaterThan(0);
    expect(Date.parse(report.verifiedAt)).toBeGreaterThanOrEqual(before - 1000);
    for (const user of ['detective.gmp', 'supervisor.nca']) {
      const response = await postGraphQL(testEnv().gatewayUrl, VERIFY, {}, { token: await tokenFor(user) });
      expect(response.errors?.[0]?.extensions?.['code'], user).toBe('FORBIDDEN');
    }
  });

  it('pages newest first without overlaps', async () => {
    const token = await tokenFor('auditor.nca');
    const first = await query(testEnv().gatewayUrl, token, EVENTS, { first: 5 });
    const second = await query(testEnv().gatewayUrl, token, EVENTS, { first: 5, after: first.auditEvents.pageInfo.endCursor });
    const keys = [...first.auditEvents.edges, ...second.auditEvents.edges].map((e: any) => `${e.node.at} ${e.node.id}`);
    expect(keys).toHaveLength(10);
    expect(keys).toEqual([...keys].sort().reverse());
    expect(new Set(keys).size).toBe(keys.length);
  });
});
