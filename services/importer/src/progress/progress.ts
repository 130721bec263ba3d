/**
 * Progress of one file's import, for the person watching it. On a terminal it is a single line redrawn in
 * place (a bar, counts, rate, ETA); in CI logs and pipes, where `\r` and escape codes would garble the log,
 * it is a plain line every few seconds instead.
 */

export interface ProgressSnapshot {
  readonly rows: number; // rows read so far (good and rejected)
  readonly rejected: number;
  readonly bytes: number; // bytes of the file read so far
  readonly totalBytes: number; // file size (0 when unknown)
}

export interface ProgressOptions {
  readonly label: string; // e.g. 'police-uk 2024-05-greater-manchester-street.csv'
  readonly out: NodeJS.WritableStream & { isTTY?: boolean; columns?: number };
  readonly now?: () => number; // ms clock, injectable for tests; default Date.now
  readonly intervalMs?: number; // minimum time between updates; default 200 on a TTY, 5000 otherwise
}

const group = (n: number): string => Math.round(n).toLocaleString('en-GB');

/** '12,345 rows/s' ('-- rows/s' when there is no sensible rate yet). */
export function formatRate(rowsPerSecond: number): string {
  return Number.isFinite(rowsPerSecond) ? `${group(rowsPerSecond)} rows/s` : '-- rows/s';
}

/** '0:07', '12:05', '1:02:03'; '--:--' when unknown (non-finite or negative). */
export function formatDuration(seconds: number): string {
  if (!Number.isFinite(seconds) || seconds < 0) return '--:--';
  const total = Math.round(seconds);
  const [h, m, s] = [Math.floor(total / 3600), Math.floor((total % 3600) / 60), total % 60];
  const pad = (n: number): string => String(n).padStart(2, '0');
  return h > 0 ? `${h}:${pad(m)}:${pad(s)}` : `${m}:${pad(s)}`;
}

/** Shortens text to at most `max` characters, marking the cut with '…'. */
const fit = (text: string, max: number): string => (text.length <= max ? text : max <= 0 ? '' : `${text.slice(0, max - 1)}…`);

/**
 * One progress line. `width` is the terminal's width for the TTY form (with a bar), or null for the plain
 * form used in logs. `done` turns it into the closing summary: the ETA gives way to the total time taken.
 */
export function progressLine(label: string, s: ProgressSnapshot, elapsedMs: number, width: number | null, done = false): string {
  const seconds = elapsedMs / 1000;
  const known = s.totalBytes > 0;
  const fraction = known ? Math.min(1, s.bytes / s.totalBytes) : 0;
  // Bytes are a better guide than rows to how much is left: the row count of a file is unknown until read.
  const eta = known && s.bytes > 0 ? (seconds * Math.max(0, s.totalBytes - s.bytes)) / s.bytes : NaN;
  const parts = [`${group(s.rows)} rows`];
  if (s.rejected > 0) parts.push(`${group(s.rejected)} rejected`);
  parts.push(formatRate(seconds > 0 ? s.rows / seconds : 0));
  const stats = parts.join(' · ') + (done ? ` in ${formatDuration(seconds)}` : ` · ETA ${formatDuration(eta)}`);
  // Floor, so 100% only shows once the whole file is read.
  const percent = `${Math.floor(fraction * 100)}%`;

  if (width === null) return done ? `${label} done: ${stats}` : `${label}: ${known ? `${percent} · ` : ''}${stats}`;

  // One column short of the width: a line filling the last column makes some terminals wrap, and the
  // next `\r` would then redraw on a new line instead of in place.
  const max = width - 1;
  if (!known) return fit(`${label} ${stats}`, max);
  const rest = ` ${percent} · ${stats}`;
  const barWidth = Math.min(40, Math.max(10, max - label.length - 1 - rest.length));
  const filled = Math.round(fraction * barWidth);
  const bar = '█'.repeat(filled) + '░'.repeat(barWidth - filled);
  // On a narrow terminal the label gives way first, then (as a last resort) the end of the line.
  return fit(`${fit(label, max - 1 - bar.length - rest.length)} ${bar}${rest}`, max);
}

export class Progress {
  private readonly options: ProgressOptions;
  private readonly now: () => number;
  private readonly tty: boolean;
  private readonly intervalMs: number;
  private readonly start: number;
  private last: number;
  private finished = false;

  constructor(options: ProgressOptions) {
    this.options = options;
    this.now = options.now ?? Date.now;
    this.tty = options.out.isTTY === true;
    this.intervalMs = options.intervalMs ?? (this.tty ? 200 : 5000);
    this.start = this.now();
    // The first line waits one interval too, so a file read in a moment prints only its summary.
    this.last = this.start;
  }

  /** Called often (per row); draws at most once per interval, and only then reads where the import is. */
  update(read: () => ProgressSnapshot): void {
    const t = this.now();
    if (this.finished || t - this.last < this.intervalMs) return;
    this.last = t;
    this.draw(read(), t, false);
  }

  /** Draws the final state and ends the line (TTY) — always prints, whatever the interval. */
  finish(snapshot: ProgressSnapshot): void {
    if (this.finished) return;
    this.finished = true;
    this.draw(snapshot, this.now(), true);
  }

  private draw(snapshot: ProgressSnapshot, t: number, done: boolean): void {
    const { label, out } = this.options;
    const line = progressLine(label, snapshot, t - this.start, this.tty ? out.columns || 80 : null, done);
    // On a terminal: `\r` back to the start of the line, redraw, `\x1b[K` clears what a longer previous line left.
    out.write(this.tty ? `\r${line}\x1b[K${done ? '\n' : ''}` : `${line}\n`);
  }
}
