/**
 * What a subject check answered (SubjectCheck), and how the console sums it up: discovery without
 * disclosure, so a case the officer may not see is known only by its force and officer in charge.
 */

export interface Force {
  readonly code: string;
  readonly name: string;
}

/** A case the officer may see that holds the subject. */
export interface SeenCase {
  readonly id: string;
  readonly reference: string;
  readonly title: string;
  readonly status: string;
  readonly classification: string;
  readonly officerInCharge: string;
  readonly force: Force;
}

/** A force and officer in charge whose cases, which the officer may not see, hold the subject. */
export interface KnownTo {
  /** Names the answer when asking the force for access; empty when there is none to name. */
  readonly hitId: string;
  readonly officerInCharge: string;
  readonly force: Force;
}

export interface SubjectCheckAnswer {
  readonly kind: string;
  /** The value as Crosslink stores it (normalised). */
  readonly value: string;
  readonly cases: readonly SeenCase[];
  readonly knownElsewhere: readonly KnownTo[];
}

/** The selection the console asks of checkSubject. */
export const subjectCheckSelection =
  'kind value cases { id reference title status classification officerInCharge force { code name } } knownElsewhere { hitId officerInCharge force { code name } }';

/** Where the subject is known, force by force: how many of its cases the officer may see, and whom to ask about the rest. */
export interface ForceKnowing {
  readonly force: Force;
  readonly seen: number;
  /** Officers in charge of that force's cases the officer may not see. */
  readonly contacts: readonly string[];
}

export const NOT_KNOWN = 'Not known to any force you may ask about.';

export function isKnown(answer: SubjectCheckAnswer): boolean {
  return answer.cases.length > 0 || answer.knownElsewhere.length > 0;
}

/** Every force whose cases hold the subject, by code, each once. */
export function forcesKnowing(answer: SubjectCheckAnswer): ForceKnowing[] {
  const byCode = new Map<string, { force: Force; seen: number; contacts: string[] }>();
  const entry = (force: Force) => {
    let found = byCode.get(force.code);
    if (found === undefined) {
      found = { force, seen: 0, contacts: [] };
      byCode.set(force.code, found);
    }
    return found;
  };
  for (const seen of answer.cases) entry(seen.force).seen += 1;
  for (const known of answer.knownElsewhere) {
    const found = entry(known.force);
    if (!found.contacts.includes(known.officerInCharge)) found.contacts.push(known.officerInCharge);
  }
  return [...byCode.values()].sort((a, b) => a.force.code.localeCompare(b.force.code));
}

/** One sentence on where the subject is known, e.g. "Phone +447700900123 is in 2 cases you may see, and known to GMP in cases you may not see." */
export function answerHeadline(what: string, answer: SubjectCheckAnswer): string {
  if (!isKnown(answer)) return NOT_KNOWN;
  const seen = answer.cases.length;
  const hiddenForces = [...new Set(answer.knownElsewhere.map((known) => known.force.code))].sort();
  const parts = [
    seen > 0 ? `in ${seen === 1 ? 'a case' : `${seen} cases`} you may see` : null,
    hiddenForces.length > 0 ? `known to ${inWords(hiddenForces)} in cases you may not see` : null,
  ].filter((part) => part !== null);
  return `${what} is ${parts.join(', and ')}.`;
}

/** "A", "A and B", "A, B and C". */
export function inWords(items: readonly string[]): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} and ${items[items.length - 1] ?? ''}`;
}
