import { mkdir, readdir, rmdir, writeFile } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import type { ExportFile } from '../network/network.export.js';
import { UsageError } from '@crosslink/common';

export interface WrittenFile {
  readonly path: string;
  readonly bytes: number;
}

/**
 * The folder an export's files go in. Claimed before anything is disclosed, so a folder that cannot
 * be used is refused before the disclosure is audited: a new folder, or an empty one, never one
 * already holding files an export could be mixed up with or overwrite. Given back when the export
 * is refused or fails: what the claim made is removed again, so a refusal leaves nothing behind.
 */
export class ExportFolder {
  private constructor(
    readonly path: string,
    /** The outermost folder the claim made, or null when the folder was there already. */
    private readonly made: string | null,
  ) {}

  static async claim(given: string): Promise<ExportFolder> {
    const path = resolve(given);
    let entries: string[];
    try {
      entries = await readdir(path);
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      if (code === 'ENOTDIR') throw new UsageError(`--out ${path} is a file: name a new or empty folder`);
      if (code !== 'ENOENT') throw error;
      const made = await mkdir(path, { recursive: true });
      return new ExportFolder(path, made ?? path);
    }
    if (entries.length > 0) throw new UsageError(`--out ${path} is not empty: name a new or empty folder`);
    return new ExportFolder(path, null);
  }

  /** Writes each file new (an existing one is never overwritten), answering where and how big. */
  async write(files: readonly ExportFile[]): Promise<WrittenFile[]> {
    const written: WrittenFile[] = [];
    for (const file of files) {
      const path = join(this.path, file.name);
      await writeFile(path, file.content, { flag: 'wx' });
      written.push({ path, bytes: Buffer.byteLength(file.content) });
    }
    return written;
  }

  /** Removes the folders the claim made, innermost first, as long as they are still empty. */
  async release(): Promise<void> {
    if (this.made === null) return;
    for (let dir = this.path; ; dir = dirname(dir)) {
      const removed = await rmdir(dir).then(
        () => true,
        () => false,
      );
      if (!removed || dir === this.made) return;
    }
  }
}
