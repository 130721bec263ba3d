import { teamPattern, validationError } from '@crosslink/common';

/** A team name as the realm's `team` attribute allows it; blank or null means no team. */
export function teamName(value: string | null | undefined, field: string): string | null {
  const team = value?.trim().replace(/\s+/g, ' ') || null;
  if (team !== null && !teamPattern.test(team)) {
    throw validationError(field, "A team is 2-60 letters, digits, spaces and & ' ( ) . / -, e.g. County Lines Taskforce");
  }
  return team;
}
