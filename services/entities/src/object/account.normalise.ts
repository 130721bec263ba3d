import { validationError } from '@crosslink/common';

/** An online account's identity: the platform and the handle on it, both normalised. */
export interface OnlineAccountKey {
  readonly platform: string;
  readonly handle: string;
}

/**
 * Platform names are free text (new platforms appear faster than an enum changes) but compared
 * lower-case with single spaces; handles lower-case without a leading @, as every major platform
 * treats them case-insensitively.
 */
export function normaliseOnlineAccount(platform: string, handle: string, field: string): OnlineAccountKey {
  const p = platform.trim().toLowerCase().replace(/\s+/g, ' ');
  if (p === '' || p.length > 40) throw validationError(`${field}.platform`, 'A platform is 1 to 40 characters');
  const h = handle.trim().replace(/^@+/, '').toLowerCase();
  if (h === '' || h.length > 100 || /\s/.test(h)) {
    throw validationError(`${field}.handle`, 'A handle is 1 to 100 characters without spaces');
  }
  return { platform: p, handle: h };
}
