import { formatDate, formatDateTime } from '../../ui/format.js';

const monthFormat = new Intl.DateTimeFormat('en-GB', { month: 'short', year: 'numeric', timeZone: 'UTC' });

/**
 * When an event happened, as precisely as it is known: 2026, Mar 2026, 14 Mar 2026, or an instant.
 * occurredAt is as recorded (2026, 2026-03, 2026-03-14 or an instant); occurredFrom is the start
 * of the period it names.
 */
export function eventTime(event: { occurredAt: string; occurredFrom: string; precision: string }): string {
  switch (event.precision) {
    case 'YEAR':
      return event.occurredAt.slice(0, 4);
    case 'MONTH': {
      const [year, month] = event.occurredAt.split('-').map(Number);
      if (year === undefined || month === undefined || Number.isNaN(year) || Number.isNaN(month)) return event.occurredAt;
      return monthFormat.format(new Date(Date.UTC(year, month - 1, 1)));
    }
    case 'DAY':
      return /^\d{4}-\d{2}-\d{2}$/.test(event.occurredAt) ? formatDate(`${event.occurredAt}T12:00:00Z`) : formatDate(event.occurredAt);
    default:
      return formatDateTime(event.occurredAt);
  }
}
