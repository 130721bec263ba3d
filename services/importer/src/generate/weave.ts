import type { WovenCrimeType } from './crimes.js';
import type { PersonDetails } from './people.js';
import type { Place } from './places.js';
import { type Random, Weighted } from './random.js';

/**
 * The woven structures (county lines, trafficking rings, fraud networks, people recorded twice), planned
 * for the whole country before any force is written. What each force's bundle must hold of them is
 * kept here under keys; the force's writer gives each keyed thing its :ID as it writes it, and truth.json
 * is made at the end by looking the keys up.
 */

export type Role = 'SUSPECT' | 'VICTIM' | 'WITNESS';
export type PersonLinkType = 'KNOWS' | 'KNOWS_LW' | 'KNOWS_SN' | 'KNOWS_PHONE';

export interface WovenPerson {
  readonly key: string;
  readonly details: PersonDetails;
  /** The key of the location they live at (CURRENT_ADDRESS). */
  readonly home: string;
  /** How many people already written in the force they know (KNOWS), so they are not islands. */
  readonly acquaintances: number;
}

export interface WovenLocation {
  readonly key: string;
  /** The address when planned (one written in two bundles); null to draw one in the force. */
  readonly place: Place | null;
}

export interface WovenLink {
  readonly type: PersonLinkType | 'FAMILY_REL';
  readonly from: string;
  readonly to: string;
  readonly relType?: 'PARENT' | 'SIBLING';
}

/** What is written together, at one point among a force's ordinary households. */
export interface WovenUnit {
  readonly locations: WovenLocation[];
  readonly phones: { readonly key: string; readonly written: string }[];
  readonly emails: { readonly key: string; readonly address: string }[];
  readonly people: WovenPerson[];
  readonly hasPhone: { readonly person: string; readonly phone: string }[];
  readonly hasEmail: { readonly person: string; readonly email: string }[];
  readonly links: WovenLink[];
}

export interface WovenCrime {
  readonly key: string;
  readonly type: WovenCrimeType | string;
  /** The key of the location it occurred at; null for a street the force's writer draws. */
  readonly location: string | null;
  readonly parties: readonly { readonly person: string; readonly role: Role }[];
}

export interface WovenCalls {
  readonly caller: string;
  readonly called: string;
  readonly count: number;
}

export interface ForceWeave {
  readonly units: WovenUnit[];
  readonly crimes: WovenCrime[];
  readonly calls: WovenCalls[];
  people: number;
}

/**
 * The woven plan of every force, with the room each force has left: a force's woven people are among
 * its share of --people, never added to it, so a planner asks for room before placing someone.
 */
export class Weave {
  private readonly byForce = new Map<string, ForceWeave>();
  private readonly left = new Map<string, number>();
  private next = 0;

  constructor(people: Readonly<Record<string, number>>) {
    for (const [code, count] of Object.entries(people)) {
      this.left.set(code, count);
      this.byForce.set(code, { units: [], crimes: [], calls: [], people: 0 });
    }
  }

  /** How many more people the force can take. */
  room(force: string): number {
    return this.left.get(force) ?? 0;
  }

  /**
   * A force with room for `need` more people, not among `exclude`: one of the candidates by their weights,
   * or when none are given any force, likelier the more room it has. Null when no force fits.
   */
  pick(rng: Random, need: number, candidates?: readonly (readonly [string, number])[], exclude: readonly string[] = []): string | null {
    const entries = (candidates ?? [...this.left.keys()].map((code) => [code, this.room(code)] as const)).filter(
      ([code, weight]) => weight > 0 && this.room(code) >= need && !exclude.includes(code),
    );
    return entries.length === 0 ? null : new Weighted(entries).pick(rng);
  }

  of(force: string): ForceWeave {
    const weave = this.byForce.get(force);
    if (weave === undefined) throw new RangeError(`no force ${force} in the plan`);
    return weave;
  }

  /** A new unit of things to write together in the force. */
  unit(force: string): UnitBuilder {
    const unit: WovenUnit = { locations: [], phones: [], emails: [], people: [], hasPhone: [], hasEmail: [], links: [] };
    this.of(force).units.push(unit);
    return new UnitBuilder(this, force, unit);
  }

  crime(force: string, crime: Omit<WovenCrime, 'key'>): string {
    const key = this.key(force, 'crime');
    this.of(force).crimes.push({ key, ...crime });
    return key;
  }

  calls(force: string, caller: string, called: string, count: number): void {
    if (count > 0) this.of(force).calls.push({ caller, called, count });
  }

  /** @internal a key never used before, naming its force and kind for whoever reads a failure. */
  key(force: string, kind: string): string {
    return `${force}:${kind}:${this.next++}`;
  }

  /** @internal takes one person's room in the force. */
  take(force: string): void {
    const room = this.room(force);
    if (room <= 0) throw new RangeError(`no room left for another person in ${force}`);
    this.left.set(force, room - 1);
    this.of(force).people++;
  }
}

/** Adds people, places, phones, emails and the links between them to one unit; each add returns the key. */
export class UnitBuilder {
  constructor(
    private readonly weave: Weave,
    readonly force: string,
    private readonly unit: WovenUnit,
  ) {}

  location(place: Place | null = null): string {
    const key = this.weave.key(this.force, 'location');
    this.unit.locations.push({ key, place });
    return key;
  }

  person(details: PersonDetails, home: string, acquaintances = 0): string {
    this.weave.take(this.force);
    const key = this.weave.key(this.force, 'person');
    this.unit.people.push({ key, details, home, acquaintances });
    return key;
  }

  phone(written: string): string {
    const key = this.weave.key(this.force, 'phone');
    this.unit.phones.push({ key, written });
    return key;
  }

  email(address: string): string {
    const key = this.weave.key(this.force, 'email');
    this.unit.emails.push({ key, address });
    return key;
  }

  hasPhone(person: string, phone: string): void {
    this.unit.hasPhone.push({ person, phone });
  }

  hasEmail(person: string, email: string): void {
    this.unit.hasEmail.push({ person, email });
  }

  link(type: WovenLink['type'], from: string, to: string, relType?: 'PARENT' | 'SIBLING'): void {
    this.unit.links.push(relType === undefined ? { type, from, to } : { type, from, to, relType });
  }
}
