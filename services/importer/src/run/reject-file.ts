import { createWriteStream, type WriteStream } from 'node:fs';
import { once } from 'node:events';
import { finished } from 'node:stream/promises';
import type { FaultCode } from './import-format.js';

/**
 * The records an import turned away, written to a CSV a person can open, fix and feed back in. The file is
 * only created on the first rejection, so a clean run leaves nothing behind.
 */

export interface Rejection {
  readonly line: number; // 1-based line of the source file where the record starts
  readonly code: FaultCode; // the kind of fault, one of the documented codes
  readonly column: string; // the column at fault as the file names it (header text), or '' when the whole record is at fault
  readonly reason: string; // a sentence a person can act on
  readonly raw: string; // the record's original text
}

/** A CSV field: quoted when it holds a comma, quote, CR or LF, with any quotes doubled (RFC 4180). */
export function csvField(value: string): string {
  return /[",\r\n]/.test(value) ? `"${value.replaceAll('"', '""')}"` : value;
}

export class RejectFile {
  readonly path: string;
  private stream: WriteStream | undefined;
  private written = 0;
  private closed = false;
  private pending: Promise<unknown> | null = null;

  constructor(path: string) {
    this.path = path;
  }

  /** Rejections written so far. */
  get count(): number {
    return this.written;
  }

  /**
   * Buffers one rejection. When the stream's buffer is full (a file of nothing but bad rows is
   * rejected faster than the disk takes it), `backlog()` gives what to wait for until it has emptied.
   */
  write(rejection: Rejection): void {
    if (this.closed) throw new Error(`The reject file ${this.path} is already closed.`);
    if (!this.stream) {
      // 'w' truncates: a re-run replaces the previous run's rejects rather than appending to them.
      this.stream = createWriteStream(this.path, { flags: 'w', encoding: 'utf8' });
      // Without a listener a failed write (disk full, missing folder) would crash the process;
      // the error is reported by close() instead, through finished().
      this.stream.on('error', () => {});
      this.stream.write('line,code,column,reason,record\n');
    }
    const { line, code, column, reason, raw } = rejection;
    const room = this.stream.write(`${line},${code},${csvField(column)},${csvField(reason)},${csvField(raw)}\n`);
    if (!room && this.pending === null) this.pending = once(this.stream, 'drain').finally(() => (this.pending = null));
    this.written += 1;
  }

  /** While the file's buffer is full: resolves once it has room again; null when it has room. */
  backlog(): Promise<unknown> | null {
    return this.pending;
  }

  /** Flushes and closes the file; resolves at once when nothing was written, rejects if writing failed. */
  async close(): Promise<void> {
    this.closed = true;
    if (!this.stream) return;
    this.stream.end();
    // Settles once the file is closed ('close' follows 'finish'), or with the stream's error.
    await finished(this.stream);
  }
}
