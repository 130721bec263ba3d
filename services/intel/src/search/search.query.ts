import { CrosslinkError, normalisePhone, normaliseVrm } from '@crosslink/common';

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

/** The values a search may name whole: a phone number (E.164) and a vehicle registration mark. */
export interface ExactValues {
  readonly number: string | null;
  readonly vrm: string | null;
}

/**
 * What the text names whole, normalised the way objects are recorded, so it is looked up by its
 * key's index rather than searched: a phone number when the text is one (digits and a phone's
 * punctuation, valid once normalised), a registration mark when it has a plate's shape. Anything
 * else — a name, an address — is neither, and is only searched.
 */
export function exactValues(text: string): ExactValues {
  return { number: phoneNumberOf(text), vrm: vrmOf(text) };
}

/**
 * A number as the recording side normalises it (07700 900461, +44 7700 900461, 0044…), or typed
 * without its trunk 0 (7700 900461: a UK national number, 9 or 10 digits) or without the + of its
 * country code (447700900461, as call records print it: 11 to 15 digits).
 */
export function phoneNumberOf(text: string): string | null {
  const written = text.trim();
  if (!/^\+?[\d\s().\-/]+$/.test(written)) return null;
  const digits = written.replace(/\D/g, '');
  if (/^[1-9]/.test(written)) {
    if (digits.length >= 9 && digits.length <= 10) return normalised(() => normalisePhone(`0${written}`, 'text'));
    if (digits.length >= 11 && digits.length <= 15) return normalised(() => normalisePhone(`+${written}`, 'text'));
    return null;
  }
  return normalised(() => normalisePhone(written, 'text'));
}

/** A registration mark, upper case without spaces (ab12 cde → AB12CDE), when the text has a plate's shape. */
export function vrmOf(text: string): string | null {
  // Latin letters and digits only: upper-casing another script's letter may make Latin ones (ß → SS).
  if (!/^[A-Za-z0-9\s-]+$/.test(text.trim())) return null;
  return normalised(() => normaliseVrm(text, 'text'));
}

/** The normaliser's answer, or null where it refuses the text. */
function normalised(normalise: () => string): string | null {
  try {
    return normalise();
  } catch (error) {
    if (error instanceof CrosslinkError) return null;
    throw error;
  }
}
