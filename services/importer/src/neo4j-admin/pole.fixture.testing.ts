// A small POLE bundle for the importer's tests, in the neo4j-admin CSV shape of Neo4j's POLE
// example (headers as its files have them, plus the `role` column Crosslink reads on PARTY_TO):
// good rows whose answers are known, and one bad row of each kind.
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { randomBytes } from 'node:crypto';

/** The values that make a bundle's records its own (phone numbers, addresses, names), fresh for each unless given. */
export interface PoleValues {
  readonly phone: string;
  readonly line1: string;
  readonly surname: string;
  readonly vrm: string;
}

/**
 * The bundle as another export would name it: a label or type under another name (`as`), and
 * columns renamed (POLE name → the export's), e.g. `{ Person: { as: 'Subject', columns: { name: 'forename' } } }`.
 */
export type PoleNames = Readonly<Record<string, { readonly as?: string; readonly columns?: Readonly<Record<string, string>> }>>;

/** Writes the bundle to a fresh folder, with values of its own unless `values` gives another bundle's, named as `names` says. */
export function poleBundle(graph = 'pole', { names = {}, values }: { names?: PoleNames; values?: PoleValues } = {}): { dir: string } & PoleValues {
  const dir = mkdtempSync(join(tmpdir(), 'crosslink-pole-'));
  const n = randomBytes(3).readUIntBE(0, 3) % 900_000;
  const { phone, line1, surname, vrm } = values ?? {
    phone: `07700 ${String(100_000 + n).slice(0, 6)}`,
    line1: `${(n % 300) + 1} Polding Street ${randomBytes(2).toString('hex')}`,
    surname: `Fixture${randomBytes(3).toString('hex')}`,
    vrm: `KR${String((n % 90) + 10)}XW${'ABCDEFGHJK'[n % 10]}`,
  };
  const file = (name: string, [header, ...rows]: string[]) => {
    const [kind, label] = name.split('.') as [string, string];
    const named = names[label] ?? {};
    const columns = header!.split(',').map((column) => {
      const [base, ...type] = column.split(':');
      const renamed = named.columns?.[base!];
      return renamed === undefined ? column : [renamed, ...type].join(':');
    });
    // A relationship's rows name its type; the fixture's values hold no commas.
    const typed = columns.indexOf(':TYPE');
    const lines = rows.map((row) => (typed < 0 || named.as === undefined ? row : row.split(',').with(typed, named.as).join(',')));
    writeFileSync(join(dir, `${graph}.${kind}.${named.as ?? label}.csv`), `${[columns.join(','), ...lines].join('\n')}\n`);
  };

  file('nodes.Crime', [
    ':ID,date,id,type,last_outcome,note,charge,:LABEL',
    'c1,24/08/2017,79/GB/17,Drugs,Under investigation,,,Crime',
    'c2,31/02/2017,80/GB/17,Burglary,,,,Crime', // 3: no 31 February
    'c3,01/09/2017,81/GB/17,Jaywalking,,,,Crime', // 4: not a crime type
    'c4,02/09/2017,82/GB/17,County lines,Awaiting court outcome,,,Crime',
  ]);
  file('nodes.Person', [
    ':ID,surname,nhs_no,name,age,:LABEL',
    `p1,${surname},117-66-8129,Amelia,24,Person`,
    `p2,${surname},117-66-8130,Bradley,17,Person`,
    'p3,,117-66-8131,Carl,30,Person', // 4: no surname
    `p1,${surname},117-66-8132,Dora,40,Person`, // 5: p1 again
    `p5,Other${surname},,Eve,,Person`,
  ]);
  file('nodes.Location', [
    ':ID,latitude:double,postcode,longitude:double,address,:LABEL',
    `l1,53.4795,M1 1AE,-2.2451,${line1},Location`,
    'l2,48.85,75001,2.35,1 Rue de Rivoli,Location', // 3: not a UK postcode
  ]);
  file('nodes.Phone', [
    ':ID,phoneNo,:LABEL',
    `t1,${phone},Phone`,
    't2,0-(070)893-3322,Phone', // kept as written: not wrong for its source
  ]);
  file('nodes.Email', [':ID,email_address,:LABEL', `e1,${surname.toLowerCase()}@example.org,Email`, 'e2,not-an-address,Email']);
  file('nodes.Vehicle', [':ID,model,reg,make,year,:LABEL', `v1,Focus,${vrm},Ford,2012,Vehicle`]);
  file('nodes.Area', [':ID,areaCode,:LABEL', 'a1,M1,Area']);
  file('relationships.PARTY_TO', [
    ':START_ID,:END_ID,:TYPE,role',
    'p1,c1,PARTY_TO,SUSPECT',
    'p2,c4,PARTY_TO,',
    'p5,c2,PARTY_TO,VICTIM', // 4: c2 was rejected
    't1,c1,PARTY_TO,SUSPECT', // 5: a phone is not a person
  ]);
  file('relationships.OCCURRED_AT', [':START_ID,:END_ID,:TYPE', 'c1,l1,OCCURRED_AT']);
  file('relationships.CURRENT_ADDRESS', [':START_ID,:END_ID,:TYPE', 'p1,l1,CURRENT_ADDRESS', 'p2,l1,CURRENT_ADDRESS']);
  file('relationships.HAS_PHONE', [':START_ID,:END_ID,:TYPE', 'p1,t1,HAS_PHONE', 'p2,t2,HAS_PHONE']);
  file('relationships.HAS_EMAIL', [':START_ID,:END_ID,:TYPE', 'p1,e1,HAS_EMAIL', 'p2,e2,HAS_EMAIL']);
  file('relationships.INVOLVED_IN', [':START_ID,:END_ID,:TYPE', 'v1,c1,INVOLVED_IN']);
  file('relationships.FAMILY_REL', [':START_ID,:END_ID,:TYPE,rel_type', 'p1,p2,FAMILY_REL,SIBLING']);
  file('relationships.KNOWS_LW', [':START_ID,:END_ID,:TYPE', 'p1,p2,KNOWS_LW']);
  file('relationships.LOCATION_IN_AREA', [':START_ID,:END_ID,:TYPE', 'l1,a1,LOCATION_IN_AREA']);
  return { dir, phone, line1, surname, vrm };
}

/** The line, code and column of each row a bundle file of `poleBundle` rejected, from its reject file. */
export function rejectsOf(dir: string, name: string): string[] {
  return readFileSync(join(dir, `pole.${name}.csv.rejects.csv`), 'utf8')
    .trim()
    .split('\n')
    .slice(1)
    .map((line) => line.split(',').slice(0, 3).join(','));
}
