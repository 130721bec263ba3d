import { describe, expect, it } from 'vitest';
import { timeScale } from './timeline-scale.js';

describe('the timeline’s axis', () => {
  it('runs from the first month to the end of the last, placing each instant along it', () => {
    const scale = timeScale(['2026-08-01T00:00:00Z', '2026-09-30T12:00:00Z', null]);
    expect(scale.position('2026-08-01T00:00:00Z')).toBe(0);
    expect(scale.position('2026-10-01T00:00:00Z')).toBe(1);
    expect(scale.position('2026-09-01T00:00:00Z')).toBeCloseTo(31 / 61, 5);
    expect(scale.position(null)).toBeNull();
    expect(scale.ticks.map((tick) => tick.label)).toEqual(['Aug 2026', 'Sep 2026', 'Oct 2026']);
  });

  it('labels years when the cases span more than two years, and never more than about a dozen ticks', () => {
    const years = timeScale(['2019-03-10T00:00:00Z', '2026-07-01T00:00:00Z']);
    expect(years.ticks.map((tick) => tick.label)).toEqual(['2020', '2021', '2022', '2023', '2024', '2025', '2026']);
    const months = timeScale(['2024-01-15T00:00:00Z', '2025-12-15T00:00:00Z']);
    expect(months.ticks.length).toBeLessThanOrEqual(13);
    expect(months.ticks[0]).toEqual({ label: 'Jan 2024', at: 0 });
    const decades = timeScale(['1990-01-01T00:00:00Z', '2026-01-01T00:00:00Z']);
    expect(decades.ticks.length).toBeLessThanOrEqual(13);
  });

  it('has no axis without a date', () => {
    const scale = timeScale([null, 'not a date']);
    expect(scale.ticks).toEqual([]);
    expect(scale.position('2026-01-01T00:00:00Z')).toBeNull();
  });
});
