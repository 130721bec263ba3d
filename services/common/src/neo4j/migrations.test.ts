import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import { principalFromClaims } from '../auth/principal.js';
import { parseMigration, readMigrations } from './migrations.js';

const repositoryMigrations = fileURLToPath(new URL('../../../../infra/neo4j/migrations/', import.meta.url));

describe('parseMigration', () => {
  it('takes the version and name from the file name', () => {
    const migration = parseMigration('0012_case_indexes.cypher', 'RETURN 1;');
    expect(migration.version).toBe(12);
    expect(migration.name).toBe('case_indexes');
  });

  it.each(['1_x.cypher', '00001_x.cypher', '0001-x.cypher', '0001_Case.cypher', '0001_x.cql', '0001_.cypher', 'x_0001.cypher'])(
    'refuses the file name %s',
    (file) => {
      expect(() => parseMigration(file, 'RETURN 1;')).toThrow(/not NNNN_snake_name\.cypher/);
    },
  );

  it('ends a statement at a semicolon that ends a line', () => {
    const text = 'CREATE INDEX a IF NOT EXISTS FOR (n:A) ON (n.x);\nCREATE INDEX b IF NOT EXISTS FOR (n:B) ON (n.y);\n';
    expect(parseMigration('0001_x.cypher', text).statements).toEqual([
      'CREATE INDEX a IF NOT EXISTS FOR (n:A) ON (n.x)',
      'CREATE INDEX b IF NOT EXISTS FOR (n:B) ON (n.y)',
    ]);
  });

  it('keeps a statement spanning lines whole, and a semicolon inside a line', () => {
    const text = "UNWIND ['a;b', 'c'] AS v\nMERGE (t:Tag {v: v});\n\nRETURN 1;";
    expect(parseMigration('0001_x.cypher', text).statements).toEqual(["UNWIND ['a;b', 'c'] AS v\nMERGE (t:Tag {v: v})", 'RETURN 1']);
  });

  it('keeps a last statement that has no semicolon', () => {
    expect(parseMigration('0001_x.cypher', 'RETURN 1;\nRETURN 2').statements).toEqual(['RETURN 1', 'RETURN 2']);
  });

  it('tolerates trailing spaces and CRLF line ends', () => {
    expect(parseMigration('0001_x.cypher', 'RETURN 1;  \r\nRETURN 2;\r\n').statements).toEqual(['RETURN 1', 'RETURN 2']);
  });

  it('drops comment lines, indented or not, but keeps // inside a statement', () => {
    const text = "// header\nRETURN 1;\n   // indented; with a semicolon;\nRETURN 'http://example.org';\n// trailer\n";
    expect(parseMigration('0001_x.cypher', text).statements).toEqual(['RETURN 1', "RETURN 'http://example.org'"]);
  });

  it('yields no statement from a file of comments and blank lines', () => {
    expect(parseMigration('0001_x.cypher', '// nothing yet\n\n   \n').statements).toEqual([]);
  });

  it('has a stable checksum of the whole text', () => {
    const text = 'CREATE INDEX a IF NOT EXISTS FOR (n:A) ON (n.x);\n';
    const first = parseMigration('0001_x.cypher', text).checksum;
    expect(first).toMatch(/^[0-9a-f]{64}$/);
    expect(parseMigration('0001_x.cypher', text).checksum).toBe(first);
    expect(parseMigration('0001_x.cypher', text.replace('n.x', 'n.y')).checksum).not.toBe(first);
    expect(parseMigration('0001_x.cypher', `// note\n${text}`).checksum).not.toBe(first);
  });
});

describe('readMigrations', () => {
  let scratch: string | undefined;
  afterEach(async () => {
    if (scratch !== undefined) await rm(scratch, { recursive: true, force: true });
    scratch = undefined;
  });

  it('reads .cypher files in version order and ignores other files', async () => {
    scratch = await mkdtemp(join(tmpdir(), 'crosslink-migrations-'));
    await writeFile(join(scratch, '0002_second.cypher'), 'RETURN 2;');
    await writeFile(join(scratch, '0001_first.cypher'), 'RETURN 1;');
    await writeFile(join(scratch, 'README.md'), '# notes');
    const migrations = await readMigrations(scratch);
    expect(migrations.map((m) => [m.version, m.name])).toEqual([
      [1, 'first'],
      [2, 'second'],
    ]);
  });

  it('refuses two migrations with one version', async () => {
    scratch = await mkdtemp(join(tmpdir(), 'crosslink-migrations-'));
    await writeFile(join(scratch, '0001_first.cypher'), 'RETURN 1;');
    await writeFile(join(scratch, '0001_other.cypher'), 'RETURN 2;');
    await expect(readMigrations(scratch)).rejects.toThrow('two migrations share version 1');
  });
});

describe('infra/neo4j/migrations', () => {
  it('parses, with unique versions in ascending order starting at 1', async () => {
    // Ranges of versions are kept for areas of the code (0010s case coordination, 0030s audit), so gaps are expected.
    const migrations = await readMigrations(repositoryMigrations);
    const versions = migrations.map((m) => m.version);
    expect(new Set(versions).size).toBe(versions.length);
    expect(versions[0]).toBe(1);
    expect(versions).toEqual([...versions].sort((a, b) => a - b));
    for (const m of migrations) expect(m.statements.length, m.name).toBeGreaterThan(0);
  });

  it('0001 creates every constraint and index only if it does not exist', async () => {
    const [first] = await readMigrations(repositoryMigrations);
    expect(first?.version).toBe(1);
    expect(first?.statements.length).toBeGreaterThan(0);
    for (const statement of first?.statements ?? []) {
      expect(statement).toMatch(/^CREATE (CONSTRAINT|INDEX) \w+ IF NOT EXISTS /);
    }
  });

  it('every statement can run twice: schema statements say IF NOT EXISTS, writes MERGE', async () => {
    for (const migration of await readMigrations(repositoryMigrations)) {
      for (const statement of migration.statements) {
        const idempotent = /^CREATE (CONSTRAINT|INDEX|FULLTEXT INDEX) .* IF NOT EXISTS /s.test(statement) || !/\bCREATE\b/.test(statement);
        expect(idempotent, `${migration.name}: ${statement.slice(0, 60)}`).toBe(true);
      }
    }
  });

  it('seeds only force codes that a token’s force claim can carry', async () => {
    const forces = (await readMigrations(repositoryMigrations)).find((m) => m.name === 'forces');
    const codes = [...(forces?.statements.join('\n') ?? '').matchAll(/code: '([^']*)'/g)].map((m) => m[1] ?? '');
    expect(codes).toContain('NCA');
    expect(new Set(codes).size).toBe(codes.length);
    for (const force of codes) {
      expect(() => principalFromClaims({ sub: 's', preferred_username: 'u', clearance: 'OFFICIAL', force }), force).not.toThrow();
    }
  });
});
