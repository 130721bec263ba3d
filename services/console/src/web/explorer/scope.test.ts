import { describe, expect, it } from 'vitest';
import { linkKinds } from './network-fields.js';
import { clamp, explorerHref, parseSeed, scopeFor, seedOf, viaArg, viewScope } from './scope.js';

describe('parseSeed', () => {
  it.each([
    ['Person:p1', { kind: 'record', record: { kind: 'PERSON', id: 'p1' } }],
    ['EmailAddress:e1', { kind: 'record', record: { kind: 'EMAIL', id: 'e1' } }],
    ['ONLINE_ACCOUNT:a1', { kind: 'record', record: { kind: 'ONLINE_ACCOUNT', id: 'a1' } }],
    ['online-account:a1', { kind: 'record', record: { kind: 'ONLINE_ACCOUNT', id: 'a1' } }],
    ['location:l:9', { kind: 'record', record: { kind: 'LOCATION', id: 'l:9' } }],
    ['Case:c1', { kind: 'case', caseId: 'c1' }],
  ])('reads %s', (seed, start) => {
    expect(parseSeed(seed)).toEqual(start);
  });

  it.each([null, '', 'p1', ':p1', 'Person:', 'Officer:o1'])('refuses %o', (seed) => {
    expect(parseSeed(seed)).toBeNull();
  });

  it('names a start the way it reads it back', () => {
    for (const seed of ['Person:p1', 'BankAccount:b1', 'Case:c1', 'Operation:o1', 'everything']) expect(seedOf(parseSeed(seed)!)).toBe(seed);
    expect(explorerHref({ kind: 'record', record: { kind: 'ONLINE_ACCOUNT', id: 'a 1' } })).toBe('/explorer?seed=OnlineAccount%3Aa%201');
  });
});

describe('scopes', () => {
  const start = parseSeed('Person:p1')!;

  it('starts from the record, or from the people of a case', () => {
    expect(scopeFor(start, 2)).toEqual({ seeds: [{ kind: 'PERSON', id: 'p1' }], hops: 2 });
    expect(scopeFor(parseSeed('Case:c1')!, 1)).toEqual({ caseIds: ['c1'], hops: 1 });
    expect(scopeFor(parseSeed('Operation:o1')!, 0)).toEqual({ operationId: 'o1', hops: 0 });
    expect(scopeFor(parseSeed('everything')!, 1)).toEqual({ everything: true, hops: 1 });
  });

  it('asks for every link kind by leaving via out', () => {
    expect(viaArg(linkKinds)).toBeNull();
    expect(viaArg(['LIVES_AT', 'KNOWS'])).toEqual(['KNOWS', 'LIVES_AT']);
  });

  it('adds expanded records as seeds of a one-hop view', () => {
    const expanded = [
      { kind: 'PHONE' as const, id: 'ph1' },
      { kind: 'PERSON' as const, id: 'p1' },
      { kind: 'PHONE' as const, id: 'ph1' },
    ];
    expect(viewScope(start, 1, expanded)).toEqual({
      scope: {
        seeds: [
          { kind: 'PERSON', id: 'p1' },
          { kind: 'PHONE', id: 'ph1' },
        ],
        hops: 1,
      },
      complete: true,
    });
  });

  it('keeps the first scope, saying so, when expansions cannot be added to it', () => {
    expect(viewScope(start, 2, [{ kind: 'PHONE', id: 'ph1' }])).toEqual({ scope: scopeFor(start, 2), complete: false });
    expect(viewScope(parseSeed('Case:c1')!, 1, [{ kind: 'PHONE', id: 'ph1' }]).complete).toBe(false);
    const many = Array.from({ length: 120 }, (_, i) => ({ kind: 'PERSON' as const, id: `x${i}` }));
    const view = viewScope(start, 1, many);
    expect(view.complete).toBe(false);
    expect('seeds' in view.scope && view.scope.seeds.length).toBe(100);
    expect(viewScope(start, 3, [])).toEqual({ scope: scopeFor(start, 3), complete: true });
  });

  it('clamps numbers typed into the controls', () => {
    expect(clamp(7, 1, 3, 1)).toBe(3);
    expect(clamp(0, 1, 3, 1)).toBe(1);
    expect(clamp(Number.NaN, 1, 5000, 500)).toBe(500);
    expect(clamp(2.6, 1, 3, 1)).toBe(3);
  });
});
