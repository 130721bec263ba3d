/** The statuses an access request goes through (AccessRequestStatus). */
export const requestStatuses = ['PENDING', 'GRANTED', 'REFUSED'] as const;
export type RequestStatus = (typeof requestStatuses)[number];

/** A status from the filter, or null for any status (or one the console does not know). */
export function asRequestStatus(value: string): RequestStatus | null {
  return (requestStatuses as readonly string[]).includes(value) ? (value as RequestStatus) : null;
}

export const requestStatusWords: Readonly<Record<RequestStatus, string>> = { PENDING: 'Awaiting a decision', GRANTED: 'Granted', REFUSED: 'Refused' };

export function requestStatusTone(status: string): 'info' | 'good' | 'warn' | 'plain' {
  return status === 'PENDING' ? 'info' : status === 'GRANTED' ? 'good' : status === 'REFUSED' ? 'warn' : 'plain';
}

/** What an empty list says, for the status chosen. */
export function noRequestsText(status: RequestStatus | null): string {
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
