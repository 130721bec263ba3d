import { describe, expect, it } from 'vitest';
import { caseFilterOf, choiceKey, scopeChoices, scopeOf } from './match-scope.js';

const detective = { username: 'detective.gmp', force: 'GMP', wholeView: false };
const hubAnalyst = { username: 'analyst.nca', force: 'NCA', wholeView: true };

describe('the review queue’s scope', () => {
  it('opens on a case named in the address, then on everything for the hub, else on the cases in the viewer’s charge', () => {
    expect(scopeChoices(detective, 'c1').map(choiceKey)).toEqual(['case:c1', 'mine', 'force']);
    expect(scopeChoices(detective, null).map(choiceKey)).toEqual(['mine', 'force']);
    expect(scopeChoices(hubAnalyst, null).map(choiceKey)).toEqual(['everything', 'mine', 'force']);
    expect(scopeChoices(detective, '').map(choiceKey)).toEqual(['mine', 'force']);
  });

  it('reads the cases in the viewer’s charge, or their force’s, before asking', () => {
    expect(caseFilterOf({ kind: 'mine' }, detective)).toEqual({ officer: 'detective.gmp' });
    expect(caseFilterOf({ kind: 'force' }, detective)).toEqual({ force: 'GMP' });
    expect(caseFilterOf({ kind: 'everything' }, hubAnalyst)).toBeNull();
    expect(scopeOf({ kind: 'mine' }, null)).toBeNull();
    expect(scopeOf({ kind: 'mine' }, ['a', 'b'])).toEqual({ caseIds: ['a', 'b'], hops: 0 });
  });

  it('asks for the people of a case, or everything, as a scope of no hops', () => {
    expect(scopeOf({ kind: 'case', caseId: 'c1' }, null)).toEqual({ caseIds: ['c1'], hops: 0 });
    expect(scopeOf({ kind: 'everything' }, null)).toEqual({ everything: true, hops: 0 });
  });
});
