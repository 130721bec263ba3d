import { force } from './forces.js';
import { nationalities } from './names.js';
import type { Numbers } from './numbers.js';
import { drawForeigner, drawPerson, type Gender, type PersonDetails } from './people.js';
import { drawUkStyle, writeUkMobile } from './phones.js';
import { drawPlace } from './places.js';
import { at, type Random } from './random.js';
import type { PlannedCountyLine, PlannedFraudNetwork, PlannedTraffickingRing, Ref } from './truth.js';
import type { UnitBuilder, Weave } from './weave.js';

/**
 * The criminal networks woven across forces, each with a known answer: county lines (one deal-line
 * number in a city force and the county forces its runners work), trafficking rings (victims housed
 * together, a controller recorded in two forces) and fraud networks (people in several forces sharing
 * emails and phones).
 */

export interface PlanContext {
  readonly rng: Random;
  readonly weave: Weave;
  readonly numbers: Numbers;
}

/** The cities county lines run from, with how often, and the forces each one's lines usually run to. */
const lineHomes: readonly (readonly [string, number])[] = [
  ['MPS', 5],
  ['WMP', 2],
  ['GMP', 2],
  ['MERPOL', 2],
  ['WYP', 1.5],
  ['NORTHUMB', 0.5],
  ['SYP', 0.5],
  ['NOTTS', 0.5],
];

const lineDestinations: Readonly<Record<string, readonly string[]>> = {
  MPS: ['KENT', 'ESSEX', 'SUSSEX', 'HERTS', 'TVP', 'SURREY', 'HIOW', 'NORFOLK', 'SUFFOLK', 'BEDS', 'CAMBS', 'DC', 'DORSET', 'WILTS'],
  WMP: ['WMERCIA', 'STAFFS', 'WARKS', 'GLOS', 'DPP', 'LINCS', 'NORTHANTS', 'LEICS', 'DERBYS'],
  GMP: ['CUMB', 'LANCS', 'NWP', 'CHES', 'DERBYS', 'NYP', 'DPP'],
  MERPOL: ['NWP', 'CUMB', 'LANCS', 'DPP', 'CHES', 'WMERCIA', 'SWP'],
  WYP: ['NYP', 'HUMBS', 'LINCS', 'DURHAM', 'CUMB', 'DERBYS'],
  NORTHUMB: ['DURHAM', 'CUMB', 'CLEV', 'NYP'],
  SYP: ['LINCS', 'DERBYS', 'NOTTS', 'HUMBS', 'NYP'],
  NOTTS: ['LINCS', 'DERBYS', 'LEICS', 'NORFOLK'],
};

/** The names lines trade under (a line is known by the name its customers save the number as). */
const lineNames = [
  'TONY',
  'BANDO',
  'ZEDD',
  'K2',
  'MARCUS',
  'SMOKEY',
  'DEE',
  'BILLY',
  'JAY',
  'RAMBO',
  'SILVER',
  'GUCCI',
  'KIZ',
  'NITRO',
  'OTIS',
  'REMY',
  'TANK',
];

const ref = (key: string, force: string): Ref => ({ key, force });

/** The deal line's number as this force's record writes it. */
const writeLine = (rng: Random, digits: string): string => writeUkMobile(digits, drawUkStyle(rng, 0.05));

/** KNOWS_LW between every two people living at the same place. */
function livesWith(unit: UnitBuilder, residents: ReadonlyMap<string, readonly string[]>): void {
  for (const people of residents.values()) {
    for (let i = 0; i < people.length; i++) for (let j = i + 1; j < people.length; j++) unit.link('KNOWS_LW', at(people, i), at(people, j));
  }
}

function addResident(residents: Map<string, string[]>, location: string, person: string): void {
  const list = residents.get(location);
  if (list === undefined) residents.set(location, [person]);
  else list.push(person);
}

/**
 * County lines: a controller in a city force holds the deal line; in each of one to three county forces
 * the same number (written as that force writes it) is held by runners, children among them, who work
 * from the cuckooed home of a vulnerable adult, call the line and are suspects in its drugs crimes.
 */
export function planCountyLines(count: number, { rng, weave, numbers }: PlanContext): PlannedCountyLine[] {
  const lines: PlannedCountyLine[] = [];
  for (let i = 0; i < count; i++) {
    const home = weave.pick(rng, 1, lineHomes) ?? weave.pick(rng, 1);
    if (home === null) break;
    const wanted = rng.int(1, 3);
    const counties: string[] = [];
    for (const candidate of rng.sample(lineDestinations[home] ?? [], 99)) if (counties.length < wanted && weave.room(candidate) >= 2) counties.push(candidate);
    if (counties.length === 0) {
      const anywhere = weave.pick(rng, 2, undefined, [home]);
      if (anywhere === null) break;
      counties.push(anywhere);
    }
    const dealLine = numbers.ukMobile();
    const runners: (Ref & { child: boolean })[] = [];
    const cuckooed: Ref[] = [];
    const crimes: Ref[] = [];

    // The controller, in the city: holds the deal line and a phone of their own.
    const city = weave.unit(home);
    const controllerHome = city.location();
    const controller = city.person(
      drawPerson(rng, numbers, { age: rng.int(19, 35), gender: rng.chance(0.85) ? 'MALE' : 'FEMALE' }),
      controllerHome,
      rng.int(1, 3),
    );
    const lineAtHome = city.phone(writeLine(rng, dealLine));
    city.hasPhone(controller, lineAtHome);
    city.hasPhone(controller, city.phone(numbers.personalPhone(rng)));
    const cityParties: { person: string; role: 'SUSPECT' }[] = [{ person: controller, role: 'SUSPECT' }];
    if (weave.room(home) >= 1 && rng.chance(0.5)) {
      const runner = city.person(drawPerson(rng, numbers, { age: rng.int(14, 17), gender: 'MALE', nhs: 0.95 }), city.location(), rng.int(0, 2));
      city.link('KNOWS', controller, runner);
      const phone = city.phone(numbers.personalPhone(rng));
      city.hasPhone(runner, phone);
      weave.calls(home, lineAtHome, phone, rng.int(2, 5));
      weave.calls(home, phone, lineAtHome, rng.int(1, 3));
      runners.push({ ...ref(runner, home), child: true });
      cityParties.push({ person: runner, role: 'SUSPECT' });
    }
    const cityCrime = weave.crime(home, {
      type: rng.chance(0.5) ? 'County lines' : 'Drugs',
      location: rng.chance(0.5) ? controllerHome : null,
      parties: cityParties,
    });
    crimes.push(ref(cityCrime, home));

    for (const county of counties) {
      const unit = weave.unit(county);
      const residents = new Map<string, string[]>();
      const addresses: string[] = [];
      const vulnerable: string[] = [];
      const houses = weave.room(county) >= 5 && rng.chance(0.3) ? 2 : 1;
      for (let h = 0; h < houses; h++) {
        const house = unit.location();
        const adult = unit.person(drawPerson(rng, numbers, { age: rng.int(35, 70) }), house, rng.int(0, 2));
        addResident(residents, house, adult);
        addresses.push(house);
        vulnerable.push(adult);
        cuckooed.push(ref(house, county));
      }
      const line = unit.phone(writeLine(rng, dealLine));
      const here: string[] = [];
      const workers = Math.min(rng.int(1, 4), weave.room(county));
      for (let r = 0; r < workers; r++) {
        const child = rng.chance(0.65);
        const gender: Gender = rng.chance(0.8) ? 'MALE' : 'FEMALE';
        const atHouse = rng.chance(0.6);
        const livesAt = atHouse ? rng.pick(addresses) : unit.location();
        const runner = unit.person(drawPerson(rng, numbers, { age: child ? rng.int(14, 17) : rng.int(18, 24), gender, nhs: 0.8 }), livesAt);
        if (atHouse) addResident(residents, livesAt, runner);
        else unit.link('KNOWS', runner, rng.pick(vulnerable));
        const previous = here[here.length - 1];
        if (previous !== undefined) unit.link('KNOWS', previous, runner);
        if (r === 0 || rng.chance(0.3)) unit.hasPhone(runner, line);
        if (rng.chance(0.9)) {
          const phone = unit.phone(numbers.personalPhone(rng));
          unit.hasPhone(runner, phone);
          weave.calls(county, line, phone, rng.int(2, 6));
          weave.calls(county, phone, line, rng.int(1, 4));
        }
        here.push(runner);
        runners.push({ ...ref(runner, county), child });
      }
      livesWith(unit, residents);
      const crimeCount = 1 + (here.length >= 3 ? 1 : 0) + (rng.chance(0.3) ? 1 : 0);
      for (let c = 0; c < crimeCount; c++) {
        const type = rng.chance(0.6) ? 'County lines' : 'Drugs';
        const parties: { person: string; role: 'SUSPECT' | 'VICTIM' }[] = rng
          .sample(here, rng.int(1, here.length))
          .map((person) => ({ person, role: 'SUSPECT' }));
        if (type === 'County lines' && rng.chance(0.4)) parties.push({ person: rng.pick(vulnerable), role: 'VICTIM' });
        const key = weave.crime(county, { type, location: rng.chance(0.7) ? rng.pick(addresses) : null, parties });
        crimes.push(ref(key, county));
      }
    }
    lines.push({
      name: rng.pick(lineNames),
      dealLine,
      homeForce: home,
      forces: [home, ...counties],
      controller: ref(controller, home),
      runners,
      cuckooed,
      crimes,
    });
  }
  return lines;
}

/**
 * Trafficking rings: a controller, recorded in two forces with the same name, date of birth and phone,
 * and foreign nationals housed at one or two addresses (one address is written in both forces'
 * bundles), victims of the ring's modern slavery and trafficking crimes.
 */
export function planTraffickingRings(count: number, { rng, weave, numbers }: PlanContext): PlannedTraffickingRing[] {
  const rings: PlannedTraffickingRing[] = [];
  for (let i = 0; i < count; i++) {
    const first = weave.pick(rng, 3);
    const second = first === null ? null : weave.pick(rng, 2, undefined, [first]);
    if (first === null || second === null) break;
    const nationality = rng.pick(nationalities);
    const gender: Gender = rng.chance(0.8) ? 'MALE' : 'FEMALE';
    const age = rng.int(28, 55);
    const controllerDetails: PersonDetails = rng.chance(0.5) ? drawForeigner(rng, nationality, age, gender) : drawPerson(rng, numbers, { age, gender, dob: 1 });
    const phone = numbers.ukMobile();
    const controllerHome = drawPlace(rng, force(first));
    const houses = [drawPlace(rng, force(first))];
    if (rng.chance(0.5)) houses.push(drawPlace(rng, force(second)));
    const total = rng.int(3, 8);
    const wanted = [Math.ceil(total / 2), Math.floor(total / 2)];
    const controllers: Ref[] = [];
    const victims: Ref[] = [];
    const addresses: PlannedTraffickingRing['addresses'][number][] = [];
    const crimes: Ref[] = [];

    [first, second].forEach((code, f) => {
      const unit = weave.unit(code);
      const details = f === 0 ? controllerDetails : { ...controllerDetails, nhs: rng.chance(0.5) ? controllerDetails.nhs : null };
      const controller = unit.person(details, unit.location(controllerHome), rng.int(0, 2));
      controllers.push(ref(controller, code));
      const controllerPhone = unit.phone(writeUkMobile(phone, drawUkStyle(rng, 0.05)));
      unit.hasPhone(controller, controllerPhone);
      const place = houses[f] ?? at(houses, 0);
      const house = unit.location(place);
      addresses.push({ ...ref(house, code), address: place.address, postcode: place.postcode });
      const here: string[] = [];
      const housed = Math.max(1, Math.min(at(wanted, f), weave.room(code)));
      for (let v = 0; v < housed; v++) {
        const victimGender: Gender = rng.chance(0.6) ? 'MALE' : 'FEMALE';
        const victim = unit.person(drawForeigner(rng, nationality, rng.int(18, 45), victimGender), house);
        unit.link('KNOWS', controller, victim);
        const draw = rng.float();
        if (draw < 0.7) {
          const victimPhone = unit.phone(draw < 0.5 ? numbers.foreignMobile(nationality.country) : numbers.personalPhone(rng));
          unit.hasPhone(victim, victimPhone);
          weave.calls(code, controllerPhone, victimPhone, rng.int(1, 3));
        }
        here.push(victim);
        victims.push(ref(victim, code));
      }
      livesWith(unit, new Map([[house, here]]));
      const crimeCount = rng.int(1, 2);
      for (let c = 0; c < crimeCount; c++) {
        const parties = [
          { person: controller, role: 'SUSPECT' as const },
          ...rng.sample(here, rng.int(1, here.length)).map((person) => ({ person, role: 'VICTIM' as const })),
        ];
        const key = weave.crime(code, { type: rng.chance(0.5) ? 'Modern slavery' : 'Human trafficking', location: house, parties });
        crimes.push(ref(key, code));
      }
    });
    rings.push({ nationality: nationality.name, forces: [first, second], controller: controllers, victims, addresses, phone, crimes });
  }
  return rings;
}

/**
 * Fraud networks: people in two to four forces who share throwaway email addresses and phones (the
 * first of each held in every force), suspects in fraud and money-laundering crimes, often against an
 * elderly victim.
 */
export function planFraudNetworks(count: number, { rng, weave, numbers }: PlanContext): PlannedFraudNetwork[] {
  const networks: PlannedFraudNetwork[] = [];
  for (let i = 0; i < count; i++) {
    const wanted = rng.int(2, 4);
    const codes: string[] = [];
    while (codes.length < wanted) {
      const code = weave.pick(rng, 2, undefined, codes);
      if (code === null) break;
      codes.push(code);
    }
    if (codes.length < 2) break;
    const emails = Array.from({ length: rng.int(2, 4) }, () => numbers.throwawayEmail(rng));
    const phones = Array.from({ length: rng.int(1, 2) }, () => numbers.ukMobile());
    const members: Ref[] = [];
    const victims: Ref[] = [];
    const crimes: Ref[] = [];

    for (const code of codes) {
      const unit = weave.unit(code);
      const emailKeys = new Map<string, string>();
      const phoneKeys = new Map<string, string>();
      // One Email and one Phone node per shared address and number in this force's bundle.
      const email = (address: string): string => {
        const key = emailKeys.get(address) ?? unit.email(address);
        emailKeys.set(address, key);
        return key;
      };
      const phone = (digits: string): string => {
        const key = phoneKeys.get(digits) ?? unit.phone(writeUkMobile(digits, drawUkStyle(rng)));
        phoneKeys.set(digits, key);
        return key;
      };
      const here: string[] = [];
      const size = Math.max(1, Math.min(rng.int(1, 3), weave.room(code) - 1));
      for (let m = 0; m < size; m++) {
        const member = unit.person(drawPerson(rng, numbers, { age: rng.int(20, 55) }), unit.location(), rng.int(0, 2));
        unit.hasEmail(member, email(m === 0 ? at(emails, 0) : rng.pick(emails)));
        if (rng.chance(0.4)) unit.hasEmail(member, email(rng.pick(emails)));
        if (m === 0 || rng.chance(0.5)) unit.hasPhone(member, phone(m === 0 ? at(phones, 0) : rng.pick(phones)));
        if (rng.chance(0.7)) unit.hasPhone(member, unit.phone(numbers.personalPhone(rng)));
        const previous = here[here.length - 1];
        if (previous !== undefined) unit.link('KNOWS_SN', previous, member);
        here.push(member);
        members.push(ref(member, code));
      }
      const crimeCount = rng.int(1, 2);
      for (let c = 0; c < crimeCount; c++) {
        const type = rng.chance(0.65) ? 'Fraud' : 'Money laundering';
        const parties: { person: string; role: 'SUSPECT' | 'VICTIM' }[] = rng
          .sample(here, rng.int(1, here.length))
          .map((person) => ({ person, role: 'SUSPECT' }));
        if (type === 'Fraud' && weave.room(code) >= 1 && rng.chance(0.8)) {
          const victim = unit.person(drawPerson(rng, numbers, { age: rng.int(68, 92) }), unit.location(), rng.int(0, 1));
          parties.push({ person: victim, role: 'VICTIM' });
          victims.push(ref(victim, code));
        }
        crimes.push(ref(weave.crime(code, { type, location: null, parties }), code));
      }
    }
    networks.push({ forces: codes, members, victims, emails, phones, crimes });
  }
  return networks;
}
