import { at } from './random.js';

/**
 * The 43 territorial forces of England and Wales (the codes of infra/neo4j/migrations/0002_forces.cypher
 * with kind TERRITORIAL, in its order), with what the generator needs of each: an approximate resident
 * population, a centre its places scatter around, the postcode districts its addresses use and the
 * first letter of its vehicle registrations.
 */
export interface Force {
  readonly code: string;
  readonly population: number;
  readonly lat: number;
  readonly lon: number;
  /** How far (degrees of latitude, about one standard deviation) places lie from the centre. */
  readonly spread: number;
  /** Postcode districts ('M14', 'EC1A'). */
  readonly districts: readonly string[];
  /** The first letter of a registration issued in the area (the DVLA's regional letter). */
  readonly regLetter: string;
}

/** Districts written 'M1-46' (M1 to M46) or literally ('EC1A'). */
function expand(ranges: string): string[] {
  const districts: string[] = [];
  for (const token of ranges.split(' ')) {
    const range = /^([A-Z]+)(\d+)-(\d+)$/.exec(token);
    if (range === null) {
      districts.push(token);
      continue;
    }
    const [, area = '', from = '0', to = '0'] = range;
    for (let n = Number(from); n <= Number(to); n++) districts.push(`${area}${n}`);
  }
  return districts;
}

const city = 'EC1A EC1M EC1N EC1R EC1V EC1Y EC2A EC2M EC2N EC2R EC2V EC2Y EC3A EC3M EC3N EC3R EC3V EC4A EC4M EC4N EC4R EC4V EC4Y';
const westCentral = 'WC1A WC1B WC1E WC1H WC1N WC1R WC1V WC1X WC2A WC2B WC2E WC2H WC2N WC2R';

// code, population, latitude, longitude, spread, postcode districts, registration letter
const table: readonly (readonly [string, number, number, number, number, string, string])[] = [
  ['ASP', 1_760_000, 51.4545, -2.5879, 0.25, 'BS1-49 BA1-22 TA1-24', 'W'],
  ['BEDS', 700_000, 52.02, -0.45, 0.12, 'LU1-7 MK40-45 SG15-19', 'K'],
  ['CAMBS', 900_000, 52.3, 0.05, 0.2, 'CB1-25 PE1-29', 'A'],
  ['CHES', 1_070_000, 53.2, -2.55, 0.15, 'CH1-4 CW1-12 WA1-16 SK9-12', 'M'],
  ['COLP', 8_600, 51.5155, -0.0922, 0.006, city, 'L'],
  ['CLEV', 570_000, 54.57, -1.23, 0.07, 'TS1-27', 'N'],
  ['CUMB', 500_000, 54.55, -3.0, 0.3, 'CA1-28 LA7-23', 'P'],
  ['DERBYS', 1_050_000, 53.05, -1.55, 0.2, 'DE1-75 S40-45 SK13-23', 'F'],
  ['DC', 1_800_000, 50.55, -4.0, 0.45, 'EX1-39 PL1-35 TQ1-14 TR1-27', 'W'],
  ['DORSET', 780_000, 50.75, -2.1, 0.15, 'BH1-31 DT1-11', 'H'],
  ['DURHAM', 640_000, 54.7, -1.65, 0.15, 'DH1-9 DL1-17', 'N'],
  ['DPP', 520_000, 52.15, -3.9, 0.4, 'SA14-73 LD1-8 SY15-25', 'C'],
  ['ESSEX', 1_880_000, 51.75, 0.6, 0.2, 'CM0-24 CO1-16 SS0-17', 'E'],
  ['GLOS', 650_000, 51.85, -2.2, 0.15, 'GL1-56', 'W'],
  ['GMP', 2_870_000, 53.4808, -2.2426, 0.15, 'M1-46 OL1-16 BL0-9 SK1-8 WN1-8', 'M'],
  ['GWENT', 600_000, 51.65, -3.0, 0.12, 'NP4-26', 'C'],
  ['HIOW', 2_000_000, 50.95, -1.3, 0.25, 'SO14-53 PO1-41', 'H'],
  ['HERTS', 1_200_000, 51.8, -0.25, 0.15, 'AL1-10 SG1-14 WD3-25 EN6-11 HP1-4', 'K'],
  ['HUMBS', 935_000, 53.7, -0.45, 0.25, 'HU1-20 DN14-41 YO15-25', 'Y'],
  ['KENT', 1_860_000, 51.2, 0.7, 0.25, 'ME1-20 CT1-21 TN1-30 DA1-18', 'G'],
  ['LANCS', 1_530_000, 53.85, -2.6, 0.2, 'PR1-26 BB1-18 FY1-8 LA1-6', 'P'],
  ['LEICS', 1_100_000, 52.6369, -1.1398, 0.15, 'LE1-67', 'F'],
  ['LINCS', 770_000, 53.1, -0.3, 0.3, 'LN1-13 PE10-25 NG31-34', 'F'],
  ['MERPOL', 1_430_000, 53.41, -2.98, 0.08, 'L1-40 CH41-49 WA9-12 PR8-9', 'M'],
  [
    'MPS',
    8_900_000,
    51.5072,
    -0.1276,
    0.15,
    `E1-18 N1-22 SE1-28 SW1-20 W1-14 NW1-11 ${westCentral} BR1-8 CR0-8 HA0-9 IG1-11 KT1-9 RM1-14 SM1-7 TW1-20 UB1-11`,
    'L',
  ],
  ['NORFOLK', 920_000, 52.65, 1.0, 0.25, 'NR1-35 PE30-38 IP20-26', 'A'],
  ['NWP', 700_000, 53.1, -3.8, 0.3, 'LL11-78 CH5-8', 'C'],
  ['NYP', 830_000, 54.1, -1.3, 0.35, 'YO1-62 HG1-5 DL6-11 TS9-13', 'Y'],
  ['NORTHANTS', 790_000, 52.3, -0.9, 0.15, 'NN1-18', 'K'],
  ['NORTHUMB', 1_480_000, 55.0, -1.6, 0.2, 'NE1-71 SR1-8', 'N'],
  ['NOTTS', 1_170_000, 53.05, -1.15, 0.15, 'NG1-25', 'F'],
  ['SWP', 1_340_000, 51.55, -3.4, 0.2, 'CF3-72 SA1-13', 'C'],
  ['SYP', 1_410_000, 53.45, -1.35, 0.15, 'S1-36 DN1-12', 'Y'],
  ['STAFFS', 1_140_000, 52.85, -2.05, 0.2, 'ST1-21 WS7-15 DE13-15', 'F'],
  ['SUFFOLK', 760_000, 52.2, 1.0, 0.2, 'IP1-33 CB8-9', 'A'],
  ['SURREY', 1_200_000, 51.25, -0.45, 0.15, 'GU1-27 KT10-24 RH1-9', 'G'],
  ['SUSSEX', 1_700_000, 50.9, -0.25, 0.25, 'BN1-45 RH10-20 TN6-40 PO18-22', 'G'],
  ['TVP', 2_500_000, 51.7, -1.0, 0.3, 'OX1-49 RG1-45 MK1-19 HP5-27 SL0-9', 'O'],
  ['WARKS', 600_000, 52.3, -1.55, 0.15, 'CV8-47 B49-50', 'B'],
  ['WMERCIA', 1_300_000, 52.3, -2.6, 0.35, 'WR1-15 HR1-9 SY1-14 TF1-13 DY10-14', 'V'],
  ['WMP', 2_940_000, 52.4862, -1.8904, 0.12, 'B1-48 CV1-7 WV1-14 DY1-9 WS1-10', 'B'],
  ['WYP', 2_350_000, 53.75, -1.65, 0.12, 'LS1-29 BD1-24 HD1-9 HX1-7 WF1-17', 'Y'],
  ['WILTS', 740_000, 51.35, -1.95, 0.2, 'SN1-26 SP1-11 BA12-15', 'W'],
];

export const forces: readonly Force[] = table.map(([code, population, lat, lon, spread, districts, regLetter]) => ({
  code,
  population,
  lat,
  lon,
  spread,
  districts: expand(districts),
  regLetter,
}));

export const forceCodes: readonly string[] = forces.map((f) => f.code);

const byCode = new Map(forces.map((f) => [f.code, f]));

export function force(code: string): Force {
  const found = byCode.get(code);
  if (found === undefined) throw new RangeError(`no territorial force has the code ${code}`);
  return found;
}

/** The fewest people a force is given, so that every force has some (as long as there are people enough). */
export function minimumPerForce(people: number): number {
  return Math.min(5, Math.floor(people / forces.length));
}

/**
 * How many of `people` each force gets, in proportion to its population (largest remainders), then
 * raised to the minimum where below it, taking the difference from the largest forces. The counts sum to
 * `people` exactly.
 */
export function allocatePeople(people: number): Record<string, number> {
  const total = forces.reduce((sum, f) => sum + f.population, 0);
  const shares = forces.map((f) => (people * f.population) / total);
  const counts = shares.map(Math.floor);
  let left = people - counts.reduce((sum, n) => sum + n, 0);
  const byRemainder = forces.map((_, i) => i).sort((i, j) => at(shares, j) - at(counts, j) - (at(shares, i) - at(counts, i)) || i - j);
  for (const i of byRemainder) {
    if (left === 0) break;
    counts[i] = at(counts, i) + 1;
    left--;
  }
  const minimum = minimumPerForce(people);
  for (let i = 0; i < counts.length; i++) {
    while (at(counts, i) < minimum) {
      let largest = 0;
      for (let j = 1; j < counts.length; j++) if (at(counts, j) > at(counts, largest)) largest = j;
      counts[largest] = at(counts, largest) - 1;
      counts[i] = at(counts, i) + 1;
    }
  }
  return Object.fromEntries(forces.map((f, i) => [f.code, at(counts, i)]));
}
