import { randomUUID } from 'node:crypto';
import { assertCan, CrosslinkError, validationError, viewerParams, type Principal, type RequestMeta, type ViewerParams } from '@crosslink/common';
import DataLoader from 'dataloader';
import { childStatus } from '../person/child.js';
import { storedDateOfBirth } from '../person/dob.js';
import type { PersonService } from '../person/person.service.js';
import type { NrmConsent, NrmReferral, NrmStage } from './nrm.model.js';
import type { NrmRepository } from './nrm.repository.js';
import { checkDay, checkDecisions } from './nrm.rules.js';
import { nrmRoute } from './nrm.rules.js';

interface DecisionInput {
  readonly decision: string;
  readonly date: string;
}

export interface RecordNrmReferralInput {
  readonly personId: string;
  readonly caseId: string;
  readonly referralDate: string;
  readonly firstResponder: string;
  readonly consent?: NrmConsent | 'NOT_REQUIRED' | null;
  readonly reasonableGrounds?: DecisionInput | null;
  readonly conclusiveGrounds?: DecisionInput | null;
  readonly missing?: boolean | null;
  readonly guardianContact?: string | null;
}

export interface RecordNrmDecisionInput extends DecisionInput {
  readonly referralId: string;
  readonly stage: NrmStage;
}

function text(raw: string | null | undefined, field: string, max: number, required: boolean): string | null {
  const value = raw?.trim().replace(/\s+/g, ' ') ?? '';
  if (value === '' && required) throw validationError(field, 'Required');
  if (value.length > max) throw validationError(field, `At most ${max} characters`);
  return value === '' ? null : value;
}

/** National Referral Mechanism referrals of modern slavery victims. */
export class NrmService {
  private readonly viewer: ViewerParams;
  private readonly ofPerson: DataLoader<string, NrmReferral[]>;

  constructor(
    private readonly repository: NrmRepository,
    private readonly people: PersonService,
    private readonly principal: Principal,
    hubForce: string,
    private readonly meta: RequestMeta,
  ) {
    this.viewer = viewerParams(principal, hubForce);
    this.ofPerson = new DataLoader(async (ids) => {
      const found = await this.repository.ofPeople(ids, this.viewer, this.meta);
      return ids.map((id) => found.get(id) ?? []);
    });
  }

  /** A person's referrals made in cases the caller may see. */
  referralsOf(personId: string): Promise<NrmReferral[]> {
    assertCan(this.principal, 'nrm:read');
    return this.ofPerson.load(personId);
  }

  /**
   * Refers a victim, or records the MS1 of an adult who declines. Whether consent is needed is
   * decided by their age on the referral date (see nrm.rules.ts).
   */
  async record(input: RecordNrmReferralInput): Promise<NrmReferral> {
    assertCan(this.principal, 'nrm:record');
    const today = new Date();
    const referralDate = checkDay(input.referralDate, 'input.referralDate', today);
    const firstResponder = text(input.firstResponder, 'input.firstResponder', 200, true) ?? '';
    const guardianContact = text(input.guardianContact, 'input.guardianContact', 300, false);
    const person = await this.people.byIdOrNull(input.personId);
    if (person === null) throw new CrosslinkError('PERSON_NOT_FOUND', undefined, { field: 'input.personId' });
    const dob = storedDateOfBirth(person.dateOfBirth);
    const { route, consent } = nrmRoute(
      childStatus(dob, new Date(`${referralDate}T00:00:00Z`)),
      dob !== null,
      input.consent === 'NOT_REQUIRED' ? null : (input.consent ?? null),
      'input.consent',
    );
    const decisions = checkDecisions(
      route,
      referralDate,
      input.reasonableGrounds ?? null,
      input.conclusiveGrounds ?? null,
      { reasonable: 'input.reasonableGrounds', conclusive: 'input.conclusiveGrounds' },
      today,
    );
    const created = await this.repository.create(
      {
        id: randomUUID(),
        personId: input.personId,
        caseId: input.caseId,
        createdBy: this.principal.username,
        referralDate,
        firstResponder,
        consent,
        route,
        ...decisions,
        missing: input.missing ?? false,
        guardianContact,
      },
      this.viewer,
      this.meta,
    );
    if (created !== null) return created;
    if ((await this.people.involvementsOfCase(input.caseId)) === null) throw new CrosslinkError('CASE_NOT_FOUND', undefined, { field: 'input.caseId' });
    throw validationError('input.personId', 'The person is not a victim in that case');
  }

  /** Records the Reasonable or Conclusive Grounds decision on a referral; a decision once made stands. */
  async decide(input: RecordNrmDecisionInput): Promise<NrmReferral> {
    assertCan(this.principal, 'nrm:record');
    const existing = await this.repository.byId(input.referralId, this.viewer, this.meta);
    if (existing === null) throw new CrosslinkError('NOT_FOUND', 'No such referral, or you may not see it', { field: 'input.referralId' });
    const reasonableStage = input.stage === 'REASONABLE_GROUNDS';
    if ((reasonableStage ? existing.reasonableGrounds : existing.conclusiveGrounds) !== null) {
      throw new CrosslinkError('CONFLICT', 'That decision is already recorded', { field: 'input.stage' });
    }
    const given = { decision: input.decision, date: input.date };
    checkDecisions(
      existing.route,
      existing.referralDate,
      reasonableStage ? given : existing.reasonableGrounds,
      reasonableStage ? existing.conclusiveGrounds : given,
      { reasonable: reasonableStage ? 'input' : 'input.stage', conclusive: reasonableStage ? 'input.stage' : 'input' },
      new Date(),
    );
    const decided = await this.repository.decide({ id: existing.id, stage: input.stage, decision: input.decision, date: input.date }, this.viewer, this.meta);
    if (decided === null) throw new CrosslinkError('CONFLICT', 'That decision was recorded meanwhile', { field: 'input.stage' });
    return decided;
  }
}
