import type { RiskFlag as SchemaRiskFlag } from '../generated/schema-types.js';
import { possiblyChild } from './county-line.footprint.js';
import type { LinkKind, NetworkEdge, NetworkNode } from './network.model.js';

/** What the visible cases say of a person, for judging risk. */
export interface RiskProfile {
  readonly id: string;
  /** A suspect or offender in a case the viewer may see. */
  readonly offender: boolean;
  /** A victim in a case the viewer may see. */
  readonly victim: boolean;
  readonly dateOfBirth: string | null;
  readonly vulnerabilities: readonly string[];
  readonly nrmReferred: boolean;
}

/** Links that make someone a close contact: family, household and friends. */
export const closeLinks: readonly LinkKind[] = ['FAMILY_REL', 'LIVES_WITH', 'KNOWS'];

export type RiskFlag = SchemaRiskFlag;

export interface ExposedPerson {
  readonly node: NetworkNode;
  readonly flags: readonly RiskFlag[];
  /** Close contacts who are suspects or offenders, most first in the ranking. */
  readonly offenderContacts: readonly { readonly node: NetworkNode; readonly links: readonly NetworkEdge[] }[];
}

export interface AtRisk {
  /** People in no case as suspect or offender whose close contacts are, ranked by how many. */
  readonly exposed: readonly ExposedPerson[];
  /** Victims carrying a safeguarding flag, with their links to suspects and offenders. */
  readonly flaggedVictims: readonly ExposedPerson[];
}

export function flagsOf(profile: RiskProfile, today: Date): RiskFlag[] {
  const flags: RiskFlag[] = [];
  if (possiblyChild(profile.dateOfBirth, today)) flags.push('CHILD');
  if (profile.vulnerabilities.length > 0) flags.push('VULNERABLE');
  if (profile.nrmReferred) flags.push('NRM_VICTIM');
  return flags;
}

/**
 * Who in a scope is at risk. A person counts as exposed when they are no suspect or offender in any
 * case the viewer may see but family, household or friends are; ties are broken by flags (a child
 * first) and then by name. Flagged victims are listed with every link they have to suspects.
 */
export function peopleAtRisk(
  nodes: readonly NetworkNode[],
  edges: readonly NetworkEdge[],
  profiles: readonly RiskProfile[],
  today: Date,
  first: number,
): AtRisk {
  const byId = new Map(nodes.map((n) => [n.id, n]));
  const profile = new Map(profiles.map((p) => [p.id, p]));
  const offender = (id: string) => profile.get(id)?.offender === true;
  const contactsOf = (id: string, kinds: readonly LinkKind[] | null) => {
    const links = new Map<string, NetworkEdge[]>();
    for (const edge of edges) {
      if (kinds !== null && !kinds.includes(edge.kind)) continue;
      const other = edge.from === id ? edge.to : edge.to === id ? edge.from : null;
      if (other === null || !offender(other) || !byId.has(other)) continue;
      links.set(other, [...(links.get(other) ?? []), edge]);
    }
    return [...links].map(([other, l]) => ({ node: byId.get(other)!, links: l })).sort((a, b) => a.node.label.localeCompare(b.node.label));
  };
  const people = nodes.filter((n) => n.kind === 'PERSON' && profile.has(n.id));
  const exposed = people
    .filter((n) => !offender(n.id))
    .map((node) => ({ node, flags: flagsOf(profile.get(node.id)!, today), offenderContacts: contactsOf(node.id, closeLinks) }))
    .filter((p) => p.offenderContacts.length > 0)
    .sort((a, b) => b.offenderContacts.length - a.offenderContacts.length || b.flags.length - a.flags.length || a.node.label.localeCompare(b.node.label))
    .slice(0, first);
  const flaggedVictims = people
    .filter((n) => profile.get(n.id)!.victim)
    .map((node) => ({ node, flags: flagsOf(profile.get(node.id)!, today), offenderContacts: contactsOf(node.id, null) }))
    .filter((p) => p.flags.length > 0)
    .sort((a, b) => b.flags.length - a.flags.length || b.offenderContacts.length - a.offenderContacts.length || a.node.label.localeCompare(b.node.label))
    .slice(0, first);
  return { exposed, flaggedVictims };
}
