import { describe, expect, it } from 'vitest';
import { csvRecords, type CsvRecord } from './csv-records.js';

async function* stream<T>(chunks: readonly T[]): AsyncGenerator<T> {
  for (const chunk of chunks) yield chunk;
}

async function collect(chunks: readonly (string | Buffer)[]): Promise<CsvRecord[]> {
  const records: CsvRecord[] = [];
  for await (const record of csvRecords(stream(chunks))) records.push(record);
  return records;
}

const read = (text: string): Promise<CsvRecord[]> => collect([text]);

/** Splits text into pieces of the given sizes, cycling through them. */
function split(text: string, sizes: readonly number[]): string[] {
  const pieces: string[] = [];
  for (let i = 0, k = 0; i < text.length; k++) {
    const size = sizes[k % sizes.length] ?? 1;
    pieces.push(text.slice(i, i + size));
    i += size;
  }
  return pieces;
}

/** A small deterministic pseudo-random generator, so a failing split can be reproduced. */
function random(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state * 1_103_515_245 + 12_345) % 2 ** 31;
    return state / 2 ** 31;
  };
}

describe('csvRecords', () => {
  it('reads simple rows with their line numbers and raw text', async () => {
    expect(await read('a,b,c\n1,2,3\n')).toEqual([
      { line: 1, fields: ['a', 'b', 'c'], raw: 'a,b,c' },
      { line: 2, fields: ['1', '2', '3'], raw: '1,2,3' },
    ]);
  });

  it('keeps empty fields', async () => {
    expect(await read(',a,\n""\n')).toEqual([
      { line: 1, fields: ['', 'a', ''], raw: ',a,' },
      { line: 2, fields: [''], raw: '""' },
    ]);
  });

  it('accepts CRLF line endings', async () => {
    expect(await read('a,b\r\n1,\r\n"x",y\r\n')).toEqual([
      { line: 1, fields: ['a', 'b'], raw: 'a,b' },
      { line: 2, fields: ['1', ''], raw: '1,' },
      { line: 3, fields: ['x', 'y'], raw: '"x",y' },
    ]);
  });

  it('drops a UTF-8 BOM at the start of strings and Buffers, but nowhere else', async () => {
    const expected = [{ line: 1, fields: ['id', 'name'], raw: 'id,name' }];
    expect(await read('\uFEFFid,name\n')).toEqual(expected);
    expect(await collect([Buffer.from([0xef, 0xbb]), Buffer.from([0xbf]), Buffer.from('id,name\n')])).toEqual(expected);
    expect(await read('a\n\uFEFFb\n')).toEqual([
      { line: 1, fields: ['a'], raw: 'a' },
      { line: 2, fields: ['\uFEFFb'], raw: '\uFEFFb' },
    ]);
  });

  it('reads quoted fields with commas, escaped quotes and a lone CR', async () => {
    expect(await read('"a,b","a ""b"" c","""","x\ry"\n')).toEqual([{ line: 1, fields: ['a,b', 'a "b" c', '"', 'x\ry'], raw: '"a,b","a ""b"" c","""","x\ry"' }]);
  });

  it('reads line breaks inside quoted fields and counts them for the next records', async () => {
    expect(await read('1,"two\nlines"\n2,"three\r\nmore\nlines"\n3,x\n')).toEqual([
      { line: 1, fields: ['1', 'two\nlines'], raw: '1,"two\nlines"' },
      { line: 3, fields: ['2', 'three\r\nmore\nlines'], raw: '2,"three\r\nmore\nlines"' },
      { line: 6, fields: ['3', 'x'], raw: '3,x' },
    ]);
  });

  it('skips empty lines but counts them', async () => {
    expect(await read('\na\n\r\n\nb\r\n\r\n')).toEqual([
      { line: 2, fields: ['a'], raw: 'a' },
      { line: 5, fields: ['b'], raw: 'b' },
    ]);
    expect(await read('')).toEqual([]);
    expect(await read('\n\r\n')).toEqual([]);
  });

  it('returns a last record without a final newline', async () => {
    expect(await read('a,b\nc,d')).toEqual([
      { line: 1, fields: ['a', 'b'], raw: 'a,b' },
      { line: 2, fields: ['c', 'd'], raw: 'c,d' },
    ]);
    expect(await read('a,"b"')).toEqual([{ line: 1, fields: ['a', 'b'], raw: 'a,"b"' }]);
    expect(await read('a,b\r')).toEqual([{ line: 1, fields: ['a', 'b'], raw: 'a,b' }]);
  });

  const sample = [
    '\uFEFFid,name,notes\r\n',
    '1,"Smith, J","said ""no""\r\nthen left"\r\n',
    '\r\n',
    '2,Ann,\n',
    '3,ab"c,x\n',
    '4,"ab"c,x\n',
    '5,"",""""\n',
    '\n',
    '6,Zoë 🚓,"é\nè"\n',
    '7,"unclosed,x\n',
    '8,y',
  ].join('');

  it('gives the same records whatever the chunk sizes', async () => {
    const whole = await read(sample);
    expect(whole.map((record) => ('error' in record ? `${record.line}: ${record.error}` : `${record.line}: ${record.fields.join('|')}`))).toEqual([
      '1: id|name|notes',
      '2: 1|Smith, J|said "no"\r\nthen left',
      '5: 2|Ann|',
      '6: unexpected quote in an unquoted field (column 2)',
      '7: text after a closing quote (column 2)',
      '8: 5||"',
      '10: 6|Zoë 🚓|é\nè',
      '12: quoted field not closed before the end of the file',
      '13: 8|y',
    ]);
    expect(await collect(split(sample, [1]))).toEqual(whole);
    for (let seed = 1; seed <= 50; seed++) {
      const next = random(seed);
      const sizes = Array.from({ length: 20 }, () => 1 + Math.floor(next() * 12));
      expect(await collect(split(sample, sizes))).toEqual(whole);
    }
  });

  it('on random text, is independent of chunking and gives every non-empty line to exactly one record', async () => {
    const alphabet = ['a', ',', '"', '"', '\r', '\n', '\n', 'é', '🚓'];
    const next = random(7);
    for (let round = 0; round < 300; round++) {
      const text = Array.from({ length: Math.floor(next() * 40) }, () => alphabet[Math.floor(next() * alphabet.length)]).join('');
      const whole = await read(text);
      expect(await collect([...text])).toEqual(whole);
      const bytes = Buffer.from(text);
      expect(await collect(split(bytes.toString('latin1'), [1 + Math.floor(next() * 5)]).map((piece) => Buffer.from(piece, 'latin1')))).toEqual(whole);
      // Each record's raw text is its lines of the input (the first only, for an error) without the last CR,
      // and the records cover each non-empty line once (empty lines only inside a quoted field).
      const lines = text.split('\n');
      const covered = lines.map(() => 0);
      for (const record of whole) {
        const count = record.raw.split('\n').length;
        const own = lines.slice(record.line - 1, record.line - 1 + count).join('\n');
        expect(own.endsWith('\r') ? own.slice(0, -1) : own).toBe(record.raw);
        for (let j = record.line - 1; j < record.line - 1 + count; j++) covered[j] = (covered[j] ?? 0) + 1;
      }
      expect(covered.filter((times, j) => times > 1 || (times === 0 && lines[j] !== '' && lines[j] !== '\r'))).toEqual([]);
    }
  });

  it('decodes multibyte characters split across Buffer chunks at every position', async () => {
    const bytes = Buffer.from(sample, 'utf8');
    const whole = await read(sample);
    for (let cut = 0; cut <= bytes.length; cut++) {
      expect(await collect([bytes.subarray(0, cut), bytes.subarray(cut)])).toEqual(whole);
    }
    expect(await collect([...bytes].map((byte) => Buffer.from([byte])))).toEqual(whole);
  });

  it('reports a quote inside an unquoted field and reads on', async () => {
    expect(await read('a,b\n1,ab"c,x\n2,y\n')).toEqual([
      { line: 1, fields: ['a', 'b'], raw: 'a,b' },
      { line: 2, error: 'unexpected quote in an unquoted field (column 2)', raw: '1,ab"c,x' },
      { line: 3, fields: ['2', 'y'], raw: '2,y' },
    ]);
  });

  it('reports text after a closing quote and reads on', async () => {
    expect(await read('a\r\n"ab"c,x\r\n2,y\r\n')).toEqual([
      { line: 1, fields: ['a'], raw: 'a' },
      { line: 2, error: 'text after a closing quote (column 1)', raw: '"ab"c,x' },
      { line: 3, fields: ['2', 'y'], raw: '2,y' },
    ]);
    // A lone CR after a closing quote is text too.
    expect(await read('"a"\rb\nc\n')).toEqual([
      { line: 1, error: 'text after a closing quote (column 1)', raw: '"a"\rb' },
      { line: 2, fields: ['c'], raw: 'c' },
    ]);
  });

  it('rejects only the first line of a malformed multi-line record and reads its later lines again', async () => {
    expect(await read('1,"x\ny"z\n2,w\n')).toEqual([
      { line: 1, error: 'text after a closing quote (column 2)', raw: '1,"x' },
      { line: 2, error: 'unexpected quote in an unquoted field (column 1)', raw: 'y"z' },
      { line: 3, fields: ['2', 'w'], raw: '2,w' },
    ]);
  });

  it('reports a quoted field still open at the end of the file, then reads the lines after its start', async () => {
    expect(await read('a\n1,"open\n2,x\n3,y')).toEqual([
      { line: 1, fields: ['a'], raw: 'a' },
      { line: 2, error: 'quoted field not closed before the end of the file', raw: '1,"open' },
      { line: 3, fields: ['2', 'x'], raw: '2,x' },
      { line: 4, fields: ['3', 'y'], raw: '3,y' },
    ]);
    expect(await read('"')).toEqual([{ line: 1, error: 'quoted field not closed before the end of the file', raw: '"' }]);
  });

  it('gives up on a quoted field spanning more than 1000 lines and resumes on the line after its start', async () => {
    const body = Array.from({ length: 1500 }, (_, i) => `r${i + 2}`).join('\n');
    const records = await collect(split(`1,"stray\n${body}\n"end\n`, [4096]));
    expect(records[0]).toEqual({ line: 1, error: 'quoted field not closed within 1000 lines', raw: '1,"stray' });
    expect(records[1]).toEqual({ line: 2, fields: ['r2'], raw: 'r2' });
    expect(records[1500]).toEqual({ line: 1501, fields: ['r1501'], raw: 'r1501' });
    expect(records.at(-1)).toEqual({ line: 1502, error: 'quoted field not closed before the end of the file', raw: '"end' });
    expect(records).toHaveLength(1502);
    // Exactly 1000 lines is still accepted.
    const ok = await read(`"${'x\n'.repeat(999)}y",z\nnext\n`);
    expect(ok.map((record) => record.line)).toEqual([1, 1001]);
    expect(ok[0]).toMatchObject({ fields: [`${'x\n'.repeat(999)}y`, 'z'] });
  });

  it('gives up on a quoted field longer than 1,000,000 characters', async () => {
    const records = await collect(split(`"${'x'.repeat(1_000_001)}\nnext\n`, [65_536]));
    expect(records.map((record) => ('error' in record ? record.error : record.fields))).toEqual(['quoted field not closed within 1000 lines', ['next']]);
  });

  it('reads a 200,000-line, 12-column file in chunks', async () => {
    const row = (i: number): string =>
      `${i},force-${i % 43},"Street, ${i}",2024-01-${(i % 28) + 1},burglary,on or near x,,51.5,-0.12,E01000001,open,"a ""quoted"" note"\n`;
    const text = Array.from({ length: 200_000 }, (_, i) => row(i)).join('');
    let count = 0;
    let last: CsvRecord | undefined;
    for await (const record of csvRecords(stream(split(text, [65_536])))) {
      count++;
      last = record;
    }
    expect(count).toBe(200_000);
    expect(last && 'fields' in last ? last.fields : []).toEqual([
      '199999',
      'force-6',
      'Street, 199999',
      '2024-01-24',
      'burglary',
      'on or near x',
      '',
      '51.5',
      '-0.12',
      'E01000001',
      'open',
      'a "quoted" note',
    ]);
    expect(last?.line).toBe(200_000);
  });
});
