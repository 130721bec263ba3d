/**
 * The timeline's axis: where an instant falls between the first and the last month of the cases
 * shown, and the month or year ticks to label it with (at most about a dozen).
 */

export interface Tick {
  label: string;
  /** 0 at the axis' start, 1 at its end. */
  at: number;
}

export interface TimeScale {
  /** 0 to 1 along the axis; null for no instant. */
  position(instant: string | null): number | null;
  ticks: Tick[];
}

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const MAX_TICKS = 12;

/** A month counted from year 0 (UTC): the axis runs in whole months. */
function monthIndex(date: Date): number {
  return date.getUTCFullYear() * 12 + date.getUTCMonth();
}

function timeOfMonth(index: number): number {
  return Date.UTC(Math.floor(index / 12), index % 12, 1);
}

export function timeScale(instants: readonly (string | null)[]): TimeScale {
  const times = instants
    .filter((instant): instant is string => instant !== null)
    .map((instant) => new Date(instant))
    .filter((date) => !Number.isNaN(date.getTime()));
  if (times.length === 0) return { position: () => null, ticks: [] };
  const first = monthIndex(new Date(Math.min(...times.map((date) => date.getTime()))));
  const last = monthIndex(new Date(Math.max(...times.map((date) => date.getTime())))) + 1;
  const start = timeOfMonth(first);
  const span = timeOfMonth(last) - start;
  const months = last - first;
  const byYear = months > 24;
  const step = byYear ? Math.max(1, Math.ceil(months / 12 / MAX_TICKS)) * 12 : Math.max(1, Math.ceil(months / MAX_TICKS));
  const ticks: Tick[] = [];
  for (let index = byYear ? Math.ceil(first / 12) * 12 : first; index <= last; index += step) {
    const year = Math.floor(index / 12);
    ticks.push({ label: byYear ? String(year) : `${MONTHS[index % 12]} ${year}`, at: (timeOfMonth(index) - start) / span });
  }
  return {
    position(instant) {
      if (instant === null) return null;
      const time = new Date(instant).getTime();
      return Number.isNaN(time) ? null : Math.min(1, Math.max(0, (time - start) / span));
    },
    ticks,
  };
}
