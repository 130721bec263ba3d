import { compareStoredInstants } from '@crosslink/common';
import type { NetworkCase, NetworkEvent, NetworkPlace } from './network.model.js';

/**
 * What a deal line's footprint means, worked out from the rows read around its number: who
 * controls it, who runs it, whose homes it uses, and where and when it has been seen.
 */

export interface LinePerson {
  readonly id: string;
  readonly forenames: string | null;
  readonly surname: string | null;
  readonly dateOfBirth: string | null;
  readonly vulnerabilities: readonly string[];
  readonly nrmReferred: boolean;
  readonly foreign: boolean;
  readonly roles: readonly { readonly caseId: string; readonly role: string }[];
  readonly addresses: readonly NetworkPlace[];
}

export interface FootprintRow {
  readonly phone: { readonly id: string; readonly number: string; readonly foreign: boolean };
  readonly cases: readonly (NetworkCase | null)[];
  readonly withheldForces: readonly (string | null)[];
  readonly handsets: readonly { readonly imei: string; readonly caseId: string }[];
  readonly holdings: readonly { readonly personId: string; readonly caseId: string }[];
  readonly people: readonly LinePerson[];
  readonly events: readonly NetworkEvent[];
}

export interface LineMember {
  readonly person: LinePerson;
  /** Under 18, or possibly so on a partial date of birth: a doubt counts for safeguarding. */
  readonly child: boolean;
  readonly holdsLine: boolean;
}

/** The home of a vulnerable adult victim in a line's cases, and who lives there. */
export interface CuckooedAddress {
  readonly address: NetworkPlace;
  readonly occupant: LinePerson;
}

export interface Footprint {
  readonly phone: FootprintRow['phone'];
  readonly cases: readonly NetworkCase[];
  /** Forces whose visible cases record the line, then those known only as withheld. */
  readonly forces: readonly string[];
  /** Forces holding the line in cases the viewer may not see: known to them, nothing more. */
  readonly withheldForces: readonly string[];
  readonly handsets: readonly string[];
  /** Suspects or offenders holding the line. */
  readonly controllers: readonly LineMember[];
  /** Everyone else working it: holders who are not its suspects, and children in its cases. */
  readonly runners: readonly LineMember[];
  /** Homes of vulnerable adult victims in the line's cases: where a line cuckoos. */
  readonly cuckooed: readonly CuckooedAddress[];
  readonly timeline: FootprintRow['events'];
}

const offenderRoles = new Set(['SUSPECT', 'OFFENDER']);

/** Cases in the order they were opened, those with no opening date first. */
function byOpening(a: NetworkCase, b: NetworkCase): number {
  if (a.openedAt === null || b.openedAt === null) return (a.openedAt === null ? 0 : 1) - (b.openedAt === null ? 0 : 1);
  return compareStoredInstants(a.openedAt, b.openedAt);
}

export function footprintOf(row: FootprintRow, today: Date): Footprint {
  const cases = row.cases.filter((c): c is NetworkCase => c !== null);
  const holders = new Set(row.holdings.map((h) => h.personId));
  const members = row.people.map((person) => ({ person, child: possiblyChild(person.dateOfBirth, today), holdsLine: holders.has(person.id) }));
  const isOffender = (m: LineMember) => m.person.roles.some((r) => offenderRoles.has(r.role));
  const controllers = members.filter((m) => m.holdsLine && isOffender(m) && !m.child);
  const runners = members.filter((m) => !controllers.includes(m) && (m.holdsLine || m.child));
  const cuckooed = members
    .filter((m) => !m.child && !m.holdsLine && m.person.vulnerabilities.length > 0 && m.person.roles.some((r) => r.role === 'VICTIM'))
    .flatMap((m) => m.person.addresses.map((address) => ({ address, occupant: m.person })));
  const visibleForces = [...new Set(cases.map((c) => c.force))].sort();
  const withheldForces = [...new Set(row.withheldForces.filter((f): f is string => f !== null))].filter((f) => !visibleForces.includes(f)).sort();
  return {
    phone: row.phone,
    cases: [...cases].sort((a, b) => byOpening(a, b) || a.reference.localeCompare(b.reference)),
    forces: [...visibleForces, ...withheldForces],
    withheldForces,
    handsets: [...new Set(row.handsets.map((h) => h.imei))].sort(),
    controllers: byName(controllers),
    runners: byName(runners),
    cuckooed,
    timeline: row.events,
  };
}

/**
 * Whether someone may be under 18 today. A partial date of birth (`YYYY` or `YYYY-MM`) counts from
 * the latest day it allows; no date of birth counts as not a child, or everyone unidentified would be.
 */
export function possiblyChild(dateOfBirth: string | null, today: Date): boolean {
  if (dateOfBirth === null) return false;
  const match = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(dateOfBirth);
  if (match === null) return false;
  const year = Number(match[1]);
  const month = match[2] === undefined ? 12 : Number(match[2]);
  const day = match[3] === undefined ? new Date(Date.UTC(year, month, 0)).getUTCDate() : Number(match[3]);
  const eighteenth = Date.UTC(year + 18, month - 1, day);
  return eighteenth > today.getTime();
}

function byName(members: LineMember[]): LineMember[] {
  return [...members].sort((a, b) => `${a.person.surname} ${a.person.forenames}`.localeCompare(`${b.person.surname} ${b.person.forenames}`));
}
