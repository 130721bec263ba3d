import { describe, expect, it } from 'vitest';
import { formatDuration, formatRate, Progress, progressLine, type ProgressOptions, type ProgressSnapshot } from './progress.js';

/** An output stream that records what was written, shaped like a terminal or like a pipe. */
function fakeOut(isTTY: boolean, columns?: number): { out: ProgressOptions['out']; writes: string[] } {
  const writes: string[] = [];
  const out = { isTTY, columns, write: (chunk: string) => writes.push(chunk) > 0 };
  return { out: out as unknown as ProgressOptions['out'], writes };
}

/** A clock the test moves by hand. */
function fakeClock(): { now: () => number; advance: (ms: number) => void } {
  let t = 1_000_000;
  return { now: () => t, advance: (ms) => (t += ms) };
}

const snap = (rows: number, bytes: number, totalBytes = 100, rejected = 0): ProgressSnapshot => ({ rows, rejected, bytes, totalBytes });

describe('formatting helpers', () => {
  it('formats durations as m:ss or h:mm:ss, and unknown ones as --:--', () => {
    expect(formatDuration(0)).toBe('0:00');
    expect(formatDuration(7)).toBe('0:07');
    expect(formatDuration(725)).toBe('12:05');
    expect(formatDuration(3723)).toBe('1:02:03');
    expect(formatDuration(Infinity)).toBe('--:--');
    expect(formatDuration(NaN)).toBe('--:--');
  });

  it('formats rates as whole rows per second, grouped en-GB style', () => {
    expect(formatRate(12345)).toBe('12,345 rows/s');
    expect(formatRate(12345.6)).toBe('12,346 rows/s');
    expect(formatRate(Infinity)).toBe('-- rows/s');
  });
});

describe('progressLine', () => {
  const label = 'police-uk file.csv';

  it('gives percent of bytes, rows, rejections, rate and an ETA from the byte fraction', () => {
    // 8 s for 42 of 100 bytes: 58 bytes to go at that pace is 8 * 58 / 42 ≈ 11 s.
    expect(progressLine(label, snap(120_000, 42, 100, 3), 8000, null)).toBe('police-uk file.csv: 42% · 120,000 rows · 3 rejected · 15,000 rows/s · ETA 0:11');
  });

  it('leaves rejections out while there are none', () => {
    expect(progressLine(label, snap(1000, 50), 1000, null)).toBe('police-uk file.csv: 50% · 1,000 rows · 1,000 rows/s · ETA 0:01');
  });

  it('has no percent and no ETA when the file size is unknown, and no ETA before any bytes are read', () => {
    expect(progressLine(label, snap(500, 10, 0), 1000, null)).toBe('police-uk file.csv: 500 rows · 500 rows/s · ETA --:--');
    expect(progressLine(label, snap(0, 0), 0, null)).toBe('police-uk file.csv: 0% · 0 rows · 0 rows/s · ETA --:--');
  });

  it('sums up a finished file with the time taken', () => {
    expect(progressLine(label, snap(120_000, 100, 100, 3), 8000, null, true)).toBe(
      'police-uk file.csv done: 120,000 rows · 3 rejected · 15,000 rows/s in 0:08',
    );
  });

  it('draws a bar filled in proportion to the bytes read, as wide as the terminal allows', () => {
    const line = progressLine(label, snap(1000, 25), 1000, 100);
    // 99 columns (one short of the width, so the terminal never wraps) less label, space and the figures.
    expect(line).toBe(`police-uk file.csv ${'█'.repeat(9)}${'░'.repeat(28)} 25% · 1,000 rows · 1,000 rows/s · ETA 0:03`);
    expect(line).toHaveLength(99);
  });

  it('keeps the bar between 10 and 40 characters, shortening the label on a narrow terminal', () => {
    expect(progressLine(label, snap(1000, 25), 1000, 300)).toBe(
      `police-uk file.csv ${'█'.repeat(10)}${'░'.repeat(30)} 25% · 1,000 rows · 1,000 rows/s · ETA 0:03`,
    );
    const long = 'police-uk 2024-05-greater-manchester-street.csv';
    expect(progressLine(long, snap(1000, 50), 1000, 80)).toBe('police-uk 2024-05-greate… █████░░░░░ 50% · 1,000 rows · 1,000 rows/s · ETA 0:01');
  });

  it('shows no bar when the file size is unknown', () => {
    expect(progressLine(label, snap(500, 10, 0), 1000, 80)).toBe('police-uk file.csv 500 rows · 500 rows/s · ETA --:--');
  });
});

describe('Progress', () => {
  it('prints plain lines at most once per interval (5 s by default) when not on a terminal', () => {
    const { out, writes } = fakeOut(false);
    const clock = fakeClock();
    const progress = new Progress({ label: 'f.csv', out, now: clock.now });
    progress.update(() => snap(10, 10));
    clock.advance(4999);
    progress.update(() => snap(20, 20));
    expect(writes).toEqual([]);
    clock.advance(1);
    progress.update(() => snap(30, 30));
    clock.advance(4000);
    progress.update(() => snap(40, 40));
    clock.advance(1000);
    progress.update(() => snap(50, 50));
    expect(writes).toEqual(['f.csv: 30% · 30 rows · 6 rows/s · ETA 0:12\n', 'f.csv: 50% · 50 rows · 5 rows/s · ETA 0:10\n']);
  });

  it('ends a plain run with a summary line, whatever the interval, and ignores updates after it', () => {
    const { out, writes } = fakeOut(false);
    const clock = fakeClock();
    const progress = new Progress({ label: 'f.csv', out, now: clock.now });
    clock.advance(2000);
    progress.finish(snap(100, 100, 100, 2));
    clock.advance(60_000);
    progress.update(() => snap(100, 100));
    progress.finish(snap(100, 100));
    expect(writes).toEqual(['f.csv done: 100 rows · 2 rejected · 50 rows/s in 0:02\n']);
    expect(writes.join('')).not.toContain('\r');
    expect(writes.join('')).not.toContain('\x1b');
  });

  it('redraws one line in place on a terminal, every 200 ms by default, and ends it on finish', () => {
    const { out, writes } = fakeOut(true, 100);
    const clock = fakeClock();
    const progress = new Progress({ label: 'f.csv', out, now: clock.now });
    clock.advance(199);
    progress.update(() => snap(10, 10));
    expect(writes).toEqual([]);
    clock.advance(1);
    progress.update(() => snap(20, 20));
    clock.advance(1);
    progress.finish(snap(100, 100));
    expect(writes).toHaveLength(2);
    const [first = '', last = ''] = writes;
    expect(first.startsWith('\r') && first.endsWith('\x1b[K')).toBe(true);
    expect(first.slice(1, -3)).toMatch(/^f\.csv [█░]+ 20% · 20 rows · 100 rows\/s · ETA 0:01$/);
    expect(last.startsWith('\r') && last.endsWith('\x1b[K\n')).toBe(true);
    expect(last.slice(1, -4)).toMatch(/^f\.csv █+ 100% · 100 rows · 498 rows\/s in 0:00$/);
  });

  it('reads where the import is only when it draws', () => {
    const { out } = fakeOut(false);
    const clock = fakeClock();
    const progress = new Progress({ label: 'f.csv', out, now: clock.now });
    let reads = 0;
    const read = () => {
      reads++;
      return snap(10, 10);
    };
    for (let i = 0; i < 1000; i++) progress.update(read);
    expect(reads).toBe(0);
    clock.advance(5000);
    progress.update(read);
    progress.update(read);
    expect(reads).toBe(1);
  });

  it('honours a given interval', () => {
    const { out, writes } = fakeOut(true);
    const clock = fakeClock();
    const progress = new Progress({ label: 'f.csv', out, now: clock.now, intervalMs: 1000 });
    clock.advance(500);
    progress.update(() => snap(1, 1));
    clock.advance(500);
    progress.update(() => snap(2, 2));
    expect(writes).toHaveLength(1);
    expect(writes[0]!.length).toBeLessThanOrEqual(1 + 79 + 3); // \r, a line fitting the default 80 columns, \x1b[K
  });
});
