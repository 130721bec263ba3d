/** Characters the Lucene query parser gives a meaning; a user's text is never read as query syntax. */
const special = /[+\-&|!(){}[\]^"~*?:\\/]/g;

export function escapeTerm(term: string): string {
  return term.replace(special, (c) => `\\${c}`);
}

/** Lower case without accents: the form the standard-folding analyzer indexes. */
export function fold(term: string): string {
  return term.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase();
}

/**
 * Turns the words a user typed (see searchTerms) into a full-text query: every word must match,
 * either as a whole word (analysed, so case and accents do not matter) or as the start of one
 * ("merc" finds Mercer). A word with punctuation inside (a reference such as GMP-2026-00001, a
 * postcode part) is matched as the phrase of its parts.
 */
export function fullTextQuery(terms: readonly string[]): string {
  return terms
    .map((term) => {
      if (/[^\p{L}\p{N}]/u.test(term)) return `"${term.replace(/["\\]/g, (c) => `\\${c}`)}"`;
      // Folded to lower case, which the analyzer would do anyway, so AND, OR and NOT stay words.
      const word = escapeTerm(fold(term));
      return word.length >= 2 ? `(${word} OR ${word}*)` : `(${word})`;
    })
    .join(' AND ');
}
