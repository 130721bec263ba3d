import { AccessRequestStatus } from '../api/schema-enums.js';

/** The statuses an access request goes through, in the schema's order. */
export const requestStatuses: readonly AccessRequestStatus[] = Object.values(AccessRequestStatus);

/** A status from the filter, or null for any status (or one the console does not know). */
export function asRequestStatus(value: string): AccessRequestStatus | null {
  return (requestStatuses as readonly string[]).includes(value) ? (value as AccessRequestStatus) : null;
}

export const requestStatusWords: Readonly<Record<AccessRequestStatus, string>> = { PENDING: 'Awaiting a decision', GRANTED: 'Granted', REFUSED: 'Refused' };

const requestStatusTones: Readonly<Record<AccessRequestStatus, 'info' | 'good' | 'warn'>> = { PENDING: 'info', GRANTED: 'good', REFUSED: 'warn' };

export function requestStatusTone(status: string): 'info' | 'good' | 'warn' | 'plain' {
  const known = asRequestStatus(status);
  return known === null ? 'plain' : requestStatusTones[known];
}

/** What an empty list says, for the status chosen. */
export function noRequestsText(status: AccessRequestStatus | null): string {
  switch (status) {
    case 'PENDING':
      return 'No access request awaits a decision. When an officer of another force asks to see one of your force’s cases, the request appears here.';
    case 'GRANTED':
      return 'No access request has been granted yet. Choose another status to see the rest.';
    case 'REFUSED':
      return 'No access request has been refused yet. Choose another status to see the rest.';
    case null:
      return 'No officer of another force has asked to see your force’s cases yet.';
  }
}
