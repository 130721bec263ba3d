import type { Random } from './random.js';

/**
 * Calendar days as whole numbers (days since 1 January 1970), converted by arithmetic alone so that no
 * time zone or clock is involved.
 */
export type Day = number;

/** The day ages are reckoned at: a person born in 2000 is 25. */
export const referenceYear = 2025;

/** The years the generated crimes and calls fall in. */
export const firstYear = 2022;
export const lastYear = 2025;

/** The day of a date (month 1 to 12). */
export function dayOf(year: number, month: number, day: number): Day {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const doy = Math.floor((153 * (month + (month > 2 ? -3 : 9)) + 2) / 5) + day - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146097 + doe - 719468;
}

/** The year, month (1 to 12) and day of a day. */
export function dateOf(day: Day): { year: number; month: number; day: number } {
  const z = day + 719468;
  const era = Math.floor(z / 146097);
  const doe = z - era * 146097;
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365);
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const d = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const m = mp + (mp < 10 ? 3 : -9);
  return { year: yoe + era * 400 + (m <= 2 ? 1 : 0), month: m, day: d };
}

const two = (n: number): string => (n < 10 ? `0${n}` : String(n));

/** 'dd/mm/yyyy', as the POLE files write dates. */
export function formatDay(day: Day): string {
  const d = dateOf(day);
  return `${two(d.day)}/${two(d.month)}/${d.year}`;
}

/** A day of the given year, every day equally likely. */
export function dayIn(rng: Random, year: number): Day {
  const first = dayOf(year, 1, 1);
  return first + rng.below(dayOf(year + 1, 1, 1) - first);
}

/** A day from the first to the last year of the generated events. */
export function eventDay(rng: Random): Day {
  const first = dayOf(firstYear, 1, 1);
  return first + rng.below(dayOf(lastYear + 1, 1, 1) - first);
}

/** 'HH:MM'. */
export function formatTime(minuteOfDay: number): string {
  return `${two(Math.floor(minuteOfDay / 60))}:${two(minuteOfDay % 60)}`;
}
