import { validationError } from '../errors/crosslink-error.js';

// A practical subset of RFC 5322: the addresses people actually use, without quoted local parts.
const local = /^[a-z0-9!#$%&'*+/=?^_`{|}~-]+(\.[a-z0-9!#$%&'*+/=?^_`{|}~-]+)*$/;
const label = /^[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?$/;

/**
 * An email address trimmed and lower-cased. The local part is case-sensitive in theory only; every
 * large provider ignores case, and matching across forces matters more than the theory.
 */
export function normaliseEmail(raw: string, field: string): string {
  const address = raw.trim().toLowerCase();
  const refuse = () => validationError(field, `${raw.trim() || '(empty)'} is not an email address`);
  const at = address.lastIndexOf('@');
  if (at < 1 || address.length > 254) throw refuse();
  const [user, domain] = [address.slice(0, at), address.slice(at + 1)];
  const labels = domain.split('.');
  if (user.length > 64 || !local.test(user)) throw refuse();
  if (labels.length < 2 || !labels.every((l) => label.test(l)) || !/^[a-z]{2,}$/.test(labels.at(-1) ?? '')) throw refuse();
  return address;
}
