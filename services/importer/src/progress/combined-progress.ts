import type { Progress, ProgressSnapshot } from './progress.js';

/** Where one file's import reports its progress. */
export interface ProgressSink {
  /** Called per row: `read` gives where the file's import is, and is called only when the bar is drawn. */
  update(read: () => ProgressSnapshot): void;
  finish(snapshot: ProgressSnapshot): void;
}

/**
 * One progress bar for many files read at once (a national import, forces side by side): each file
 * reports through a part of its own, and the bar shows the sum of the finished files and the latest
 * state of those still being read, against the bytes of all of them.
 */
export class CombinedProgress {
  private readonly done = { rows: 0, rejected: 0, bytes: 0 };
  private readonly reading = new Map<number, () => ProgressSnapshot>();
  private parts = 0;
  private readonly summed = () => this.sum();

  constructor(
    private readonly progress: Progress,
    private readonly totalBytes: number,
  ) {}

  part(): ProgressSink {
    const id = this.parts++;
    return {
      update: (read) => {
        this.reading.set(id, read);
        this.progress.update(this.summed);
      },
      finish: (snapshot) => {
        this.reading.delete(id);
        this.done.rows += snapshot.rows;
        this.done.rejected += snapshot.rejected;
        this.done.bytes += snapshot.bytes;
        this.progress.update(this.summed);
      },
    };
  }

  finish(): void {
    this.progress.finish(this.sum());
  }

  private sum(): ProgressSnapshot {
    const total = { ...this.done, totalBytes: this.totalBytes };
    for (const read of this.reading.values()) {
      const s = read();
      total.rows += s.rows;
      total.rejected += s.rejected;
      total.bytes += s.bytes;
    }
    return total;
  }
}
