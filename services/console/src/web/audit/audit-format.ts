import { formatDateTime } from '../ui/format.js';

/** What the console asks of auditVerification (AuditVerification). */
export interface AuditVerification {
  readonly intact: boolean;
  readonly checked: number;
  readonly chains: number;
  readonly breaks: readonly { readonly chain: string; readonly seq: number; readonly id: string | null; readonly reason: string }[];
  readonly verifiedAt: string;
}

/** The service answers at most this many breaks (the CLI, npm run audit:verify, lists them all). */
export const SHOWN_BREAKS = 100;

const count = (n: number, one: string, many: string) => `${n.toLocaleString('en-GB')} ${n === 1 ? one : many}`;

/** "Intact: 1,204 events in 5 chains verified at 14 Mar 2026, 09:30", or how many breaks were found. */
export function verificationLine(verification: AuditVerification): string {
  const walked = `${count(verification.checked, 'event', 'events')} in ${count(verification.chains, 'chain', 'chains')}`;
  const when = formatDateTime(verification.verifiedAt);
  if (verification.intact) return `Intact: ${walked} verified at ${when}`;
  const found = verification.breaks.length;
  const breaks = found >= SHOWN_BREAKS ? `At least ${count(found, 'break', 'breaks')}` : `Broken: ${count(found, 'break', 'breaks')}`;
  return `${breaks} found in ${walked}, verified at ${when}`;
}

/** One break: "cases chain, event 42: hash does not match (event 7c1…)". */
export function breakLine(item: AuditVerification['breaks'][number]): string {
  return `${item.chain} chain, event ${item.seq}: ${item.reason}${item.id !== null ? ` (event ${item.id})` : ''}`;
}

/** Where an event sits: the service that wrote it, its chain and its position in that chain. */
export function eventPlace(event: { readonly service: string; readonly chain: string; readonly seq: number }): string {
  const chain = event.chain === event.service ? event.chain : `${event.service} → ${event.chain}`;
  return `${chain} #${event.seq.toLocaleString('en-GB')}`;
}

const instantFormat = new Intl.DateTimeFormat('en-GB', {
  day: 'numeric',
  month: 'short',
  year: 'numeric',
  hour: '2-digit',
  minute: '2-digit',
  second: '2-digit',
});

/** An event's instant to the second, in the browser's zone. */
export function formatInstant(iso: string): string {
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? iso : instantFormat.format(date);
}

/** The first few of a long list, and how many more there are. */
export function firstOf<T>(items: readonly T[], shown: number): { shown: readonly T[]; more: readonly T[] } {
  return items.length <= shown + 1 ? { shown: items, more: [] } : { shown: items.slice(0, shown), more: items.slice(shown) };
}
