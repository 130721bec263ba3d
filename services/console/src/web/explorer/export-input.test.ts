import { describe, expect, it } from 'vitest';
import { emptyDraft, exportInput, exportProblems, fileBlob, recipientsOf } from './export-input.js';

const purposeProblem = (text: string) => (text.trim().length < 3 ? 'Say why' : null);
const scope = { seeds: [{ kind: 'PERSON' as const, id: 'p1' }], hops: 1 };

describe('export form', () => {
  it('reads one recipient a line, blank lines aside', () => {
    expect(recipientsOf(' CPS North West \n\nNCA Modern Slavery Unit\n')).toEqual(['CPS North West', 'NCA Modern Slavery Unit']);
  });

  it('asks for a purpose and 1 to 10 recipients of 2 to 200 characters', () => {
    expect(exportProblems(emptyDraft(null), purposeProblem)).toEqual({ purpose: 'Say why', recipients: expect.any(String) });
    const draft = { ...emptyDraft('Charging file for Operation Larkspur'), recipients: 'CPS North West' };
    expect(exportProblems(draft, purposeProblem)).toEqual({});
    expect(exportProblems({ ...draft, recipients: 'X' }, purposeProblem).recipients).toBeDefined();
    expect(
      exportProblems({ ...draft, recipients: Array.from({ length: 11 }, (_, i) => `Recipient ${i}`).join('\n') }, purposeProblem).recipients,
    ).toBeDefined();
  });

  it('grades an ANX chart, and asks for the conditions of handling code C', () => {
    const draft = { ...emptyDraft('Charging file'), recipients: 'CPS North West', format: 'ANX' as const, handlingCode: 'C' };
    expect(exportProblems(draft, purposeProblem).conditions).toBeDefined();
    expect(exportInput({ ...draft, conditions: ' Not to be shared further ' }, scope, null, 500)).toEqual({
      scope,
      format: 'ANX',
      recipients: ['CPS North West'],
      via: null,
      limit: 500,
      grading: { sourceEvaluation: 2, assessment: 'B', handlingCode: 'C', handlingConditions: 'Not to be shared further' },
    });
  });

  it('sends no grade with GraphML or CSV', () => {
    const input = exportInput({ ...emptyDraft('Charging file'), recipients: 'CPS North West', format: 'CSV' }, scope, ['KNOWS'], 200);
    expect(input).toEqual({ scope, format: 'CSV', recipients: ['CPS North West'], via: ['KNOWS'], limit: 200 });
  });

  it('makes a file a Blob of its text', async () => {
    const blob = fileBlob({ name: 'nodes.csv', mediaType: 'text/csv', content: 'id,label\np1,Ann\n' });
    expect(blob.type).toBe('text/csv');
    expect(await blob.text()).toBe('id,label\np1,Ann\n');
  });
});
