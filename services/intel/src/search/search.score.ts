import { fold } from './search.query.js';

/**
 * How well one record's own text matches a search, from 0 to 1: for each word searched, 1 when
 * the record holds it as a whole word (a reference or other punctuated term: as a run of words),
 * less for a word it only starts (more the more of the word it covers); the mean over the words.
 *
 * The full-text index only finds the candidates. Its own scores weigh a word by how rare it is
 * across every record indexed — hidden ones too — so a name held in a case the searcher may not
 * see would lower the score of one they may. This score reads nothing but the record's own text,
 * so what else is stored, seen or hidden, cannot change it, nor the order it gives.
 */
export function matchScore(terms: readonly string[], text: string): number {
  if (terms.length === 0) return 0;
  const words = wordsOf(text);
  const total = terms.reduce((sum, term) => sum + termScore(wordsOf(term), words), 0);
  return Math.round((total / terms.length) * 1000) / 1000;
}

function wordsOf(text: string): string[] {
  return fold(text)
    .split(/[^\p{L}\p{N}]+/u)
    .filter((word) => word !== '');
}

function termScore(parts: readonly string[], words: readonly string[]): number {
  if (parts.length === 0) return 0;
  if (parts.length > 1) return holdsRun(parts, words) ? 1 : 0;
  const [term] = parts as [string];
  let best = 0;
  for (const word of words) {
    if (word === term) return 1;
    if (word.startsWith(term)) best = Math.max(best, 0.5 + (0.5 * term.length) / word.length);
  }
  return best;
}

function holdsRun(parts: readonly string[], words: readonly string[]): boolean {
  for (let start = 0; start + parts.length <= words.length; start++) {
    if (parts.every((part, i) => words[start + i] === part)) return true;
  }
  return false;
}
