import { validationError } from '../errors/crosslink-error.js';

/**
 * What text Crosslink stores. Every string a client sends must be well-formed Unicode without
 * control characters other than tab and line breaks: a lone UTF-16 surrogate is stored as U+FFFD
 * (so what was hashed for the audit trail is not what was kept), and NUL or C1 controls corrupt
 * what other systems read back. Names and identifiers are single lines and, as they are shown to
 * other forces (alerts, lists), may not hold line breaks or the bidirectional controls that make
 * text display in another order than it is stored (U+202A–U+202E, U+2066–U+2069).
 */
export type TextKind = 'text' | 'line';

// In a `u` regular expression a surrogate class matches only a surrogate that is not half of a pair.
const loneSurrogate = /[\uD800-\uDFFF]/u;
const bidiControls = /[\u202A-\u202E\u2066-\u2069]/u;
// C0 controls other than tab, LF and CR; DEL; C1 controls. Matching control characters is the point.
// eslint-disable-next-line no-control-regex
const textControls = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]/u;
// eslint-disable-next-line no-control-regex
const lineControls = /[\u0000-\u001F\u007F-\u009F\u2028\u2029]/u;

/** Why `value` is not acceptable text of this kind, or null when it is. */
export function textFault(value: string, kind: TextKind = 'text'): string | null {
  if (loneSurrogate.test(value)) return 'holds a malformed character (a lone UTF-16 surrogate)';
  if ((kind === 'line' ? lineControls : textControls).test(value)) {
    return kind === 'line' ? 'must be one line without control characters' : 'holds a control character';
  }
  if (kind === 'line' && bidiControls.test(value)) return 'holds a bidirectional override character';
  return null;
}

/** A name or identifier: one line, no controls, no bidirectional overrides; VALIDATION_FAILED naming the field otherwise. */
export function singleLine(value: string, field: string): string {
  const fault = textFault(value, 'line');
  if (fault !== null) throw validationError(field, `${field} ${fault}`);
  return value;
}
