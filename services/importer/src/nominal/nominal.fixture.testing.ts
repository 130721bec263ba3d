// A nominal list for the importer's tests: good rows, and one bad row of each kind a list has.
import { randomBytes } from 'node:crypto';

export function nominalList(): { text: string; surname: string; phone: string; postcode: string; line1: string } {
  const surname = `Nominal${randomBytes(3).toString('hex')}`;
  const n = randomBytes(3).readUIntBE(0, 3) % 900_000;
  const phone = `07700 ${String(100_000 + n).slice(0, 6)}`;
  const line1 = `${(n % 200) + 1} Lime Street ${randomBytes(2).toString('hex')}`;
  const postcode = 'M1 1AE';
  const lines = [
    'forenames,surname,date_of_birth,gender,nationality,role,pnc_id,phone,email,vehicle,address,postcode',
    `Kai,${surname},2009-03-14,MALE,GBR,SUSPECT,,${phone},,,${line1},${postcode}`, // 2
    `Lena,${surname},21/07/1990,FEMALE,,VICTIM,,+44 20 7946 0018;0-(070)893-3322,lena.${surname.toLowerCase()}@example.org,,,`, // 3: two phones, one kept as written
    `Omar,${surname},,,,,,,,KR61 XWP,${line1},${postcode}`, // 4: no date of birth, role defaults
    `Kai,${surname},2009-03-14,MALE,GBR,SUSPECT,,,,,,`, // 5: Kai again
    `Nia,${surname},1990-02-30,,,,,,,,,`, // 6: no 30 February
    `Ola,${surname},1985,,,BYSTANDER,,,,,,`, // 7: not a role
    `Pia,${surname},1985,,,,,,not-an-address,,,`, // 8: not an e-mail address
    `Raj,${surname},1985,,,,,,,,1 Rue de Rivoli,75001`, // 9: not a UK postcode
    `,${surname},1985,,,,,,,,,`, // 10: no forenames
  ];
  return { text: `${lines.join('\n')}\n`, surname, phone, postcode, line1 };
}
