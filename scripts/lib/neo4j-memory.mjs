// @ts-check
// How much memory Neo4j is given, from the size of its store. A demo or test store (tens of MB)
// runs in the defaults, which leave the machine to the services and Keycloak; a store that has
// grown (a national import: several GB) gets a page cache that holds it, within reason, and a
// larger heap for the transactions that write it.
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

const MB = 1024 * 1024;
const GB = 1024 * MB;

/**
 * @param {number} storeBytes size of the database store and its transaction logs
 * @param {number} machineBytes the machine's memory
 * @returns {{ heap: string, pageCache: string }} JVM heap (-Xmx) and server.memory.pagecache.size
 */
export function neo4jMemory(storeBytes, machineBytes) {
  if (storeBytes < 512 * MB) return { heap: '1g', pageCache: '256m' };
  // The page cache holds the store and room to grow (a quarter again), up to 40% of the machine;
  // the heap grows in steps with the store, up to a quarter of the machine.
  const pageCache = Math.max(256 * MB, Math.min(storeBytes * 1.25, machineBytes * 0.4));
  const heap = Math.min(storeBytes >= 4 * GB ? 4 * GB : 2 * GB, machineBytes * 0.25);
  return { heap: `${Math.floor(heap / MB)}m`, pageCache: `${Math.floor(pageCache / MB)}m` };
}

/** Bytes under a folder (0 when it does not exist). @param {string} dir */
export function folderBytes(dir) {
  let total = 0;
  try {
    for (const entry of readdirSync(dir, { recursive: true, withFileTypes: true })) {
      if (entry.isFile()) total += statSync(join(entry.parentPath, entry.name)).size;
    }
  } catch {
    return 0;
  }
  return total;
}
