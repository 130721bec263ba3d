import { textFault } from '../graphql/text.js';

/** The header a caller states the purpose (justification) of a request in; the gateway forwards it. */
export const PURPOSE_HEADER = 'x-crosslink-purpose';
export const PURPOSE_MIN = 3;
export const PURPOSE_MAX = 500;

/** A purpose header read: the purpose (null when none was sent), or why the one sent is refused. */
export type PurposeReading = { readonly purpose: string | null } | { readonly problem: string };

const utf8 = new TextDecoder('utf-8', { fatal: true });

/**
 * Reads the purpose header. HTTP hands header values over as bytes, which Node gives one
 * character per byte (Latin-1); the bytes are UTF-8, as clients send them and the gateway forwards
 * them (see purposeHeaderValue), so they are decoded as such. A purpose stated is one line of 3–500
 * characters without control or bidirectional-override characters (it is shown to auditors and
 * other forces); a header sent but not usable is refused, never taken as no purpose.
 */
export function readPurpose(header: string | string[] | undefined): PurposeReading {
  const raw = Array.isArray(header) ? header[0] : header;
  if (raw === undefined || raw.trim() === '') return { purpose: null };
  let value: string;
  try {
    value = utf8.decode(Buffer.from(raw, 'latin1')).trim();
  } catch {
    return { problem: 'The purpose is not UTF-8 text' };
  }
  const length = [...value].length;
  if (length < PURPOSE_MIN) return { problem: `The purpose is too short: at least ${PURPOSE_MIN} characters` };
  if (length > PURPOSE_MAX) return { problem: `The purpose is too long: at most ${PURPOSE_MAX} characters` };
  const fault = textFault(value, 'line');
  if (fault !== null) return { problem: `The purpose ${fault}` };
  return { purpose: value };
}

/** The purpose, or null when none was stated or the one stated is not usable. */
export function purposeFrom(header: string | string[] | undefined): string | null {
  const reading = readPurpose(header);
  return 'purpose' in reading ? reading.purpose : null;
}

/** The header value that carries `purpose` on to a subgraph: its UTF-8 bytes, one character each. */
export function purposeHeaderValue(purpose: string): string {
  return Buffer.from(purpose, 'utf8').toString('latin1');
}
