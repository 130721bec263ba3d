import { randomUUID } from 'node:crypto';
import {
  alertHoldersOnEntry,
  hitsFrom,
  raiseHitAlerts,
  run,
  strongestMatch,
  type Hit,
  type HoldingCase,
  type Recorder,
  type AuditedWriter,
  type CursorKey,
  type CypherQuery,
  type Neo4jExecutor,
  type RequestMeta,
  type TxMetadata,
  type ViewerParams,
} from '@crosslink/common';
import type { SharedKind } from '../object/object.model.js';
import { alertsFor, casesSharingObject, casesSharingPerson } from './discovery.cypher.js';
import type { Alert, Holders } from './discovery.model.js';
import { subjectKindOf, type SubjectKind } from './discovery.subjects.js';

export class DiscoveryRepository {
  constructor(
    private readonly db: Neo4jExecutor,
    private readonly audited: AuditedWriter,
  ) {}

  /**
   * Looks the subject up and alerts the officers in charge of the hidden cases holding it, in one
   * transaction: nobody learns of a match without its officer learning of the question. The audit
   * names the hidden cases whose officers were alerted; a match in another force's case is that force's data.
   */
  check(
    subject: { kind: SubjectKind | 'PERSON'; value: string; lookup: CypherQuery<Holders> },
    asker: { askedBy: string; askedByName: string; askedByForce: string; reason: string },
    viewer: ViewerParams,
    meta: RequestMeta,
  ): Promise<Holders> {
    const { kind, value } = subject;
    return this.audited.write(
      meta,
      'checkSubject',
      async (tx) => {
        const [row] = await run(tx, subject.lookup);
        const holders: Holders = {
          visibleCases: row?.visibleCases ?? [],
          hidden: row?.hidden ?? [],
          foreign: row?.foreign === true,
        };
        const alerts = holders.hidden.map((h) => ({ caseId: h.caseId, id: randomUUID() }));
        if (alerts.length > 0)
          await run(
            tx,
            raiseHitAlerts('DeconflictionAlert', { ...asker, subjectKind: kind, subjectValue: value }, { kind: 'SUBJECT_CHECKED', fromCaseId: null }, alerts),
          );
        return { ...holders, hidden: holders.hidden.map((h, i) => ({ ...h, alertId: alerts[i]?.id ?? '' })) };
      },
      (holders) => ({ records: holders.hidden.map((h) => `Case:${h.caseId}`), foreign: holders.foreign }),
    );
  }

  async alerts(
    recipient: { username: string; force: string; supervisor: boolean },
    viewer: ViewerParams,
    after: CursorKey | null,
    limit: number,
    meta: TxMetadata,
  ): Promise<Alert[]> {
    const rows = await this.db.read(alertsFor(recipient, viewer, after, limit), meta);
    return rows.map((row) => row.alert);
  }
}

/**
 * Hits on entry, inside the transaction that records the object: the other cases holding it, each
 * of whose officers in charge is alerted (see alertHoldersOnEntry). With `alert` false (a retried
 * request answered again) nobody is alerted twice.
 */
export async function hitsOnEntry(
  tx: Parameters<typeof run>[0],
  object: { label: SharedKind; id: string; key: string; caseId: string },
  recorder: Recorder,
  viewer: ViewerParams,
  alert = true,
): Promise<{ hits: Hit[]; holding: HoldingCase[] }> {
  const holding = await run(tx, casesSharingObject(object.label, object.id, object.caseId, viewer));
  const recorded = { subjectKind: subjectKindOf[object.label], subjectValue: object.key, fromCaseId: object.caseId };
  return { hits: await alertHoldersOnEntry(tx, 'DeconflictionAlert', holding, recorded, recorder, alert), holding };
}

/**
 * Hits on entry for a person just recorded in a case (see casesSharingPerson), inside the
 * transaction that records them: each other case holding them alerts its officer in charge with the
 * strongest way they matched (an identifier before name and date of birth). With `alert` false (a
 * retried request answered again) nobody is alerted twice.
 */
export async function personHitsOnEntry(
  tx: Parameters<typeof run>[0],
  person: { id: string; caseId: string },
  recorder: Recorder,
  viewer: ViewerParams,
  alert = true,
): Promise<{ hits: Hit[]; holding: HoldingCase[] }> {
  const holding = await run(tx, casesSharingPerson(person.id, person.caseId, viewer));
  const hidden = new Map<string, string>();
  if (alert) {
    const reason = `Recorded them in a case of ${recorder.askedByForce}`;
    for (const h of holding) {
      const id = randomUUID();
      const matched = strongestMatch(h.matches);
      await run(
        tx,
        raiseHitAlerts(
          'DeconflictionAlert',
          { ...recorder, reason, subjectKind: matched.kind, subjectValue: matched.value },
          { kind: 'HIT_ON_ENTRY', fromCaseId: person.caseId },
          [{ caseId: h.caseId, id }],
        ),
      );
      if (!h.visible) hidden.set(h.caseId, id);
    }
  }
  return { hits: hitsFrom(holding, hidden), holding };
}
