import { describe, expect, it } from 'vitest';
import { validateEvent } from './event.validation.js';

const now = new Date('2026-03-20T00:00:00Z');
const base = { caseId: ' c1 ', kind: 'SIGHTING' as const, description: ' Seen at the station ', occurredAt: '2026-03' };

describe('validateEvent', () => {
  it('trims, reads the partial time and drops a blank place', () => {
    expect(validateEvent({ ...base, locationId: ' ' }, now)).toEqual({
      caseId: 'c1',
      kind: 'SIGHTING',
      description: 'Seen at the station',
      time: { start: '2026-03-01T00:00:00.000Z', precision: 'MONTH' },
      locationId: null,
    });
  });

  it('refuses a blank description on input.description', () => {
    expect(() => validateEvent({ ...base, description: '  ' }, now)).toThrow(expect.objectContaining({ details: { field: 'input.description' } }));
  });

  it('refuses an event in the future on input.occurredAt', () => {
    expect(() => validateEvent({ ...base, occurredAt: '2026-04' }, now)).toThrow(
      expect.objectContaining({ code: 'VALIDATION_FAILED', details: { field: 'input.occurredAt' } }),
    );
  });
});
