import { validationError } from '../errors/crosslink-error.js';

/**
 * The shapes of a UK registration mark (letters L, digits N), in the order the DVLA issued them:
 * current since 2001 (LL NN LLL, `AB12 CDE`), prefix 1983–2001 (L N–NNN LLL, `A123 BCD`), suffix
 * 1963–1983 (LLL N–NNN L, `ABC 123D`), and dateless marks, letters then digits or digits then
 * letters (`ABC 1234`, `1234 AB`; Northern Ireland's LLL NNNN among them). Anything else — `O0O0O0O`,
 * letters alone, digits alone — is not a mark a vehicle can carry.
 */
const ukShapes = [/^[A-Z]{2}\d{2}[A-Z]{3}$/, /^[A-Z]\d{1,3}[A-Z]{3}$/, /^[A-Z]{3}\d{1,3}[A-Z]$/, /^[A-Z]{1,3}\d{1,4}$/, /^\d{1,4}[A-Z]{1,3}$/];

/**
 * A vehicle registration mark as the DVLA and ANPR compare it: upper case, without spaces or dashes
 * (`ab12 cde` → `AB12CDE`), in one of the UK's shapes; anything else is refused.
 */
export function normaliseVrm(raw: string, field: string): string {
  const vrm = raw.trim().toUpperCase().replace(/[\s-]/g, '');
  if (!ukShapes.some((shape) => shape.test(vrm))) {
    throw validationError(field, `${raw.trim() || '(empty)'} is not a UK registration mark, e.g. AB12 CDE, A123 BCD, ABC 123D or ABC 1234`);
  }
  return vrm;
}

const DESCRIPTION_MAX = 60;

/** Make, model or colour: trimmed, spaces collapsed, null when blank. */
export function vehicleDetail(raw: string | null | undefined, field: string): string | null {
  const value = raw?.trim().replace(/\s+/g, ' ') ?? '';
  if (value.length > DESCRIPTION_MAX) throw validationError(field, `At most ${DESCRIPTION_MAX} characters`);
  return value === '' ? null : value;
}
