import { validationError } from '@crosslink/common';

/** Characters the Lucene query parser gives a meaning; a user's text is never read as query syntax. */
const special = /[+\-&|!(){}[\]^"~*?:\\/]/g;

const TEXT_MAX = 200;
const TERMS_MAX = 8;

export function escapeTerm(term: string): string {
  return term.replace(special, (c) => `\\${c}`);
}

/** Lower case without accents: the form the standard-folding analyzer indexes. */
export function fold(term: string): string {
  return term.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase();
}

/** The words of a search as typed (at most eight), after checking its length. */
export function searchTerms(text: string): string[] {
  const trimmed = text.trim();
  if (trimmed.length < 2) throw validationError('text', 'Search for at least two characters');
  if (trimmed.length > TEXT_MAX) throw validationError('text', `Search for at most ${TEXT_MAX} characters`);
  return trimmed.split(/\s+/).slice(0, TERMS_MAX);
}

/**
 * Turns what a user typed into a full-text query: every word must match, either as a whole word
 * (analysed, so case and accents do not matter) or as the start of one ("merc" finds Mercer). A
 * word with punctuation inside (a reference such as GMP-2026-00001, a postcode part) is matched as
 * the phrase of its parts.
 */
export function fullTextQuery(text: string): string {
  return searchTerms(text)
    .map((term) => {
      if (/[^\p{L}\p{N}]/u.test(term)) return `"${term.replace(/["\\]/g, (c) => `\\${c}`)}"`;
      // Folded to lower case, which the analyzer would do anyway, so AND, OR and NOT stay words.
      const word = escapeTerm(fold(term));
      return word.length >= 2 ? `(${word} OR ${word}*)` : `(${word})`;
    })
    .join(' AND ');
}
