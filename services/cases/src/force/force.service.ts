import { assertCan, CrosslinkError, loadByKeys, type RequestScope } from '@crosslink/common';
import { forceCode } from '../shared/validate.js';
import type DataLoader from 'dataloader';
import type { Force } from './force.model.js';
import type { ForceRepository } from './force.repository.js';

/** Reference data: every authenticated role may read forces. One instance per request. */
export class ForceService {
  private readonly byCode: DataLoader<string, Force | null>;

  constructor(
    private readonly repository: ForceRepository,
    private readonly scope: RequestScope,
  ) {
    this.byCode = loadByKeys((codes) => this.repository.byCodes(codes, this.scope.meta), null);
  }

  list(): Promise<Force[]> {
    assertCan(this.scope.principal, 'force:read');
    return this.repository.all(this.scope.meta);
  }

  /**
   * Checks a force code a client filters by (`filter.force`, `officers(force:)`, …): an unknown
   * code is FORCE_NOT_FOUND naming the field, never an empty answer that looks like "no records".
   * Nothing given passes. Forces are reference data every role may read, so this discloses nothing.
   */
  async assertKnown(code: string | null | undefined, field: string): Promise<void> {
    if (code === null || code === undefined) return;
    const normalised = forceCode(code, field);
    if ((await this.byCodeOrNull(normalised)) === null) {
      throw new CrosslinkError('FORCE_NOT_FOUND', `No force has the code ${normalised}`, { field });
    }
  }

  /** Batched: every lookup in one GraphQL request shares one query. */
  byCodeOrNull(code: string): Promise<Force | null> {
    assertCan(this.scope.principal, 'force:read');
    return this.byCode.load(code);
  }

  /**
   * The force a record names (a case's owner, an operation's lead): forces are reference data every
   * record's force is among, so a missing one is an error rather than an empty answer.
   */
  async named(code: string): Promise<Force> {
    const force = await this.byCodeOrNull(code);
    if (force === null) throw new CrosslinkError('FORCE_NOT_FOUND', `No force has the code ${code}`);
    return force;
  }

  /** The forces among these codes that Crosslink holds, by code. */
  async known(codes: readonly string[]): Promise<Force[]> {
    const forces = await Promise.all([...codes].sort().map((code) => this.byCodeOrNull(code)));
    return forces.filter((force) => force !== null);
  }
}
