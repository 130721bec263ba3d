import { randomUUID } from 'node:crypto';
import { run } from '../neo4j/executor.js';
import { raiseHitAlerts, type AlertAsker, type HitAlertLabel } from './hit-alerts.js';
import { hitsFrom, type Hit, type HoldingCase } from './hits.js';

/** Who recorded a value, as an alert names them. */
export type Recorder = Omit<AlertAsker, 'reason'>;

/**
 * Hits on entry, inside the transaction that recorded a value in case `fromCaseId`: the officer in
 * charge of each other case holding it is alerted (the recorder's own case's officer in charge reads
 * the same alert from the other side; see the cases service's inbox), so nobody learns of a match
 * without its officer learning of it; and the hits to answer with, a hidden case's carrying its
 * alert's id to ask for access with. With `alert` false (a retry answered again) nobody is alerted twice.
 * Each service raises its alerts under its own label.
 */
export async function alertHoldersOnEntry(
  tx: Parameters<typeof run>[0],
  label: HitAlertLabel,
  holding: readonly HoldingCase[],
  recorded: { readonly subjectKind: string; readonly subjectValue: string; readonly fromCaseId: string },
  recorder: Recorder,
  alert: boolean,
): Promise<Hit[]> {
  const alerts = alert ? holding.map((h) => ({ caseId: h.caseId, id: randomUUID(), visible: h.visible })) : [];
  if (alerts.length > 0) {
    const asker = { ...recorder, reason: `Recorded it in a case of ${recorder.askedByForce}` };
    const { subjectKind, subjectValue, fromCaseId } = recorded;
    await run(tx, raiseHitAlerts(label, { ...asker, subjectKind, subjectValue }, { kind: 'HIT_ON_ENTRY', fromCaseId }, alerts));
  }
  return hitsFrom(holding, new Map(alerts.filter((a) => !a.visible).map((a) => [a.caseId, a.id])));
}
