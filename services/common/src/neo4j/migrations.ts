import { createHash } from 'node:crypto';
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Driver } from 'neo4j-driver';

export interface Migration {
  readonly version: number;
  readonly name: string;
  readonly statements: readonly string[];
  readonly checksum: string;
}

export interface MigrationReport {
  readonly applied: readonly string[];
  readonly alreadyApplied: number;
}

const fileName = /^(\d{4})_([a-z0-9_]+)\.cypher$/;

/**
 * Splits a migration file into statements: `;` at the end of a line ends a statement, and lines
 * starting with `//` are comments. Schema statements cannot share a transaction with writes, so each
 * statement runs on its own; every statement must therefore be idempotent (IF NOT EXISTS, MERGE).
 */
export function parseMigration(file: string, text: string): Migration {
  const match = fileName.exec(file);
  if (!match) throw new Error(`migration file name ${file} is not NNNN_snake_name.cypher`);
  const body = text
    .split('\n')
    .filter((line) => !line.trimStart().startsWith('//'))
    .join('\n');
  const statements = body
    .split(/;\s*$/m)
    .map((s) => s.trim())
    .filter((s) => s !== '');
  return {
    version: Number(match[1]),
    name: match[2] ?? '',
    statements,
    checksum: createHash('sha256').update(text).digest('hex'),
  };
}

export async function readMigrations(directory: string): Promise<Migration[]> {
  const files = (await readdir(directory)).filter((f) => f.endsWith('.cypher')).sort();
  const migrations = await Promise.all(files.map(async (f) => parseMigration(f, await readFile(join(directory, f), 'utf8'))));
  const versions = new Set<number>();
  for (const m of migrations) {
    if (versions.has(m.version)) throw new Error(`two migrations share version ${m.version}`);
    versions.add(m.version);
  }
  return migrations;
}

/**
 * Applies the migrations not yet recorded in the graph, in version order, and records each as a
 * (:Migration) node. A recorded migration whose file has since changed stops the run: applied
 * migrations are history, and a change belongs in a new file.
 */
export async function applyMigrations(driver: Driver, database: string, migrations: readonly Migration[]): Promise<MigrationReport> {
  const session = driver.session({ database });
  try {
    await session.run('CREATE CONSTRAINT migration_version IF NOT EXISTS FOR (m:Migration) REQUIRE m.version IS UNIQUE');
    const recorded = await session.run('MATCH (m:Migration) RETURN m.version AS version, m.checksum AS checksum');
    const checksums = new Map<number, string>(recorded.records.map((r) => [Number(r.get('version')), String(r.get('checksum'))]));
    const applied: string[] = [];
    for (const migration of migrations) {
      const known = checksums.get(migration.version);
      if (known !== undefined) {
        if (known !== migration.checksum) {
          throw new Error(`migration ${migration.version}_${migration.name} changed after it was applied; add a new migration instead`);
        }
        continue;
      }
      for (const statement of migration.statements) await session.run(statement);
      await session.run('MERGE (m:Migration {version: $version}) SET m.name = $name, m.checksum = $checksum, m.appliedAt = datetime()', {
        version: migration.version,
        name: migration.name,
        checksum: migration.checksum,
      });
      applied.push(`${String(migration.version).padStart(4, '0')}_${migration.name}`);
    }
    return { applied, alreadyApplied: migrations.length - applied.length };
  } finally {
    await session.close();
  }
}
