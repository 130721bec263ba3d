import { readdirSync, readFileSync } from 'node:fs';
import { extname, join, relative, sep } from 'node:path';
import { gzipSync } from 'node:zlib';

/** One file of the built app, held in memory with its compressed form. */
export interface Asset {
  readonly body: Buffer;
  /** Present when compressing saved something. */
  readonly gzip?: Buffer;
  readonly type: string;
  /** Vite names what it emits under assets/ by content hash: such a file never changes. */
  readonly immutable: boolean;
}

const types: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.txt': 'text/plain; charset=utf-8',
};
const compressible = new Set(['.html', '.js', '.css', '.json', '.svg', '.txt']);

/**
 * Reads the built app once, at start. Requests are answered from this map by exact path, so no
 * request path ever reaches the file system (nothing to traverse out of).
 */
export function loadAssets(dir: string): ReadonlyMap<string, Asset> {
  const assets = new Map<string, Asset>();
  for (const entry of readdirSync(dir, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    const file = join(entry.parentPath, entry.name);
    const urlPath = `/${relative(dir, file).split(sep).join('/')}`;
    const extension = extname(entry.name);
    const body = readFileSync(file);
    const gzip = compressible.has(extension) ? gzipSync(body, { level: 9 }) : undefined;
    assets.set(urlPath, {
      body,
      ...(gzip !== undefined && gzip.length < body.length ? { gzip } : {}),
      type: types[extension] ?? 'application/octet-stream',
      immutable: urlPath.startsWith('/assets/'),
    });
  }
  if (!assets.has('/index.html')) throw new Error(`${dir} holds no index.html: build the console first (npm run build)`);
  return assets;
}
