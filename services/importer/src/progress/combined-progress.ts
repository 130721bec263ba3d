import type { Progress, ProgressSnapshot } from './progress.js';

/** Where one file's import reports its progress. */
export interface ProgressSink {
  update(snapshot: ProgressSnapshot): void;
  finish(snapshot: ProgressSnapshot): void;
}

/**
 * One progress bar for many files read at once (a national import, forces side by side): each file
 * reports through a part of its own, and the bar shows the sum of the finished files and the latest
 * state of those still being read, against the bytes of all of them.
 */
export class CombinedProgress {
  private readonly done = { rows: 0, rejected: 0, bytes: 0 };
  private readonly reading = new Map<number, ProgressSnapshot>();
  private parts = 0;

  constructor(
    private readonly progress: Progress,
    private readonly totalBytes: number,
  ) {}

  part(): ProgressSink {
    const id = this.parts++;
    return {
      update: (snapshot) => {
        this.reading.set(id, snapshot);
        this.progress.update(this.sum());
      },
      finish: (snapshot) => {
        this.reading.delete(id);
        this.done.rows += snapshot.rows;
        this.done.rejected += snapshot.rejected;
        this.done.bytes += snapshot.bytes;
        this.progress.update(this.sum());
      },
    };
  }

  finish(): void {
    this.progress.finish(this.sum());
  }

  private sum(): ProgressSnapshot {
    const total = { ...this.done, totalBytes: this.totalBytes };
    for (const s of this.reading.values()) {
      total.rows += s.rows;
      total.rejected += s.rejected;
      total.bytes += s.bytes;
    }
    return total;
  }
}
