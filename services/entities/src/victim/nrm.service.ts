import { randomUUID } from 'node:crypto';
import { assertCan, CrosslinkError, validationError, worksFor, loadByKeys, storedDateOfBirth, type RequestScope } from '@crosslink/common';
import type DataLoader from 'dataloader';
import { entriesOf } from '../history/history.model.js';
import { idempotencyRequest } from '../idempotency/idempotency.js';
import type { Idempotency } from '../idempotency/idempotency.service.js';
import { childStatus } from '../person/child.js';
import type { PersonService } from '../person/person.service.js';
import { decisionText, type DecisionRecord, type NrmConsent, type NrmReferral, type NrmStage } from './nrm.model.js';
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
  readonly idempotencyKey?: string | null;
}

export interface RecordNrmDecisionInput extends DecisionInput {
  readonly referralId: string;
  readonly stage: NrmStage;
}

/** A correction (a decision and date) or a withdrawal (neither) of a stage's decision, with why. */
export interface ChangeNrmDecisionInput {
  readonly referralId: string;
  readonly stage: NrmStage;
  readonly decision?: string | null;
  readonly date?: string | null;
  readonly reason: string;
}

const REASON_MIN = 3;

type NewReferral = Parameters<NrmRepository['create']>[0];

function text(raw: string | null | undefined, field: string, max: number, required: boolean): string | null {
  const value = raw?.trim().replace(/\s+/g, ' ') ?? '';
  if (value === '' && required) throw validationError(field, 'Required');
  if (value.length > max) throw validationError(field, `At most ${max} characters`);
  return value === '' ? null : value;
}

/** National Referral Mechanism referrals of modern slavery victims. */
export class NrmService {
  private readonly ofPerson: DataLoader<string, NrmReferral[]>;

  constructor(
    private readonly repository: NrmRepository,
    private readonly scope: RequestScope,
    private readonly people: PersonService,
    private readonly idempotency: Idempotency,
  ) {
    this.ofPerson = loadByKeys((ids) => this.repository.ofPeople(ids, scope.access, scope.meta), []);
  }

  /** A person's referrals made in cases the caller may see. */
  referralsOf(personId: string): Promise<NrmReferral[]> {
    assertCan(this.scope.principal, 'nrm:read');
    return this.ofPerson.load(personId);
  }

  /**
   * Refers a victim, or records the MS1 of an adult who declines. Whether consent is needed is
   * decided by their age on the referral date (see nrm.rules.ts).
   */
  async record(input: RecordNrmReferralInput): Promise<NrmReferral> {
    assertCan(this.scope.principal, 'nrm:record');
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
    const key = idempotencyRequest(input, 'recordNrmReferral', this.scope.principal.userId, 'input.idempotencyKey');
    const referral: NewReferral = {
      idempotency: key,
      id: randomUUID(),
      personId: input.personId,
      caseId: input.caseId,
      createdBy: this.scope.principal.username,
      referralDate,
      firstResponder,
      consent,
      route,
      ...decisions,
      missing: input.missing ?? false,
      guardianContact,
    };
    return this.idempotency.once(
      key,
      'input.idempotencyKey',
      () => this.create(referral),
      (id) => this.visible(id, 'input.idempotencyKey'),
    );
  }

  /** Stores a checked referral, or says why it could not: the case is unknown, hidden or another force's, or the person is not a victim in it. */
  private async create(referral: NewReferral): Promise<NrmReferral> {
    const created = await this.repository.create(referral, this.scope.access, this.scope.meta);
    if (created !== null) return created;
    const inCase = await this.people.involvementsOfCase(referral.caseId);
    if (inCase === null) throw new CrosslinkError('CASE_NOT_FOUND', undefined, { field: 'input.caseId' });
    if (!worksFor(this.scope.principal, this.scope.hubForce, inCase.force)) return this.people.caseRefusal(referral.caseId);
    throw validationError('input.personId', 'The person is not a victim in that case');
  }

  /**
   * Records the Reasonable or Conclusive Grounds decision on a referral made in a case of the
   * caller's force (a hub supervisor's: any force's), in the referral's history too. A decision once
   * made is corrected or withdrawn with changeNrmDecision, never overwritten here.
   */
  async decide(input: RecordNrmDecisionInput): Promise<NrmReferral> {
    assertCan(this.scope.principal, 'nrm:record');
    const existing = await this.decidable(input.referralId);
    const reasonableStage = input.stage === 'REASONABLE_GROUNDS';
    if ((reasonableStage ? existing.reasonableGrounds : existing.conclusiveGrounds) !== null) {
      throw new CrosslinkError('CONFLICT', 'That decision is already recorded: correct or withdraw it with changeNrmDecision', { field: 'input.stage' });
    }
    const given = { decision: input.decision, date: input.date };
    const checked = checkDecisions(
      existing.route,
      existing.referralDate,
      reasonableStage ? given : existing.reasonableGrounds,
      reasonableStage ? existing.conclusiveGrounds : given,
      { reasonable: reasonableStage ? 'input' : 'input.stage', conclusive: reasonableStage ? 'input.stage' : 'input' },
      new Date(),
    );
    const made = reasonableStage ? checked.reasonableGrounds : checked.conclusiveGrounds;
    const decided = await this.repository.decide(
      { id: existing.id, stage: input.stage, decision: input.decision, date: input.date },
      this.history(input.stage, null, made, null),
      this.scope.access,
      this.scope.meta,
    );
    if (decided === null) throw new CrosslinkError('CONFLICT', 'That decision was recorded meanwhile', { field: 'input.stage' });
    return decided;
  }

  /**
   * Corrects a stage's decision (a new decision and date) or withdraws it (neither), with a reason;
   * the decision it replaces stays in the referral's history. The referral's decisions must still
   * hold together afterwards: Reasonable Grounds under a Conclusive Grounds decision are changed
   * only after that is withdrawn.
   */
  async change(input: ChangeNrmDecisionInput): Promise<NrmReferral> {
    assertCan(this.scope.principal, 'nrm:record');
    const reason = text(input.reason, 'input.reason', 500, true) ?? '';
    if (reason.length < REASON_MIN) throw validationError('input.reason', `A reason is at least ${REASON_MIN} characters`);
    const withdraw = (input.decision ?? null) === null;
    if (withdraw && (input.date ?? null) !== null) throw validationError('input.date', 'A withdrawal has no date; give a decision to correct one');
    if (!withdraw && !input.date) throw validationError('input.date', 'A corrected decision needs its date');
    const existing = await this.decidable(input.referralId);
    const reasonableStage = input.stage === 'REASONABLE_GROUNDS';
    const current = reasonableStage ? existing.reasonableGrounds : existing.conclusiveGrounds;
    if (current === null) {
      throw new CrosslinkError('INVALID_TRANSITION', 'No decision is recorded at that stage: record one with recordNrmDecision', {
        field: 'input.stage',
        from: null,
        to: input.decision ?? null,
      });
    }
    const given = withdraw ? null : { decision: input.decision ?? '', date: input.date ?? '' };
    const checked = checkDecisions(
      existing.route,
      existing.referralDate,
      reasonableStage ? given : existing.reasonableGrounds,
      reasonableStage ? existing.conclusiveGrounds : given,
      { reasonable: reasonableStage ? 'input' : 'input.stage', conclusive: reasonableStage ? 'input.stage' : 'input' },
      new Date(),
    );
    const to = reasonableStage ? checked.reasonableGrounds : checked.conclusiveGrounds;
    if (decisionText(to) === decisionText(current)) throw validationError('input.decision', 'That is the decision already recorded');
    const changed = await this.repository.change(
      { id: existing.id, stage: input.stage, expected: current, to },
      this.history(input.stage, current, to, reason),
      this.scope.access,
      this.scope.meta,
    );
    if (changed === null) throw new CrosslinkError('CONFLICT', 'That decision was changed meanwhile', { field: 'input.stage' });
    return changed;
  }

  /** A referral the caller may see and decide on: its case is their force's, or they act for any force. */
  private async decidable(referralId: string): Promise<NrmReferral> {
    const existing = await this.visible(referralId, 'input.referralId');
    if (!worksFor(this.scope.principal, this.scope.hubForce, existing.caseForce)) {
      throw new CrosslinkError('FORBIDDEN', 'Only the force whose case made the referral, or a hub supervisor, decides on it', { field: 'input.referralId' });
    }
    return existing;
  }

  private async visible(referralId: string, field: string): Promise<NrmReferral> {
    const found = await this.repository.byId(referralId, this.scope.access, this.scope.meta);
    if (found === null) throw new CrosslinkError('NOT_FOUND', 'No such referral, or you may not see it', { field });
    return found;
  }

  private history(stage: NrmStage, from: DecisionRecord | null, to: DecisionRecord | null, reason: string | null) {
    const field = stage === 'REASONABLE_GROUNDS' ? 'reasonableGrounds' : 'conclusiveGrounds';
    const [entry] = entriesOf(randomUUID(), [{ field, from: decisionText(from), to: decisionText(to) }]);
    return { entry: entry as NonNullable<typeof entry>, changedBy: this.scope.principal.username, changeReason: reason };
  }
}
