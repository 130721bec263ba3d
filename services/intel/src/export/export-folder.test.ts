import { existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { UsageError } from '@crosslink/common';
import { ExportFolder } from './export-folder.js';

const scratch = () => mkdtempSync(join(tmpdir(), 'crosslink-export-folder-'));
const file = (name: string, content: string) => ({ name, mediaType: 'text/csv', content });

describe('ExportFolder', () => {
  it('makes a new folder, with its parents, and writes each file new with its size in bytes', async () => {
    const path = join(scratch(), 'exports', 'larkspur');
    const folder = await ExportFolder.claim(path);
    const written = await folder.write([file('nodes.csv', 'id,label\r\np1,Zoë\r\n'), file('edges.csv', 'source,target\r\n')]);
    expect(written).toEqual([
      { path: join(path, 'nodes.csv'), bytes: 19 },
      { path: join(path, 'edges.csv'), bytes: 15 },
    ]);
    expect(readFileSync(join(path, 'nodes.csv'), 'utf8')).toContain('Zoë');
    await expect(folder.write([file('nodes.csv', 'again')])).rejects.toMatchObject({ code: 'EEXIST' });
  });

  it('takes an empty folder, and refuses one holding anything or a file', async () => {
    const empty = scratch();
    await expect(ExportFolder.claim(empty)).resolves.toBeInstanceOf(ExportFolder);
    writeFileSync(join(empty, 'notes.txt'), 'mine');
    await expect(ExportFolder.claim(empty)).rejects.toThrow(UsageError);
    await expect(ExportFolder.claim(empty)).rejects.toThrow('is not empty');
    await expect(ExportFolder.claim(join(empty, 'notes.txt'))).rejects.toThrow('is a file');
  });

  it('gives back what its claim made when nothing was written, and leaves a folder that was there', async () => {
    const base = scratch();
    const made = await ExportFolder.claim(join(base, 'a', 'b'));
    await made.release();
    expect(existsSync(join(base, 'a'))).toBe(false);
    expect(existsSync(base)).toBe(true);

    mkdirSync(join(base, 'kept'));
    await (await ExportFolder.claim(join(base, 'kept'))).release();
    expect(existsSync(join(base, 'kept'))).toBe(true);
  });
});
