import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { csvField, RejectFile } from './reject-file.js';

describe('csvField', () => {
  it('leaves plain values alone and quotes those holding a comma, quote, CR or LF', () => {
    expect(csvField('plain text')).toBe('plain text');
    expect(csvField('')).toBe('');
    expect(csvField('a,b')).toBe('"a,b"');
    expect(csvField('say "hi"')).toBe('"say ""hi"""');
    expect(csvField('one\ntwo')).toBe('"one\ntwo"');
    expect(csvField('one\r\ntwo')).toBe('"one\r\ntwo"');
  });
});

describe('RejectFile', () => {
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'reject-file-'));
  });
  afterEach(() => {
    rmSync(dir, { recursive: true, force: true });
  });

  it('creates no file when nothing is rejected', async () => {
    const rejects = new RejectFile(join(dir, 'rejects.csv'));
    await rejects.close();
    expect(rejects.count).toBe(0);
    expect(existsSync(rejects.path)).toBe(false);
  });

  it('writes a header and one CSV row per rejection, quoting fields that need it', async () => {
    const rejects = new RejectFile(join(dir, 'rejects.csv'));
    rejects.write({ line: 2, code: 'INVALID_VALUE', column: 'Month', reason: 'Month "2024-13" is not a valid month.', raw: 'abc,2024-13,Greater Manchester' });
    rejects.write({ line: 7, code: 'FIELD_COUNT', column: '', reason: 'The record has 3 fields, the header 12.', raw: 'x,"multi\nline",y' });
    rejects.write({ line: 10, code: 'MISSING_VALUE', column: 'Crime ID', reason: 'Missing.', raw: 'plain' });
    expect(rejects.count).toBe(3);
    await rejects.close();
    expect(readFileSync(rejects.path, 'utf8')).toBe(
      [
        'line,code,column,reason,record',
        '2,INVALID_VALUE,Month,"Month ""2024-13"" is not a valid month.","abc,2024-13,Greater Manchester"',
        '7,FIELD_COUNT,,"The record has 3 fields, the header 12.","x,""multi\nline"",y"',
        '10,MISSING_VALUE,Crime ID,Missing.,plain',
        '',
      ].join('\n'),
    );
  });

  it("replaces a previous run's file rather than appending to it", async () => {
    const path = join(dir, 'rejects.csv');
    writeFileSync(path, 'old contents that are much longer than the new ones\n'.repeat(10));
    const rejects = new RejectFile(path);
    rejects.write({ line: 1, code: 'MALFORMED_RECORD', column: '', reason: 'Bad.', raw: 'r' });
    await rejects.close();
    expect(readFileSync(path, 'utf8')).toBe('line,code,column,reason,record\n1,MALFORMED_RECORD,,Bad.,r\n');
  });

  it('reports a failure to write through close(), and refuses writes after it', async () => {
    const rejects = new RejectFile(join(dir, 'no-such-folder', 'rejects.csv'));
    rejects.write({ line: 1, code: 'MALFORMED_RECORD', column: '', reason: 'Bad.', raw: 'r' });
    await expect(rejects.close()).rejects.toThrow(/ENOENT/);
    expect(() => rejects.write({ line: 2, code: 'MALFORMED_RECORD', column: '', reason: 'Bad.', raw: 'r' })).toThrow(/closed/);
  });
});
