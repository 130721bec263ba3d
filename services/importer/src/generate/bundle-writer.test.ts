import { createReadStream } from 'node:fs';
import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { csvRecords } from '../csv/csv-records.js';
import { BundleWriter, csvField, csvRow, nodeHeaders, relationshipHeaders } from './bundle-writer.js';

describe('csvField', () => {
  it('quotes only fields with a comma, quote or line break, doubling quotes', () => {
    expect(csvField('178 Polding Street')).toBe('178 Polding Street');
    expect(csvField("O'Brien")).toBe("O'Brien");
    expect(csvField('Flat 4, 22 Mill Lane')).toBe('"Flat 4, 22 Mill Lane"');
    expect(csvField('described as "tall"')).toBe('"described as ""tall"""');
    expect(csvField('two\nlines')).toBe('"two\nlines"');
    expect(csvRow(['a', '', 'b,c'])).toBe('a,,"b,c"');
  });
});

describe('BundleWriter', () => {
  it('writes every file of a bundle with its header, rows that read back as written', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'crosslink-bundle-'));
    try {
      const out = await BundleWriter.open(dir, 'test');
      const location = out.node('Location');
      for (let i = 0; i < 20_000; i++) location.row(csvRow([`L${i}`, '53.4', 'M1 1AA', '-2.2', `Flat ${i}, 1 "The" Street`, 'Location']));
      await out.breathe();
      out.link('KNOWS', 'P1', 'P2');
      const report = await out.close();
      expect(report.find((f) => f.name === 'test.nodes.Location.csv')?.rows).toBe(20_000);
      expect((await readdir(dir)).sort()).toEqual(
        [...Object.keys(nodeHeaders).map((l) => `test.nodes.${l}.csv`), ...Object.keys(relationshipHeaders).map((t) => `test.relationships.${t}.csv`)].sort(),
      );
      expect(await readFile(join(dir, 'test.relationships.KNOWS.csv'), 'utf8')).toBe(':START_ID,:END_ID,:TYPE\nP1,P2,KNOWS\n');
      const rows: (readonly string[])[] = [];
      for await (const record of csvRecords(createReadStream(join(dir, 'test.nodes.Location.csv')))) {
        if ('error' in record) throw new Error(record.error);
        rows.push(record.fields);
      }
      expect(rows).toHaveLength(20_001);
      expect(rows[0]?.join(',')).toBe(nodeHeaders.Location);
      expect(rows[20_000]).toEqual(['L19999', '53.4', 'M1 1AA', '-2.2', 'Flat 19999, 1 "The" Street', 'Location']);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });

  it('does not wait for a file that fell behind and has caught up since', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'crosslink-bundle-'));
    try {
      const out = await BundleWriter.open(dir, 'test');
      const line = 'x'.repeat(1000);
      for (let i = 0; i < 5000; i++) out.node('Person').row(line);
      await new Promise((resolve) => setTimeout(resolve, 300));
      const breathed = await Promise.race([out.breathe().then(() => true), new Promise((resolve) => setTimeout(() => resolve(false), 5000))]);
      expect(breathed).toBe(true);
      await out.close();
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});
