/**
 * Whose people the review queue compares against everyone the viewer may see: the people of one
 * case (opened from its page), of the cases in the viewer's charge, of their force's cases, or, for
 * the hub's analysts and supervisors, everyone they may see.
 */

export type MatchScopeChoice = { kind: 'case'; caseId: string } | { kind: 'mine' } | { kind: 'force' } | { kind: 'everything' };

/** How many cases a "mine" or "force" scope takes, newest first. */
export const SCOPE_CASES = 100;

export interface ScopeViewer {
  username: string;
  force: string;
  /** An analyst or supervisor of the hub: may take everything they see as a scope. */
  wholeView: boolean;
}

/** The choices a viewer is offered, in order; the first is where the queue opens (a case named in the address first). */
export function scopeChoices(viewer: ScopeViewer, caseId: string | null): MatchScopeChoice[] {
  const choices: MatchScopeChoice[] = [];
  if (caseId !== null && caseId !== '') choices.push({ kind: 'case', caseId });
  if (viewer.wholeView) choices.push({ kind: 'everything' });
  choices.push({ kind: 'mine' }, { kind: 'force' });
  return choices;
}

export function choiceKey(choice: MatchScopeChoice): string {
  return choice.kind === 'case' ? `case:${choice.caseId}` : choice.kind;
}

export function choiceWords(choice: MatchScopeChoice, force: string): string {
  switch (choice.kind) {
    case 'case':
      return 'People of this case';
    case 'mine':
      return 'People of cases in my charge';
    case 'force':
      return `People of ${force}’s cases`;
    case 'everything':
      return 'Everyone I may see';
  }
}

/** The case list a choice reads its case ids from, or null when it needs none. */
export function caseFilterOf(choice: MatchScopeChoice, viewer: ScopeViewer): Record<string, string> | null {
  if (choice.kind === 'mine') return { officer: viewer.username };
  if (choice.kind === 'force') return { force: viewer.force };
  return null;
}

/** The NetworkScope a choice sends, once any case ids are read; null while they are not. */
export function scopeOf(choice: MatchScopeChoice, caseIds: readonly string[] | null): object | null {
  switch (choice.kind) {
    case 'case':
      return { caseIds: [choice.caseId], hops: 0 };
    case 'everything':
      return { everything: true, hops: 0 };
    default:
      return caseIds === null ? null : { caseIds: [...caseIds], hops: 0 };
  }
}
