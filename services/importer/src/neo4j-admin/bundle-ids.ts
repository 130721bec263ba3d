/** What a bundle's `:ID` became in Crosslink: the kind of record, and the key it is found by. */
export interface Ref {
  readonly kind: RefKind;
  /** A case's or person's `sourceKey`; a location's address key; an object's normalised value. */
  readonly key: string;
}

export type RefKind = 'Case' | 'Person' | 'Location' | 'Phone' | 'EmailAddress' | 'Vehicle';

/**
 * The bundle's node ids and what each became, filled as its nodes files are read (a resumed run
 * reads them again, so it is whole before any relationships file). A node that was rejected has
 * no entry, so a relationship to it is rejected too, with a reason naming the id.
 *
 * A case or person is found by `<source>:<:ID>`, so for them only the kind is kept, and the key
 * is made again when asked for: a national import holds several forces' ids at once, and the
 * largest force of a million-person graph has over a million. Addresses and objects keep the value
 * they were merged on.
 */
export class BundleIds {
  private readonly refs = new Map<string, RefKind | Ref>();

  constructor(private readonly source: string) {}

  set(id: string, ref: Ref): void {
    const keyedById = (ref.kind === 'Case' || ref.kind === 'Person') && ref.key === this.sourceKey(id);
    this.refs.set(id, keyedById ? ref.kind : ref);
  }

  get(id: string): Ref | undefined {
    const ref = this.refs.get(id);
    return typeof ref === 'string' ? { kind: ref, key: this.sourceKey(id) } : ref;
  }

  get size(): number {
    return this.refs.size;
  }

  private sourceKey(id: string): string {
    return `${this.source}:${id}`;
  }
}

/** What every file of one bundle shares: where its records come from, its nominal index case, and its ids. */
export interface BundleContext {
  /** Prefix of every source key the bundle makes, e.g. `neo4j-admin:GMP:pole`. */
  readonly source: string;
  /** Source key of the bundle's nominal index: the case holding what the source records outside any crime. */
  readonly indexCase: string;
  /** Its id, once it exists (a dry run writes nothing, so never needs it). */
  indexCaseId: string | null;
  readonly ids: BundleIds;
}

/** The bundle's nominal index case, which the bundle import makes before any file. */
export function indexCaseId(context: BundleContext): string {
  if (context.indexCaseId === null) throw new Error('the nominal index case is written before the bundle’s files');
  return context.indexCaseId;
}
