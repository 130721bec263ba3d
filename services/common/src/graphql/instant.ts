/**
 * Strict ISO-8601 instants: `YYYY-MM-DDThh:mm:ss[.fraction](Z|±hh:mm)` naming a moment that exists.
 * `Date.parse` is no check: it reads `0` as the year 2000, rolls `2026-02-30` over to March 2 and
 * takes `T24:00:00` as the next midnight, and Neo4j's `datetime()` then refuses what it accepted.
 */
const shape = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2}):(\d{2})(\.\d{1,9})?(Z|([+-])(\d{2}):(\d{2}))$/;
/** As Neo4j's `toString(datetime)` writes one: seconds left out when zero, maybe a zone name after. */
const storedShape = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2})(\.\d{1,9})?)?(Z|([+-])(\d{2}):(\d{2}))(\[[A-Za-z0-9/_+-]+\])?$/;

export function isIsoInstant(value: unknown): value is string {
  return typeof value === 'string' && exists(shape.exec(value));
}

/** An instant as the database gives one back (the sort key a cursor holds). */
export function isStoredInstant(value: unknown): value is string {
  return typeof value === 'string' && exists(storedShape.exec(value));
}

function exists(match: RegExpExecArray | null): boolean {
  if (match === null) return false;
  const [year, month, day, hour, minute, second] = match.slice(1, 7).map((part) => Number(part ?? 0)) as [number, number, number, number, number, number];
  if (month < 1 || month > 12 || day < 1 || day > daysIn(year, month)) return false;
  if (hour > 23 || minute > 59 || second > 59) return false;
  if (match[9] !== undefined && (Number(match[10]) > 18 || Number(match[11]) > 59)) return false;
  return true;
}

function daysIn(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/**
 * Orders two instants as the database gives them back, by the moment they name. Their text does not
 * sort: Neo4j writes only the digits a fraction needs (`…:02.51Z` is after `…:02.5Z`, but before it
 * as text), leaves seconds out when they are zero (`…T06:31Z`), and may give another offset.
 */
export function compareStoredInstants(a: string, b: string): number {
  const [x, y] = [momentOf(a), momentOf(b)];
  return x.seconds - y.seconds || (x.fraction < y.fraction ? -1 : x.fraction > y.fraction ? 1 : 0);
}

/** Seconds since the epoch, and the fraction as nine digits (so that they compare as text). */
function momentOf(value: string): { seconds: number; fraction: string } {
  const match = storedShape.exec(value);
  if (match === null) throw new Error(`Not an instant as the database gives one back: ${value}`);
  const [year, month, day, hour, minute, second] = match.slice(1, 7).map((part) => Number(part ?? 0)) as [number, number, number, number, number, number];
  const offset = match[9] === undefined ? 0 : (match[9] === '+' ? 1 : -1) * (Number(match[10]) * 3600 + Number(match[11]) * 60);
  return { seconds: Date.UTC(year, month - 1, day, hour, minute, second) / 1000 - offset, fraction: (match[7] ?? '.').slice(1).padEnd(9, '0') };
}
