import type { BaseContext, GraphQLRequestContextWillSendResponse } from '@apollo/server';
import { describe, expect, it } from 'vitest';
import { keepWhatWasWritten } from './committed-answer.js';

function answered(data: Record<string, unknown>, errors?: { message: string }[]) {
  const singleResult: Record<string, unknown> = { data, ...(errors ? { errors } : {}), extensions: { x: 1 } };
  const request = { response: { body: { kind: 'single', singleResult } } } as unknown as GraphQLRequestContextWillSendResponse<BaseContext>;
  keepWhatWasWritten(request);
  return singleResult;
}

describe('keepWhatWasWritten', () => {
  it('keeps the ids at the top of each answer and drops the rest', () => {
    const result = answered({
      createCase: { reference: 'GMP-2026-00001', case: { id: 'c1', title: 'Secret', people: [{ id: 'p9', person: { id: 'x' } }] } },
      recordPerson: { person: { id: 'p1', surname: 'Doe' }, role: 'SUSPECT' },
    });
    expect(result['data']).toEqual({ createCase: { case: { id: 'c1' } }, recordPerson: { person: { id: 'p1' } } });
    expect(JSON.stringify(result)).not.toContain('Secret');
    expect(result['extensions']).toBeUndefined();
  });

  it('keeps a failed field null and its error, and says the change was made, not retryable', () => {
    const result = answered({ shareCase: null, updateCase: { id: 'c1', summary: 'x' } }, [{ message: 'earlier' }]);
    expect(result['data']).toEqual({ shareCase: null, updateCase: { id: 'c1' } });
    expect(result['errors']).toEqual([{ message: 'earlier' }, expect.objectContaining({ extensions: { code: 'AUDIT_UNAVAILABLE', changeMade: true } })]);
  });
});
