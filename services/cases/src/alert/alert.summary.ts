import type { Alert } from './alert.model.js';

const who = (a: Alert): string => {
  const name = a.byName ?? a.by ?? 'Someone';
  return a.byForce === null ? name : `${name} (${a.byForce})`;
};

// An address's key is its first line's key and postcode, "14 LIME ST|M1 1AE": read as "14 LIME ST, M1 1AE".
const value = (a: Alert): string => (a.subjectKind === 'ADDRESS' ? (a.subjectValue ?? '').replace('|', ', ') : (a.subjectValue ?? ''));
const subject = (a: Alert): string => `${(a.subjectKind ?? 'subject').toLowerCase().replaceAll('_', ' ')} ${value(a)}`.trim();

/**
 * The alert in one line for an inbox. It names only what the alert itself may show: a hit in a case
 * the reader may not see says which force knows it and whom to contact, never the case.
 */
export function summarise(a: Alert): string {
  switch (a.kind) {
    case 'SUBJECT_CHECKED':
      return `${who(a)} checked ${subject(a)}, which your case holds`;
    case 'HIT_ON_ENTRY':
      if (a.knownToForce !== null) {
        const other = a.otherCaseId === null ? `is known to ${a.knownToForce}` : `is in a case of ${a.knownToForce}`;
        return `The ${subject(a)} your case holds ${other}: contact ${a.knownToOfficer ?? 'its officer in charge'}`;
      }
      return `${who(a)} recorded ${subject(a)}, which your case holds`;
    case 'ACCESS_REQUESTED':
      return `${who(a)} asks for access to your force's case`;
    case 'ACCESS_DECIDED':
      return `Your request for access was ${a.decision === 'GRANTED' ? 'granted' : 'refused'}${a.by === null ? '' : ` by ${a.by}`}`;
    case 'ACTION_ALLOCATED':
      return `${who(a)} allocated an action to you`;
    case 'LEAD_TRANSFERRED':
      return `The lead of an operation passed from ${a.fromForce ?? '?'} to ${a.toForce ?? '?'}`;
  }
}
