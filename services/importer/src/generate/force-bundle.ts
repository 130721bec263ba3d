import { BundleWriter, csvField, csvRow, type RelationshipType } from './bundle-writer.js';
import { crimeTypes, drawCrimeText, vehicleChance } from './crimes.js';
import { dateOf, eventDay, formatDay, formatTime } from './dates.js';
import type { Force } from './forces.js';
import { surnames } from './names.js';
import type { Numbers } from './numbers.js';
import { drawAdultAge, drawForename, drawGender, drawPerson, drawSurname, type Gender, type PersonDetails, personCells } from './people.js';
import { drawPlace, type Place } from './places.js';
import { Random, Scramble } from './random.js';
import {
  callHours,
  crimeCount,
  householdSizes,
  knowsCounts,
  officerCount,
  partyCounts,
  partyRoles,
  phoneFriendCounts,
  ranks,
  socialCounts,
} from './force-shape.js';
import type { ForceCounts } from './truth.js';
import { drawVehicle } from './vehicles.js';
import type { ForceWeave, WovenCrime, WovenUnit } from './weave.js';

/**
 * One force's bundle: its ordinary people in households, their crimes, phones, calls and the rest, with
 * the force's part of the woven structures set in among them at random points (so nothing in an :ID's
 * number tells them apart). Written in three passes, each straight to the files: people (with their
 * homes, phones, emails and links), then crimes (with the places they occurred at, their officers and
 * vehicles), then calls. Ordinary things refer to one another only by number, so nothing but the woven
 * plan is held in memory.
 */

export interface ForceBundleOptions {
  readonly force: Force;
  /** The force's share of --people, its woven people among them. */
  readonly people: number;
  readonly weave: ForceWeave;
  readonly numbers: Numbers;
  readonly seed: number;
  /** Woven keys to :IDs, filled in as the woven things are written. */
  readonly ids: Map<string, string>;
  readonly dir: string;
}

/** The people written so far a new person can know: mostly recent ones (neighbours), some anywhere. */
function earlier(rng: Random, before: number): number {
  if (before < 1) return 0;
  return rng.chance(0.7) ? before - rng.below(Math.min(300, before)) : 1 + rng.below(before);
}

interface Member {
  readonly id: string;
  readonly details: PersonDetails;
  readonly age: number;
}

class ForceBundle {
  readonly counts: ForceCounts = { people: 0, crimes: 0, locations: 0, phones: 0, calls: 0, emails: 0, vehicles: 0, officers: 0, relationships: 0, bytes: 0 };
  private readonly rng: Random;
  private readonly code: string;
  private readonly crimeTotal: number;
  /** Crime numbers kept for woven crimes, and which. */
  private readonly reserved = new Map<number, WovenCrime>();
  private readonly references = new Map<number, number>();

  constructor(
    private readonly options: ForceBundleOptions,
    private readonly out: BundleWriter,
  ) {
    this.code = options.force.code;
    this.rng = new Random(options.seed, 'force', this.code);
    this.crimeTotal = crimeCount(options.people, options.weave.crimes.length);
    for (const crime of options.weave.crimes) {
      let n = 1 + this.rng.below(this.crimeTotal);
      while (this.reserved.has(n)) n = (n % this.crimeTotal) + 1;
      this.reserved.set(n, crime);
    }
  }

  async write(): Promise<ForceCounts> {
    this.officers();
    await this.peoplePass();
    await this.crimePass();
    await this.callPass();
    const files = await this.out.close();
    for (const file of files) {
      this.counts.bytes += file.bytes;
      if (file.name.includes('.relationships.')) this.counts.relationships += file.rows;
    }
    return this.counts;
  }

  // --- ids and rows

  private id(letter: string, n: number): string {
    return `${this.code}-${letter}-${String(n).padStart(6, '0')}`;
  }

  private link(type: RelationshipType, start: string, end: string): void {
    this.out.link(type, start, end);
  }

  private key(key: string): string {
    const id = this.options.ids.get(key);
    if (id === undefined) throw new Error(`${key} is referred to before it is written`);
    return id;
  }

  private person(details: PersonDetails): string {
    const id = this.id('P', ++this.counts.people);
    this.out.node('Person').row(`${id},${csvRow(personCells(details))},Person`);
    return id;
  }

  private location(place: Place): string {
    const id = this.id('L', ++this.counts.locations);
    this.out.node('Location').row(`${id},${place.lat},${place.postcode},${place.lon},${csvField(place.address)},Location`);
    return id;
  }

  private phone(written: string): string {
    const id = this.id('T', ++this.counts.phones);
    this.out.node('Phone').row(`${id},${csvField(written)},Phone`);
    return id;
  }

  private email(address: string): string {
    const id = this.id('E', ++this.counts.emails);
    this.out.node('Email').row(`${id},${csvField(address)},Email`);
    return id;
  }

  private officers(): void {
    const badges = new Scramble(90, 1000, this.options.seed, 'badges', this.code);
    const total = officerCount(this.options.people);
    for (let n = 1; n <= total; n++) {
      const id = this.id('O', n);
      const name = drawForename(this.rng, drawGender(this.rng), 0);
      this.out.node('Officer').row(`${id},${10_000 + badges.at(n)},${ranks.pick(this.rng)},${csvField(name)},${csvField(this.rng.pick(surnames))},Officer`);
    }
    this.counts.officers = total;
  }

  // --- people

  private async peoplePass(): Promise<void> {
    const { weave, people } = this.options;
    const ordinary = people - weave.people;
    const schedule = weave.units.map((unit, order) => ({ unit, order, at: this.rng.int(0, ordinary) })).sort((x, y) => x.at - y.at || x.order - y.order);
    let written = 0;
    let next = 0;
    let beat = 0;
    while (written < ordinary || next < schedule.length) {
      for (let item = schedule[next]; item !== undefined && item.at <= written; item = schedule[++next]) this.unit(item.unit);
      if (written < ordinary) {
        const size = Math.min(householdSizes.pick(this.rng), ordinary - written);
        this.household(size);
        written += size;
      }
      if (++beat % 256 === 0) await this.out.breathe();
    }
  }

  private household(size: number): void {
    const rng = this.rng;
    const home = this.location(drawPlace(rng, this.options.force));
    const before = this.counts.people;
    const members: Member[] = [];
    const add = (details: PersonDetails, age: number): Member => {
      const member = { id: this.person(details), details, age };
      this.link('CURRENT_ADDRESS', member.id, home);
      members.push(member);
      return member;
    };
    const headAge = drawAdultAge(rng);
    if (size === 1 || rng.chance(0.8)) {
      const surname = drawSurname(rng);
      const headGender = drawGender(rng);
      const parents = [add(this.draw(headAge, headGender, surname), headAge)];
      let children = size - 1;
      if (size >= 2 && rng.chance(0.75)) {
        const age = Math.max(18, Math.min(95, headAge + rng.int(-6, 6)));
        const gender: Gender = rng.chance(0.93) ? (headGender === 'MALE' ? 'FEMALE' : 'MALE') : headGender;
        parents.push(add(this.draw(age, gender, rng.chance(0.8) ? surname : drawSurname(rng)), age));
        children--;
      }
      const kids: Member[] = [];
      for (let c = 0; c < children; c++) {
        const age = rng.int(Math.max(0, headAge - 45), headAge - 17);
        kids.push(add(this.draw(age, drawGender(rng), rng.chance(0.9) ? surname : drawSurname(rng)), age));
      }
      for (const parent of parents) for (const kid of kids) this.family(parent.id, kid.id, 'PARENT');
      for (let i = 0; i < kids.length; i++) for (let j = i + 1; j < kids.length; j++) this.family(idAt(kids, i), idAt(kids, j), 'SIBLING');
    } else {
      for (let s = 0; s < size; s++) {
        const age = Math.max(18, headAge + rng.int(-8, 8));
        add(this.draw(age, drawGender(rng), drawSurname(rng)), age);
      }
    }
    for (let i = 0; i < members.length; i++) for (let j = i + 1; j < members.length; j++) this.link('KNOWS_LW', idAt(members, i), idAt(members, j));
    for (const member of members) this.extras(member, before);
  }

  private draw(age: number, gender: Gender, surname: string): PersonDetails {
    return drawPerson(this.rng, this.options.numbers, { age, gender: this.rng.chance(0.01) ? null : gender, surname, ...(age < 16 ? { nhs: 0.97 } : {}) });
  }

  /** A FAMILY_REL: PARENT runs from the parent to the child; SIBLING is written once for each two siblings. */
  private family(from: string, to: string, relType: 'PARENT' | 'SIBLING'): void {
    this.out.relationship('FAMILY_REL').row(`${from},${to},FAMILY_REL,${relType}`);
  }

  /** A person's phone, email, crimes and acquaintances beyond the household. */
  private extras(member: Member, before: number): void {
    const rng = this.rng;
    const { age, id, details } = member;
    const hasPhone = rng.chance(age < 11 ? 0.05 : age < 16 ? 0.7 : 0.82);
    if (hasPhone) this.link('HAS_PHONE', id, this.phone(this.options.numbers.personalPhone(rng)));
    if (age >= 14 && rng.chance(0.35)) this.link('HAS_EMAIL', id, this.email(this.options.numbers.email(rng, details.forename, details.surname)));
    const crimes = partyCounts.pick(rng);
    let last = 0;
    for (let c = 0; c < crimes; c++) {
      const crime = this.ordinaryCrime();
      if (crime === 0 || crime === last) continue;
      last = crime;
      const role = age < 10 ? (rng.chance(0.7) ? 'VICTIM' : 'WITNESS') : partyRoles.pick(rng);
      this.out.relationship('PARTY_TO').row(`${id},${this.id('C', crime)},PARTY_TO,${role}`);
    }
    this.acquaint('KNOWS', id, knowsCounts.pick(rng), before);
    if (age >= 11) this.acquaint('KNOWS_SN', id, socialCounts.pick(rng), before);
    if (hasPhone) this.acquaint('KNOWS_PHONE', id, phoneFriendCounts.pick(rng), before);
  }

  /** Links the person to up to `count` different people among the first `before`. */
  private acquaint(type: RelationshipType, id: string, count: number, before: number): void {
    const known: number[] = [];
    for (let k = 0; k < count; k++) {
      const other = earlier(this.rng, before);
      if (other === 0 || known.includes(other)) continue;
      known.push(other);
      this.link(type, id, this.id('P', other));
    }
  }

  /** A crime number not kept for a woven crime, or 0 when all are kept. */
  private ordinaryCrime(): number {
    if (this.reserved.size >= this.crimeTotal) return 0;
    for (;;) {
      const n = 1 + this.rng.below(this.crimeTotal);
      if (!this.reserved.has(n)) return n;
    }
  }

  private unit(unit: WovenUnit): void {
    const { ids, force } = this.options;
    const before = this.counts.people;
    for (const location of unit.locations) ids.set(location.key, this.location(location.place ?? drawPlace(this.rng, force)));
    for (const phone of unit.phones) ids.set(phone.key, this.phone(phone.written));
    for (const email of unit.emails) ids.set(email.key, this.email(email.address));
    for (const person of unit.people) {
      const id = this.person(person.details);
      ids.set(person.key, id);
      this.link('CURRENT_ADDRESS', id, this.key(person.home));
      this.acquaint('KNOWS', id, person.acquaintances, before);
    }
    for (const { person, phone } of unit.hasPhone) this.link('HAS_PHONE', this.key(person), this.key(phone));
    for (const { person, email } of unit.hasEmail) this.link('HAS_EMAIL', this.key(person), this.key(email));
    for (const link of unit.links) {
      if (link.type === 'FAMILY_REL') this.family(this.key(link.from), this.key(link.to), link.relType ?? 'SIBLING');
      else this.link(link.type, this.key(link.from), this.key(link.to));
    }
  }

  // --- crimes

  private async crimePass(): Promise<void> {
    const rng = this.rng;
    const { force, ids } = this.options;
    const officers = this.counts.officers;
    for (let n = 1; n <= this.crimeTotal; n++) {
      const woven = this.reserved.get(n);
      const day = eventDay(rng);
      const type = woven?.type ?? crimeTypes.pick(rng);
      const text = drawCrimeText(rng, type, woven !== undefined);
      const id = this.id('C', n);
      this.out
        .node('Crime')
        .row(
          `${id},${formatDay(day)},${this.reference(day)},${csvField(type)},${csvField(text.outcome)},${csvField(text.note)},${csvField(text.charge)},Crime`,
        );
      const at =
        woven !== undefined && woven.location !== null
          ? this.key(woven.location)
          : woven === undefined && this.counts.locations > 0 && rng.chance(0.35)
            ? this.id('L', 1 + rng.below(this.counts.locations))
            : this.location(drawPlace(rng, force));
      this.link('OCCURRED_AT', id, at);
      this.link('INVESTIGATED_BY', id, this.id('O', 1 + rng.below(officers)));
      if (rng.chance(vehicleChance(type))) {
        const vehicle = drawVehicle(rng, force, this.options.numbers);
        const vehicleId = this.id('V', ++this.counts.vehicles);
        this.out.node('Vehicle').row(`${vehicleId},${csvField(vehicle.model)},${vehicle.reg},${csvField(vehicle.make)},${vehicle.year},Vehicle`);
        this.link('INVOLVED_IN', vehicleId, id);
      }
      if (woven !== undefined) {
        ids.set(woven.key, id);
        for (const party of woven.parties) this.out.relationship('PARTY_TO').row(`${this.key(party.person)},${id},PARTY_TO,${party.role}`);
      }
      if (n % 1024 === 0) await this.out.breathe();
    }
    this.counts.crimes = this.crimeTotal;
  }

  /** The force's crime reference for a crime recorded on the day ('GMP/24/012345'), numbered within the year. */
  private reference(day: number): string {
    const yy = dateOf(day).year % 100;
    const n = (this.references.get(yy) ?? 0) + 1;
    this.references.set(yy, n);
    return `${this.code}/${String(yy).padStart(2, '0')}/${String(n).padStart(6, '0')}`;
  }

  // --- calls

  private async callPass(): Promise<void> {
    const rng = this.rng;
    const phones = this.counts.phones;
    const ordinary = phones >= 2 ? phones * 2 : 0;
    const woven: { at: number; order: number; caller: string; called: string }[] = [];
    for (const calls of this.options.weave.calls) {
      const caller = this.key(calls.caller);
      const called = this.key(calls.called);
      for (let c = 0; c < calls.count; c++) woven.push({ at: rng.int(0, ordinary), order: woven.length, caller, called });
    }
    woven.sort((x, y) => x.at - y.at || x.order - y.order);
    let next = 0;
    for (let k = 0; k <= ordinary; k++) {
      for (let item = woven[next]; item !== undefined && item.at <= k; item = woven[++next]) this.call(item.caller, item.called);
      if (k === ordinary) break;
      const caller = 1 + rng.below(phones);
      // Most calls are to a phone written nearby (of the same household or street), some to anyone.
      let called = rng.chance(0.6) ? ((caller + rng.below(Math.min(50, phones - 1))) % phones) + 1 : 1 + rng.below(phones);
      if (called === caller) called = (caller % phones) + 1;
      this.call(this.id('T', caller), this.id('T', called));
      if (k % 2048 === 0) await this.out.breathe();
    }
  }

  private call(caller: string, called: string): void {
    const rng = this.rng;
    const id = this.id('K', ++this.counts.calls);
    const sms = rng.chance(0.3);
    const r = rng.float();
    const duration = sms ? '' : String(r < 0.65 ? rng.int(5, 120) : r < 0.93 ? rng.int(121, 600) : rng.int(601, 3600));
    const time = formatTime(callHours.pick(rng) * 60 + rng.below(60));
    this.out.node('PhoneCall').row(`${id},${duration},${time},${formatDay(eventDay(rng))},${sms ? 'SMS' : 'CALL'},PhoneCall`);
    this.link('CALLER', id, caller);
    this.link('CALLED', id, called);
  }
}

function idAt(members: readonly Member[], i: number): string {
  const member = members[i];
  if (member === undefined) throw new RangeError(`no member ${i}`);
  return member.id;
}

/** Writes the force's bundle into its folder; returns what it holds. */
export async function writeForceBundle(options: ForceBundleOptions): Promise<ForceCounts> {
  const out = await BundleWriter.open(options.dir);
  return new ForceBundle(options, out).write();
}
