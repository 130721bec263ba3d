import { run, type AuditedWriter, type Neo4jExecutor, type RequestMeta, type TxMetadata, type ViewerParams } from '@crosslink/common';
import { decideMatch, decisionsOn, identifierTypes, matchCandidates, type DecisionRow, type DecisionWrite, type SharedHolding } from './matching.cypher.js';
import { nothingShared, type IdentifierKind, type MatchDecision, type MatchPerson, type SharedIdentifiers } from './matching.model.js';

/** A person of a scope and the people who might be them, each with the identifiers the two share. */
export interface CandidateRow {
  readonly person: MatchPerson;
  readonly candidates: readonly { readonly person: MatchPerson; readonly shared: SharedIdentifiers }[];
}

/** A decision just recorded, with both people as the viewer sees them and what they share. */
export interface Decided {
  readonly decision: MatchDecision;
  readonly people: readonly [MatchPerson, MatchPerson];
  readonly shared: SharedIdentifiers;
}

/**
 * Reads the pairs match suggestions score, under the viewer's visibility, and records reviewers'
 * decisions on them (the MatchDecision label is intel's own), each decision audited with its write.
 */
export class MatchingRepository {
  constructor(
    private readonly executor: Neo4jExecutor,
    private readonly audited: AuditedWriter,
  ) {}

  /** The people who might be each of `personIds` (those the viewer may see), at most `perPerson` each. */
  async candidates(personIds: readonly string[], perPerson: number, viewer: ViewerParams, meta: TxMetadata): Promise<CandidateRow[]> {
    const rows = await this.executor.read(matchCandidates(personIds, perPerson, viewer), meta);
    return rows.map((row) => ({
      person: matchPerson(row.person),
      candidates: row.candidates.map((candidate) => ({ person: matchPerson(candidate.person), shared: sharedOf(candidate.shared) })),
    }));
  }

  /** The decisions on the given pairs the viewer may see, by pair key. */
  async decisions(pairs: readonly string[], viewer: ViewerParams, meta: TxMetadata): Promise<Map<string, MatchDecision>> {
    if (pairs.length === 0) return new Map();
    const rows = await this.executor.read(decisionsOn(pairs, viewer), meta);
    return new Map(rows.map((row) => [row.decision.pair, matchDecision(row.decision)]));
  }

  /**
   * Records a decision on a pair the viewer sees both people of, in one audited unit of work naming
   * the decision and both people; another force's person makes it that force's data (a purpose is
   * then required). Null, with nothing written or audited, when either person is unknown or hidden.
   */
  async decide(input: DecisionWrite, viewer: ViewerParams, meta: RequestMeta): Promise<Decided | null> {
    const [row] = await this.audited.write(
      meta,
      'decideMatch',
      (tx) => run(tx, decideMatch(input, viewer)),
      ([made]) => {
        if (made === undefined) return null;
        const [a, b] = [matchPerson(made.a), matchPerson(made.b)];
        return { records: [`MatchDecision:${matchDecision(made.decision).id}`, `Person:${a.id}`, `Person:${b.id}`], foreign: a.foreign || b.foreign };
      },
    );
    if (row === undefined) return null;
    return { decision: matchDecision(row.decision), people: [matchPerson(row.a), matchPerson(row.b)], shared: sharedOf(row.shared) };
  }
}

/** A person as read, with their forces in order, once each. */
function matchPerson(person: MatchPerson): MatchPerson {
  return { ...person, forces: [...new Set(person.forces)].sort() };
}

function matchDecision(row: DecisionRow): MatchDecision {
  const { id, outcome, reason, decidedBy, force, decidedAt } = row;
  return { id, outcome, reason, decidedBy, force, decidedAt };
}

/** Counts the identifiers two people share by kind, from the [relationship type, id] pairs the statement returns. */
function sharedOf(holdings: readonly SharedHolding[]): SharedIdentifiers {
  const counts: Record<IdentifierKind, number> = { ...nothingShared };
  for (const [type] of holdings) counts[identifierTypes[type]] += 1;
  return counts;
}
