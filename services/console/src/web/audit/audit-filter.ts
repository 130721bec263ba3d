import { AuditOperation } from '../api/schema-enums.js';
import { checked, type Checked } from '../cases/record/field-errors.js';

/**
 * The filter of the audit trail (AuditEventFilter), built from the filter form's text: trimmed,
 * empty fields left out, local date-times (from datetime-local inputs) as ISO instants.
 */

export const auditOperations: readonly AuditOperation[] = Object.values(AuditOperation);

export interface AuditEventFilter {
  username?: string;
  record?: string;
  force?: string;
  operation?: AuditOperation;
  from?: string;
  to?: string;
  purpose?: string;
}

export type AuditFilterValues = Record<'username' | 'record' | 'force' | 'operation' | 'from' | 'to' | 'purpose', string>;
export const emptyAuditFilter: AuditFilterValues = { username: '', record: '', force: '', operation: '', from: '', to: '', purpose: '' };

const localDateTime = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2})(?:\.(\d{1,3}))?)?$/;

/**
 * A datetime-local value ("2026-03-14T09:30", in the browser's time zone) as an ISO instant in UTC,
 * or null when it names no time that exists.
 */
export function localToIso(text: string): string | null {
  const match = localDateTime.exec(text.trim());
  if (match === null) return null;
  const [year, month, day, hour, minute] = match.slice(1, 6).map(Number) as [number, number, number, number, number];
  const second = match[6] === undefined ? 0 : Number(match[6]);
  const millis = match[7] === undefined ? 0 : Number(match[7].padEnd(3, '0'));
  if (hour > 23 || minute > 59 || second > 59) return null;
  const date = new Date(year, month - 1, day, hour, minute, second, millis);
  // 31 February rolls over into March: no such day.
  if (date.getFullYear() !== year || date.getMonth() !== month - 1 || date.getDate() !== day) return null;
  return date.toISOString();
}

/** A record as the trail names it (Label:id, e.g. Case:1f0c…) or its bare id: the id, which the filter takes. */
export function recordIdOf(text: string): string {
  const value = text.trim();
  const labelled = /^[A-Z][A-Za-z]*:(.+)$/.exec(value);
  return labelled?.[1] ?? value;
}

/** The filter to send, or what to fix first, by field. */
export function auditFilterOf(values: AuditFilterValues): Checked<AuditEventFilter> {
  const v = Object.fromEntries(Object.entries(values).map(([name, text]) => [name, text.trim()])) as AuditFilterValues;
  const problems: Record<string, string> = {};
  const filter: AuditEventFilter = {};
  if (v.username !== '') filter.username = v.username;
  if (v.record !== '') filter.record = recordIdOf(v.record);
  if (v.force !== '') filter.force = v.force.toUpperCase();
  if (v.operation !== '') {
    if ((auditOperations as readonly string[]).includes(v.operation)) filter.operation = v.operation as AuditOperation;
    else problems['operation'] = 'Choose one of the operations listed.';
  }
  for (const name of ['from', 'to'] as const) {
    if (v[name] === '') continue;
    const iso = localToIso(v[name]);
    if (iso === null) problems[name] = 'Give a date and time, e.g. 14/03/2026 09:30.';
    else filter[name] = iso;
  }
  if (filter.from !== undefined && filter.to !== undefined && filter.from >= filter.to) problems['to'] = 'Make “to” later than “from”.';
  if (v.purpose !== '') filter.purpose = v.purpose;
  return checked(filter, problems);
}

/** True when the filter narrows nothing: every event is listed. */
export function isEmptyFilter(filter: AuditEventFilter): boolean {
  return Object.keys(filter).length === 0;
}
