import { describe, expect, it } from 'vitest';
import { CombinedProgress } from './combined-progress.js';
import type { Progress, ProgressSnapshot } from './progress.js';

describe('CombinedProgress', () => {
  it('shows the finished files and the latest state of those being read, against the bytes of all', () => {
    const drawn: ProgressSnapshot[] = [];
    const bar = { update: (read: () => ProgressSnapshot) => drawn.push(read()), finish: (s: ProgressSnapshot) => drawn.push(s) } as unknown as Progress;
    const combined = new CombinedProgress(bar, 1000);
    const a = combined.part();
    const b = combined.part();
    a.update(() => ({ rows: 10, rejected: 1, bytes: 100, totalBytes: 400 }));
    b.update(() => ({ rows: 5, rejected: 0, bytes: 50, totalBytes: 600 }));
    expect(drawn.at(-1)).toEqual({ rows: 15, rejected: 1, bytes: 150, totalBytes: 1000 });
    a.finish({ rows: 40, rejected: 2, bytes: 400, totalBytes: 400 });
    b.update(() => ({ rows: 20, rejected: 0, bytes: 200, totalBytes: 600 }));
    expect(drawn.at(-1)).toEqual({ rows: 60, rejected: 2, bytes: 600, totalBytes: 1000 });
    b.finish({ rows: 60, rejected: 3, bytes: 600, totalBytes: 600 });
    combined.finish();
    expect(drawn.at(-1)).toEqual({ rows: 100, rejected: 5, bytes: 1000, totalBytes: 1000 });
  });
});
