import { readdirSync } from 'node:fs';
import { join } from 'node:path';

/** One file of a neo4j-admin CSV bundle: `<graph>.nodes.<Label>.csv` or `<graph>.relationships.<TYPE>.csv`. */
export interface BundleFile {
  readonly path: string;
  readonly graph: string;
  readonly kind: 'nodes' | 'relationships';
  /** The label of a nodes file, the type of a relationships file. */
  readonly name: string;
}

// A label or relationship type, as a file's name carries it.
const name = '[A-Za-z_][A-Za-z0-9_]*';
const pattern = new RegExp(`^(.+)\\.(nodes|relationships)\\.(${name})\\.csv$`);
const namePattern = new RegExp(`^${name}$`);

/** Whether a label or type can name a bundle file: a mapping naming any other could never match one. */
export function isBundleName(text: string): boolean {
  return namePattern.test(text);
}

/** The bundle's files in a folder, by name; other files are not the bundle's and are left alone. */
export function bundleFiles(dir: string): BundleFile[] {
  return readdirSync(dir)
    .map((name) => pattern.exec(name))
    .filter((match) => match !== null)
    .map(([file, graph, kind, name]) => ({ path: join(dir, file!), graph: graph!, kind: kind as BundleFile['kind'], name: name! }))
    .sort((a, b) => a.path.localeCompare(b.path));
}
