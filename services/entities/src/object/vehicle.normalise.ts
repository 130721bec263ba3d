import { validationError } from '@crosslink/common';

/**
 * A vehicle registration mark as the DVLA and ANPR compare it: upper case, without spaces or dashes
 * (`ab12 cde` → `AB12CDE`). Foreign plates run longer than the UK's seven characters, so up to ten
 * letters and digits are allowed; anything else is refused.
 */
export function normaliseVrm(raw: string, field: string): string {
  const vrm = raw.trim().toUpperCase().replace(/[\s-]/g, '');
  if (!/^[A-Z0-9]{2,10}$/.test(vrm) || !/\d/.test(vrm)) {
    throw validationError(field, `${raw.trim() || '(empty)'} is not a registration mark: 2 to 10 letters and digits, at least one digit`);
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
