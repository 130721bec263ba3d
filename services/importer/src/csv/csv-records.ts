import { TextDecoder } from 'node:util';

/** One record of a CSV file: the 1-based line it starts on, and either its fields or why it could not be read. */
export type CsvRecord =
  { readonly line: number; readonly fields: readonly string[]; readonly raw: string } | { readonly line: number; readonly error: string; readonly raw: string };

// A quoted field longer than this is taken to be a stray quote that was never closed.
const maxQuotedLines = 1000;
const maxQuotedChars = 1_000_000;
// "Not found" for Finder: a small integer rather than Infinity keeps V8 on its fast integer paths (no string is this long).
const NONE = 2 ** 30 - 1;
const QUOTE = 0x22;
const COMMA = 0x2c;
const CR = 0x0d;
const LF = 0x0a;

/** Finds the next `char` at or after an index of a fixed text, remembering the last hit so repeated look-ups do not rescan. */
class Finder {
  private from = 0;
  private hit = -1;
  constructor(
    private readonly text: string,
    private readonly char: string,
  ) {}
  /** Index of the next `char` at or after `from`, or NONE when there is none in the text. */
  at(from: number): number {
    if (from < this.from || this.hit < from) {
      const i = this.text.indexOf(this.char, from);
      this.hit = i === -1 ? NONE : i;
      this.from = from;
    }
    return this.hit;
  }
}

/** What reading at one position gave: where the next record starts, how many lines were passed, and the record (none for an empty line). */
type Step = { readonly next: number; readonly lines: number; readonly record?: CsvRecord };

/** Parses records out of text pushed to it in pieces; only the unread tail of the text is kept. */
class Parser {
  private text = '';
  private pos = 0; // where the unread text starts
  private line = 1; // the line number at pos
  ended = false; // set once the input is over: what is left must then be decided
  private queued: string[] = [];
  private queuedChars = 0;
  // After an incomplete record, wait until the unread text has doubled before trying again, so that a long
  // record arriving in small chunks is not rescanned from its start on every chunk.
  private retryAt = 0;
  private comma = new Finder('', ',');
  private quote = new Finder('', '"');
  private newline = new Finder('', '\n');

  push(text: string): void {
    this.queued.push(text);
    this.queuedChars += text.length;
  }

  /** The next record, or undefined when more text is needed (or, once ended, when there is none left). */
  next(): CsvRecord | undefined {
    for (;;) {
      if (this.queued.length > 0 && (this.ended || this.text.length - this.pos + this.queuedChars >= this.retryAt)) this.merge();
      const unread = this.text.length - this.pos;
      if (unread <= 0 || (!this.ended && unread < this.retryAt)) return undefined;
      const step = this.read(this.pos);
      if (!step) {
        this.retryAt = 2 * unread;
        return undefined;
      }
      this.retryAt = 0;
      this.pos = step.next;
      this.line += step.lines;
      if (step.record) return step.record;
    }
  }

  private merge(): void {
    this.text = this.text.slice(this.pos) + this.queued.join('');
    this.pos = 0;
    this.queued = [];
    this.queuedChars = 0;
    this.comma = new Finder(this.text, ',');
    this.quote = new Finder(this.text, '"');
    this.newline = new Finder(this.text, '\n');
  }

  /** Reads the record starting at `s`; undefined when the text ends before the record can be decided. */
  private read(s: number): Step | undefined {
    const t = this.text;
    // An empty line (nothing, or only a CR) is no record, but it still counts as a line.
    if (t.charCodeAt(s) === LF) return { next: s + 1, lines: 1 };
    if (t.charCodeAt(s) === CR && (s + 1 === t.length || t.charCodeAt(s + 1) === LF)) {
      return s + 1 < t.length || this.ended ? { next: s + 2, lines: 1 } : undefined;
    }
    const fields: string[] = [];
    let lines = 1; // the line the record starts on, plus line breaks inside quoted fields
    for (let i = s; ;) {
      let end: number; // just past the field's text (its closing quote if quoted)
      if (t.charCodeAt(i) === QUOTE) {
        // Skip escaped quotes ("") to find the closing one. A quote at the very end of the text could still be the first of a pair.
        let q = this.quote.at(i + 1);
        while (q + 1 < t.length && t.charCodeAt(q + 1) === QUOTE) q = this.quote.at(q + 2);
        const closed = q < t.length - 1 || (this.ended && q < t.length);
        const stop = closed ? q : t.length;
        let breaks = 0;
        for (let n = this.newline.at(i + 1); n < stop && breaks < maxQuotedLines; n = this.newline.at(n + 1)) breaks++;
        if (breaks >= maxQuotedLines || stop - i - 1 > maxQuotedChars) return this.reject(s, `quoted field not closed within ${maxQuotedLines} lines`);
        if (!closed) return this.ended ? this.reject(s, 'quoted field not closed before the end of the file') : undefined;
        lines += breaks;
        const value = t.slice(i + 1, q);
        fields.push(value.includes('"') ? value.replaceAll('""', '"') : value);
        end = q + 1;
      } else {
        let e = Math.min(this.comma.at(i), this.newline.at(i));
        if (e === NONE && !this.ended) return undefined;
        e = Math.min(e, t.length);
        if (this.quote.at(i) < e) return this.reject(s, `unexpected quote in an unquoted field (column ${fields.length + 1})`);
        if (e > i && t.charCodeAt(e - 1) === CR && t.charCodeAt(e) !== COMMA) e--; // the CR of a CRLF
        fields.push(t.slice(i, e));
        end = e;
      }
      if (t.charCodeAt(end) === COMMA) {
        i = end + 1;
        continue;
      }
      // The record ends here: at LF, CRLF or the end of the input. Anything else can only follow a closing quote.
      const lf = t.charCodeAt(end) === CR ? end + 1 : end;
      if (lf < t.length && t.charCodeAt(lf) !== LF) return this.reject(s, `text after a closing quote (column ${fields.length})`);
      if (lf >= t.length && !this.ended) return undefined;
      return { next: lf + 1, lines, record: { line: this.line, fields, raw: t.slice(s, end) } };
    }
  }

  /** A malformed record: report its first line and resume reading at the line after it (its later lines are read again). */
  private reject(s: number, error: string): Step | undefined {
    const t = this.text;
    const lf = this.newline.at(s);
    if (lf === NONE && !this.ended) return undefined; // the raw line is not complete yet
    const stop = Math.min(lf, t.length);
    const rawEnd = stop > s && t.charCodeAt(stop - 1) === CR ? stop - 1 : stop;
    return { next: stop + 1, lines: 1, record: { line: this.line, error, raw: t.slice(s, rawEnd) } };
  }
}

/** Reads records from a stream of text chunks (e.g. fs.createReadStream(path, {encoding:'utf8'})), one at a time. */
export async function* csvRecords(chunks: AsyncIterable<string | Buffer>): AsyncGenerator<CsvRecord> {
  // stream: true keeps a multibyte character split across Buffers; ignoreBOM keeps the BOM so it is dropped below for strings and Buffers alike.
  const decoder = new TextDecoder('utf-8', { ignoreBOM: true });
  const parser = new Parser();
  let atStart = true;
  const feed = (text: string): void => {
    if (text.length === 0) return;
    parser.push(atStart && text.startsWith('\uFEFF') ? text.slice(1) : text);
    atStart = false;
  };
  for await (const chunk of chunks) {
    // A string after Buffers first flushes whatever bytes the decoder still holds.
    feed(typeof chunk === 'string' ? decoder.decode() + chunk : decoder.decode(chunk, { stream: true }));
    for (let record = parser.next(); record; record = parser.next()) yield record;
  }
  feed(decoder.decode());
  parser.ended = true;
  for (let record = parser.next(); record; record = parser.next()) yield record;
}
