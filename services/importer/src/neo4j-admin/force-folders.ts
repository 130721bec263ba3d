import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { forceCodePattern } from '@crosslink/common';
import { bundleFiles } from './bundle-files.js';

/**
 * A national folder (as `npm run generate` writes one) holds one bundle per force, each in a folder
 * named by the force's code. The folders that are, in code order; none when the folder is a bundle itself.
 */
export function forceFolders(dir: string): { force: string; dir: string }[] {
  if (bundleFiles(dir).length > 0) return [];
  return readdirSync(dir)
    .filter((name) => forceCodePattern.test(name) && statSync(join(dir, name)).isDirectory() && bundleFiles(join(dir, name)).length > 0)
    .sort()
    .map((force) => ({ force, dir: join(dir, force) }));
}
