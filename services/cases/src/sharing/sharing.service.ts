import { assertCan, CrosslinkError, forceCodePattern, validationError, loadByKeys, type RequestScope } from '@crosslink/common';
import type DataLoader from 'dataloader';
import type { CaseShare, SharingRepository } from './sharing.repository.js';

export interface ShareInput {
  readonly caseId: string;
  readonly force: string;
  readonly reason: string;
}

const REASON_MAX = 1000;

/** Sharing a case with another force: a supervisor's decision, recorded with its reason. */
export class SharingService {
  private readonly shares: DataLoader<string, CaseShare[]>;

  constructor(
    private readonly repository: SharingRepository,
    private readonly scope: RequestScope,
  ) {
    this.shares = loadByKeys((ids) => this.repository.sharesOf(ids, scope.access, scope.meta), []);
  }

  sharedWith(caseId: string): Promise<CaseShare[]> {
    assertCan(this.scope.principal, 'case:read');
    return this.shares.load(caseId);
  }

  async share(input: ShareInput): Promise<string> {
    const valid = this.validate(input);
    if (valid.force === this.scope.principal.force) throw validationError('input.force', 'A case is always visible to its own force');
    if (!(await this.repository.share(valid, this.scope.access, this.scope.meta))) throw this.notFound();
    return input.caseId;
  }

  async revoke(input: ShareInput): Promise<string> {
    const valid = this.validate(input);
    if (!(await this.repository.revoke(valid, this.scope.access, this.scope.meta))) throw this.notFound();
    return input.caseId;
  }

  private validate(input: ShareInput) {
    assertCan(this.scope.principal, 'case:share');
    const reason = input.reason.trim();
    if (reason === '') throw validationError('input.reason', 'Say why the force needs to know');
    if (reason.length > REASON_MAX) throw validationError('input.reason', `At most ${REASON_MAX} characters`);
    const force = input.force.trim().toUpperCase();
    if (!forceCodePattern.test(force)) throw validationError('input.force', 'A force code is 2-12 letters or digits');
    return { caseId: input.caseId, force, reason, by: this.scope.principal.username };
  }

  /** The same answer whether the case is unknown, hidden or someone else's: nothing to learn from it. */
  private notFound(): CrosslinkError {
    return new CrosslinkError('CASE_NOT_FOUND', 'No such case you may share, or no such force, or no such share', { field: 'input.caseId' });
  }
}
