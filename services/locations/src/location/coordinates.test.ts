import { describe, expect, it } from 'vitest';
import { validateCoordinates } from './coordinates.js';
import { forceAreaOf } from './force-area.js';

describe('coordinates', () => {
  it('accepts a UK point, or none', () => {
    expect(validateCoordinates(53.4531, -2.2246, 'input')).toEqual({ latitude: 53.4531, longitude: -2.2246 });
    expect(validateCoordinates(null, undefined, 'input')).toBeNull();
  });

  it.each([
    [53.4, null, 'input.longitude'],
    [null, -2.2, 'input.latitude'],
    [40.4, -3.7, 'input.latitude'],
    [53.4, 12.5, 'input.longitude'],
    [Number.NaN, -2.2, 'input.latitude'],
  ])('refuses (%s, %s) naming %s', (latitude, longitude, field) => {
    expect(() => validateCoordinates(latitude, longitude, 'input')).toThrow(expect.objectContaining({ details: { field } }));
  });
});

describe('force areas', () => {
  it.each([
    ['M', 'GMP'],
    ['L', 'MERPOL'],
    ['B', 'WMP'],
    ['CW', 'CHES'],
    ['EC', 'COLP'],
    ['E', 'MPS'],
    ['G', 'PSOS'],
    ['BT', 'PSNI'],
    ['LL', 'NWP'],
  ])('gives %s to %s', (area, force) => {
    expect(forceAreaOf(area)).toBe(force);
  });

  it('names only forces that exist', async () => {
    const { readFile } = await import('node:fs/promises');
    const forces = await readFile(new URL('../../../../infra/neo4j/migrations/0002_forces.cypher', import.meta.url), 'utf8');
    const areas = [
      'AB',
      'AL',
      'B',
      'BA',
      'BB',
      'BD',
      'BH',
      'BL',
      'BN',
      'BR',
      'BS',
      'BT',
      'CA',
      'CB',
      'CF',
      'CH',
      'CM',
      'CO',
      'CR',
      'CT',
      'CV',
      'CW',
      'DA',
      'DD',
      'DE',
      'DG',
      'DH',
      'DL',
      'DN',
      'DT',
      'DY',
      'E',
      'EC',
      'EH',
      'EN',
      'EX',
      'FK',
      'FY',
      'G',
      'GL',
      'GU',
      'HA',
      'HD',
      'HG',
      'HP',
      'HR',
      'HS',
      'HU',
      'HX',
      'IG',
      'IP',
      'IV',
      'KA',
      'KT',
      'KW',
      'KY',
      'L',
      'LA',
      'LD',
      'LE',
      'LL',
      'LN',
      'LS',
      'LU',
      'M',
      'ME',
      'MK',
      'ML',
      'N',
      'NE',
      'NG',
      'NN',
      'NP',
      'NR',
      'NW',
      'OL',
      'OX',
      'PA',
      'PE',
      'PH',
      'PL',
      'PO',
      'PR',
      'RG',
      'RH',
      'RM',
      'S',
      'SA',
      'SE',
      'SG',
      'SK',
      'SL',
      'SM',
      'SN',
      'SO',
      'SP',
      'SR',
      'SS',
      'ST',
      'SW',
      'SY',
      'TA',
      'TD',
      'TF',
      'TN',
      'TQ',
      'TR',
      'TS',
      'TW',
      'UB',
      'W',
      'WA',
      'WC',
      'WD',
      'WF',
      'WN',
      'WR',
      'WS',
      'WV',
      'YO',
      'ZE',
    ];
    for (const area of areas) {
      const force = forceAreaOf(area);
      expect(force, area).not.toBeNull();
      expect(forces, `${area} → ${force}`).toContain(`code: '${force}'`);
    }
  });

  it('knows no force for the Crown dependencies', () => {
    expect(forceAreaOf('JE')).toBeNull();
    expect(forceAreaOf('GY')).toBeNull();
  });
});
