import { validationError } from '@crosslink/common';

const TEXT_MAX = 200;
const TERMS_MAX = 8;

/** The words of a search as typed (at most eight), after checking its length. */
export function searchTerms(text: string): string[] {
  const trimmed = text.trim();
  if (trimmed.length < 2) throw validationError('text', 'Search for at least two characters');
  if (trimmed.length > TEXT_MAX) throw validationError('text', `Search for at most ${TEXT_MAX} characters`);
  return trimmed.split(/\s+/).slice(0, TERMS_MAX);
}
