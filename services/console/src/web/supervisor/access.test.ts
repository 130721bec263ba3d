import { describe, expect, it } from 'vitest';
import { asRequestStatus, noRequestsText, requestStatuses, requestStatusTone } from './access.js';

describe('asRequestStatus', () => {
  it('reads every known status', () => {
    for (const status of requestStatuses) expect(asRequestStatus(status)).toBe(status);
  });
  it('is null for “any status” or one not known', () => {
    expect(asRequestStatus('')).toBeNull();
    expect(asRequestStatus('WITHDRAWN')).toBeNull();
  });
});

describe('requestStatusTone', () => {
  it('tells pending, granted and refused apart', () => {
    expect([requestStatusTone('PENDING'), requestStatusTone('GRANTED'), requestStatusTone('REFUSED'), requestStatusTone('OTHER')]).toEqual([
      'info',
      'good',
      'warn',
      'plain',
    ]);
  });
});

describe('noRequestsText', () => {
  it('says what would fill the list for each choice', () => {
    expect(noRequestsText('PENDING')).toMatch(/awaits a decision/);
    expect(noRequestsText('GRANTED')).toMatch(/Choose another status/);
    expect(noRequestsText(null)).toMatch(/asked/);
  });
});
