import { describe, expect, it } from 'vitest';
import { formatDateTime } from '../ui/format.js';
import { breakLine, eventPlace, firstOf, SHOWN_BREAKS, verificationLine } from './audit-format.js';

const at = '2026-03-14T09:30:00.000Z';

describe('verificationLine', () => {
  it('says how much was walked when intact', () => {
    expect(verificationLine({ intact: true, checked: 1204, chains: 5, breaks: [], verifiedAt: at })).toBe(
      `Intact: 1,204 events in 5 chains verified at ${formatDateTime(at)}`,
    );
    expect(verificationLine({ intact: true, checked: 1, chains: 1, breaks: [], verifiedAt: at })).toBe(
      `Intact: 1 event in 1 chain verified at ${formatDateTime(at)}`,
    );
  });
  it('counts the breaks, and says when more may have been left out', () => {
    const one = { chain: 'cases', seq: 4, id: 'e4', reason: 'hash does not match' };
    expect(verificationLine({ intact: false, checked: 10, chains: 2, breaks: [one], verifiedAt: at })).toBe(
      `Broken: 1 break found in 10 events in 2 chains, verified at ${formatDateTime(at)}`,
    );
    const many = Array.from({ length: SHOWN_BREAKS }, (_, i) => ({ ...one, seq: i + 1 }));
    expect(verificationLine({ intact: false, checked: 500, chains: 5, breaks: many, verifiedAt: at })).toMatch(/^At least 100 breaks found/);
  });
});

describe('breakLine', () => {
  it('names the chain, the position and the event when it still exists', () => {
    expect(breakLine({ chain: 'intel', seq: 12, id: null, reason: 'event missing' })).toBe('intel chain, event 12: event missing');
    expect(breakLine({ chain: 'cases', seq: 3, id: 'a1', reason: 'hash does not match' })).toBe('cases chain, event 3: hash does not match (event a1)');
  });
});

describe('eventPlace', () => {
  it('names the chain once when its service wrote it', () => {
    expect(eventPlace({ service: 'cases', chain: 'cases', seq: 1042 })).toBe('cases #1,042');
    expect(eventPlace({ service: 'gateway', chain: 'cases', seq: 7 })).toBe('gateway → cases #7');
  });
});

describe('firstOf', () => {
  it('keeps a short list whole and folds a long one', () => {
    expect(firstOf([1, 2, 3, 4], 3)).toEqual({ shown: [1, 2, 3, 4], more: [] });
    expect(firstOf([1, 2, 3, 4, 5], 3)).toEqual({ shown: [1, 2, 3], more: [4, 5] });
  });
});
