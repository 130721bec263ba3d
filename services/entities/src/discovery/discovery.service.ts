import {
  assertCan,
  decodeKeyset,
  nameKey,
  pageSize,
  parseDateOfBirth,
  toConnection,
  validationError,
  type Connection,
  type CypherQuery,
  type RequestScope,
} from '@crosslink/common';
import { validateAlias } from '../person/person.validation.js';
import { casesHolding, casesHoldingPerson } from './discovery.cypher.js';
import type { Alert, Holders, KnownElsewhere, SubjectCheck } from './discovery.model.js';
import type { DiscoveryRepository } from './discovery.repository.js';
import { subjectKind, subjectKinds, type SubjectKind } from './discovery.subjects.js';

export interface SubjectCheckInput {
  readonly kind: string;
  readonly value?: string | null;
  readonly person?: { readonly forenames: string; readonly surname: string; readonly dateOfBirth: string } | null;
  readonly reason: string;
}

const REASON_MAX = 500;

/**
 * Discovery without disclosure: a user asking about a subject learns which cases they may see hold
 * it, and for the others only which force holds it and whom to contact. That officer is alerted
 * with who asked and why. Two forces unknowingly working one subject is what this prevents.
 */
export class DiscoveryService {
  constructor(
    private readonly repository: DiscoveryRepository,
    private readonly scope: RequestScope,
  ) {}

  async check(input: SubjectCheckInput): Promise<SubjectCheck> {
    const { principal: p, access, meta } = this.scope;
    assertCan(p, 'subject:check');
    const subject = this.subject(input);
    const reason = input.reason.trim();
    if (reason.length < 3) throw validationError('input.reason', 'Say why you are asking: the officer in charge is told');
    if (reason.length > REASON_MAX) throw validationError('input.reason', `At most ${REASON_MAX} characters`);
    const holders = await this.repository.check(subject, { askedBy: p.username, askedByName: p.displayName, askedByForce: p.force, reason }, access, meta);
    const { kind, value } = subject;
    // One contact per force and officer, however many of their cases hold the subject.
    const contacts = new Map<string, KnownElsewhere>();
    for (const h of holders.hidden) {
      const contact = `${h.force}\u0000${h.officer}`;
      if (!contacts.has(contact)) contacts.set(contact, { hitId: h.alertId ?? '', force: h.force, officerInCharge: h.officer });
    }
    return { kind, value, caseIds: holders.visibleCases, knownElsewhere: [...contacts.values()] };
  }

  /** What to look for: a value normalised as its kind is stored, or a person by name and date of birth. */
  private subject(input: SubjectCheckInput): { kind: SubjectKind | 'PERSON'; value: string; lookup: CypherQuery<Holders> } {
    if (input.kind === 'PERSON') {
      if (input.person === null || input.person === undefined) throw validationError('input.person', 'Give the forenames, surname and date of birth to check');
      const { forenames, surname } = validateAlias(input.person, 'input.person');
      const born = parseDateOfBirth(input.person.dateOfBirth, 'input.person.dateOfBirth', new Date());
      return {
        kind: 'PERSON',
        value: `${forenames} ${surname}, born ${born.value}`,
        lookup: casesHoldingPerson(nameKey(forenames, surname), born.value, this.scope.access),
      };
    }
    const kind = subjectKind(input.kind, 'input.kind');
    if (input.value === null || input.value === undefined) throw validationError('input.value', `Give the ${kind.toLowerCase().replaceAll('_', ' ')} to check`);
    const value = subjectKinds[kind].normalise(input.value, 'input.value');
    return { kind, value, lookup: casesHolding(kind, value, this.scope.access) };
  }

  async alerts(first: number | null | undefined, after: string | null | undefined): Promise<Connection<Alert>> {
    const { principal: p, access, meta } = this.scope;
    assertCan(p, 'alert:read');
    const size = pageSize(first);
    const key = decodeKeyset(after, 'datetime');
    const rows = await this.repository.alerts({ username: p.username, force: p.force, supervisor: p.roles.has('supervisor') }, access, key, size + 1, meta);
    return toConnection(rows, size, (alert) => [alert.at, alert.id]);
  }
}
